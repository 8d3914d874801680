import { Icon, isIconName } from '../../../components/icon';
import type { Domain, NeedPlan, Service, ServiceLocation } from '../../../lib/api/client';
import type { Formatters } from '../../../lib/format';
import type { T } from '../../../lib/i18n/translate';
import { OfferCard, Reasons } from './offer-card';
import { SafetyNet } from './safety-net';

/**
 * One need of the plan: an unmet need said kindly, the safety-net items that lead (a child alone, no
 * relevant offer), the fitting offers, then the other safety-net items, then what does not fit and why.
 */
export function NeedSection(props: {
  need: NeedPlan;
  domain: Domain | undefined;
  services: ReadonlyMap<string, Service>;
  t: T;
  f: Formatters;
  hash: string;
  nameLang?: string;
  /** The one-stop-shop desk (the plan's): the way in when nothing else is known, and the desk item's place. */
  desk?: ServiceLocation | null | undefined;
}) {
  const { need, domain, services, t, f } = props;
  const id = `need-${need.need}`;
  const eligible = need.offers.filter((o) => o.verdict === 'eligible');
  const maybe = need.offers.filter((o) => o.verdict === 'maybe');
  const net = new Set(need.safetyNet.map((item) => item.code));
  const roof = need.need === 'emergency' || need.need === 'housing';
  return (
    <section class="need" aria-labelledby={id} data-need={need.need}>
      <h2 id={id} class="need__title">
        <Icon name={isIconName(domain?.icon) ? domain.icon : 'help'} size={32} />
        <span>{domain?.label ?? need.need}</span>
      </h2>
      {need.unmet ? (
        <div class="notice notice--kind" data-testid="unmet">
          <p>{t('plan.unmet')}</p>
          {/* The safety net names the desk and 115 itself; these lines are for a plan without them. */}
          {net.has('ask-the-desk') ? null : (
            <p>
              <strong>{t('plan.unmet.next')}</strong>
            </p>
          )}
          {roof && !net.has('shelter-115') ? <p>{t('plan.unmet.emergency')}</p> : null}
        </div>
      ) : null}
      <SafetyNet items={need.safetyNet} t={t} f={f} need={need.need} lead desk={props.desk} />
      {eligible.length > 0 ? (
        <ol class="offers">
          {eligible.map((offer) => (
            <li key={offer.id}>
              <OfferCard offer={offer} service={services.get(offer.slug)} t={t} f={f} hash={props.hash} desk={props.desk} {...(props.nameLang ? { nameLang: props.nameLang } : {})} />
            </li>
          ))}
        </ol>
      ) : null}
      {maybe.length > 0 ? (
        <>
          <p class="need__maybe">{t('plan.maybeIntro')}</p>
          <ol class="offers">
            {maybe.map((offer) => (
              <li key={offer.id}>
                <OfferCard offer={offer} service={services.get(offer.slug)} t={t} f={f} hash={props.hash} desk={props.desk} {...(props.nameLang ? { nameLang: props.nameLang } : {})} />
              </li>
            ))}
          </ol>
        </>
      ) : null}
      <SafetyNet items={need.safetyNet} t={t} f={f} need={need.need} lead={false} desk={props.desk} />
      {need.notEligible.length > 0 ? (
        <details class="not-eligible">
          <summary>{t('plan.notEligible')}</summary>
          <ul>
            {need.notEligible.map((offer) => (
              <li key={offer.id}>
                <p class="offer__name" lang={offer.lang ?? props.nameLang} dir="auto">
                  {offer.name}
                </p>
                <Reasons offer={offer} t={t} f={f} only="fails" />
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
