import { Icon, type IconName } from '../../../components/icon';
import { Link } from '../../../components/link';
import type { PlannedOffer, Service, ServiceLocation } from '../../../lib/api/client';
import type { Formatters } from '../../../lib/format';
import type { MessageKey } from '../../../lib/i18n/messages/en';
import type { T } from '../../../lib/i18n/translate';
import { reasonLines, type Effect, type ReasonContext } from '../../../lib/triage/reasons';
import { addressOf, noAddressKey } from '../model/address';
import { offerSegments } from '../model/offer-speech';
import { ReadControls } from '../../../components/read-aloud';
import { BringList } from './bring-list';
import { MachineLabel } from './machine-label';
import { WayInBlock } from './way-in';
import { CAN_DIAL_QUERY, useMediaQuery } from '../../../lib/layout';

const EFFECT_ICON: Record<Effect, IconName> = { fits: 'check', missing: 'help', fails: 'close', info: 'info' };

export { addressOf } from '../model/address';

/** The reasons the person can act on. */
export function Reasons(props: { offer: PlannedOffer; t: T; f: Formatters; only?: Effect; showStatus?: boolean }) {
  const { offer, t, f, only } = props;
  const context: ReasonContext = { showStatus: props.showStatus ?? true, deskIsTheWayIn: offer.wayIn?.desk ?? false };
  const lines = reasonLines(offer.reasons, t, f, context).filter((l) => !only || l.effect === only);
  return (
    <ul class="reasons">
      {lines.map((line, i) => (
        <li key={i} class={`reason reason--${line.effect}`}>
          <Icon name={EFFECT_ICON[line.effect]} size={20} />
          <span>
            <span class="visually-hidden">{t(`effect.${line.effect}` as MessageKey)} </span>
            {line.text}
          </span>
        </li>
      ))}
    </ul>
  );
}

export function OfferCard(props: {
  offer: PlannedOffer;
  service: Service | undefined;
  t: T;
  f: Formatters;
  hash: string;
  /** The language of the offer names (the API falls back to en, then fr); each offer may say its own. */
  nameLang?: string;
  headingLevel?: 3 | 4;
  /** The one-stop-shop desk, the way in when nothing else is known. */
  desk?: ServiceLocation | null | undefined;
}) {
  const { offer, service, t, f } = props;
  const address = addressOf(service, offer.wayIn);
  const noWhere = noAddressKey(offer.scope);
  const canDial = useMediaQuery(CAN_DIAL_QUERY);
  const Heading = props.headingLevel === 4 ? 'h4' : 'h3';
  const nameLang = offer.lang ?? props.nameLang;
  return (
    <article class={`offer offer--${offer.verdict}`} data-slug={offer.slug} data-scope={offer.scope}>
      <p class={`verdict verdict--${offer.verdict}`}>
        <Icon name={offer.verdict === 'eligible' ? 'check' : 'help'} size={20} />
        {t(`verdict.${offer.verdict}` as MessageKey)}
      </p>
      <Heading class="offer__name" lang={nameLang} dir="auto">
        {offer.name}
      </Heading>
      <MachineLabel origin={offer.textOrigin} t={t} />
      <p class="offer__org">
        <bdi dir="auto">{offer.organization.name}</bdi>
      </p>
      <Reasons offer={offer} t={t} f={f} />
      {address || noWhere ? (
        <div class="offer__where">
          <Icon name="pin" />
          <p>
            <strong>{t('plan.where')}</strong> {address ? <bdi dir="auto">{address}</bdi> : noWhere ? t(noWhere) : null}
            {typeof offer.distanceKm === 'number' && offer.distanceKm > 0 ? (
              <> ({t('plan.distance', { km: f.number(offer.distanceKm) })})</>
            ) : null}
          </p>
        </div>
      ) : null}
      <WayInBlock wayIn={offer.wayIn} desk={props.desk} organization={offer.organization.name} t={t} f={f} canDial={canDial} />
      <ReadControls
        owner={`offer:${offer.slug}`}
        label={offer.name}
        class="read-offer no-print"
        segments={(lang) => offerSegments({ offer, service, t, f, lang, nameLang, desk: props.desk })}
      />
      <details class="offer__bring">
        <summary>{t('bring.heading')}</summary>
        <BringList accessMode={offer.accessMode} documents={service?.requiredDocuments} t={t} />
      </details>
      <Link href={`/kiosk/services/${encodeURIComponent(offer.slug)}`} hash={props.hash} class="button offer__more">
        {t('plan.more')}
        <span class="visually-hidden">: {offer.name}</span>
      </Link>
    </article>
  );
}
