import { useEffect, useState } from 'preact/hooks';
import { Icon } from '../../../components/icon';
import { Loading } from '../../../components/loading';
import { EMERGENCY_NUMBERS } from '../../../components/site-footer';
import type { Domain, NeedPlan, PlannedOffer, Service } from '../../../lib/api/client';
import { useApp } from '../../../lib/app-context';
import { createFormatters, type Formatters } from '../../../lib/format';
import { dirOf, nativeName, type Lang } from '../../../lib/i18n/languages';
import { loadCatalogues } from '../../../lib/i18n/load';
import type { MessageKey } from '../../../lib/i18n/messages/en';
import { createTranslator, type T } from '../../../lib/i18n/translate';
import { useTitle } from '../../../lib/use-title';
import { planSlugs, usePlan, useServicesIn } from '../api/plan';
import { useDomains } from '../api/themes';
import { BackButton } from '../components/back-button';
import { answerRows } from '../components/answers-summary';
import { addressOf, Reasons } from '../components/offer-card';
import { noAddressKey } from '../model/address';
import { QrCode } from '../components/qr-code';
import { BringList } from '../components/bring-list';
import { MachineLabel } from '../components/machine-label';
import { DeskBlock, WayInBlock } from '../components/way-in';
import { around, knownItems, SafetySource, safetyText, safetyTitle, type SafetyNetItem } from '../components/safety-net';
import { encodeFragment, withoutStatus, type Answers } from '../../../lib/triage/answers';
import { planUrl } from '../model/qr';
import { useKiosk } from '../model/store';

export interface Column {
  readonly lang: Lang;
  readonly t: T;
  readonly f: Formatters;
  readonly domains: readonly Domain[];
  readonly services: ReadonlyMap<string, Service>;
  /** The language the API wrote the offer names in when a service is missing (the plan's lang). */
  readonly namesLang: string;
}

/** One offer in one language: compact, every embedded name isolated and tagged with its own language. */
export function OfferCell({ offer, column, showStatus }: { offer: PlannedOffer; column: Column; showStatus: boolean }) {
  const { t, f } = column;
  const service = column.services.get(offer.slug);
  const address = addressOf(service, offer.wayIn);
  return (
    <div class="print-col" lang={column.lang} dir={dirOf(column.lang)}>
      <p class="print-offer__title">
        <span class="print-verdict">{t(`verdict.${offer.verdict}` as MessageKey)}</span>{' '}
        <bdi class="print-offer__name" lang={service?.lang ?? offer.lang ?? column.namesLang} dir="auto">
          {service?.name ?? offer.name}
        </bdi>{' '}
        · <bdi dir="auto">{offer.organization.name}</bdi>
      </p>
      <MachineLabel origin={service ? service.textOrigin : offer.textOrigin} t={t} />
      <Reasons offer={offer} t={t} f={f} showStatus={showStatus} />
      {address || noAddressKey(offer.scope) ? (
        <p class="print-where">
          <strong>{t('plan.where')}</strong>{' '}
          {address ? <bdi dir="auto">{address}</bdi> : t(noAddressKey(offer.scope) ?? 'plan.where.remote')}
        </p>
      ) : null}
      {/* On paper, the way in is the contact to keep: the place is the "where" line above, and the sheet is
          made to be shown at the desk, whose address and hours are printed in the head. */}
      {offer.wayIn.desk || !offer.wayIn.contact ? null : (
        <WayInBlock wayIn={offer.wayIn} desk={null} organization={offer.organization.name} t={t} f={f} canDial={false} print />
      )}
      <div class="print-bring">
        <strong>{t('bring.heading')}</strong>
        <BringList accessMode={offer.accessMode} documents={service?.requiredDocuments} t={t} />
      </div>
    </div>
  );
}

/** The safety-net items of one kind (leading, or after the offers), each a row in both languages. */
function SafetyRows({ items, lead, columns }: { items: readonly SafetyNetItem[]; lead: boolean; columns: readonly Column[] }) {
  const shown = knownItems(items).filter((item) => item.lead === lead);
  if (shown.length === 0) return null;
  return (
    <ul class="print-safety-list" data-testid={`print-safety-${lead ? 'lead' : 'after'}`}>
      {shown.map((item) => (
        <li key={item.code} class="print-row print-safety" data-code={item.code}>
          {columns.map((c) => {
            const [before, after] = around(c.t, 'safety.call', 'phone');
            return (
              <div key={c.lang} class="print-col" lang={c.lang} dir={dirOf(c.lang)}>
                <p class="print-safety__title">
                  <strong>{safetyTitle(item, c.t)}</strong>
                  {item.phone ? (
                    <>
                      {' · '}
                      {before}
                      <strong class="print-safety__phone" dir="ltr">
                        {item.phone}
                      </strong>
                      {after}
                    </>
                  ) : null}
                </p>
                <p>{safetyText(item, c.t)}</p>
                <SafetySource item={item} t={c.t} link={false} />
              </div>
            );
          })}
        </li>
      ))}
    </ul>
  );
}

/** One need: its name in each language, then one row per offer (the two languages side by side). */
function NeedRows({ need, columns, showStatus }: { need: NeedPlan; columns: readonly Column[]; showStatus: boolean }) {
  const label = (c: Column) => c.domains.find((d) => d.code === need.need)?.label ?? need.need;
  const id = `print-need-${need.need}`;
  return (
    <section class="print-need" aria-labelledby={id}>
      <div class="print-row print-need__head">
        {columns.map((c, i) => (
          <div key={c.lang} class="print-col" lang={c.lang} dir={dirOf(c.lang)}>
            {i === 0 ? <h3 id={id}>{label(c)}</h3> : <p class="print-need__label">{label(c)}</p>}
            {need.unmet ? (
              <p class="print-unmet">
                {c.t('plan.unmet')}
                {need.safetyNet.some((item) => item.code === 'ask-the-desk') ? null : <> {c.t('plan.unmet.next')}</>}
              </p>
            ) : null}
          </div>
        ))}
      </div>
      <SafetyRows items={need.safetyNet} lead columns={columns} />
      <ol class="print-offers">
        {need.offers.slice(0, 3).map((offer) => (
          <li key={offer.id} class="print-row print-offer" data-slug={offer.slug}>
            {columns.map((c) => (
              <OfferCell key={c.lang} offer={offer} column={c} showStatus={showStatus} />
            ))}
          </li>
        ))}
      </ol>
      <SafetyRows items={need.safetyNet} lead={false} columns={columns} />
    </section>
  );
}

/**
 * The print view (A4, compact): the chosen language and French side by side, so the person and the
 * receiving desk read the same plan; a QR code to reopen it on a phone. The status appears on paper only
 * when the person ticked "include my status" (the same tick as the QR code's, held in the kiosk store).
 */
export default function PrintRoute() {
  const app = useApp();
  const { t, lang, config } = app;
  const { answers, includeStatus } = useKiosk();
  const bilingual = lang !== 'fr';
  const plan = usePlan(answers, lang);
  const slugs = plan.state === 'ready' ? planSlugs(plan.data.plan) : [];
  const frServices = useServicesIn(slugs, 'fr', bilingual && plan.state === 'ready');
  const domains = useDomains(lang);
  const frDomains = useDomains('fr');
  const [frT, setFrT] = useState<T | undefined>(undefined);
  useTitle(t('print.heading'));
  useEffect(() => {
    void loadCatalogues('fr', ['fr'], { withLater: true }).then((c) => setFrT(() => createTranslator('fr', c).t));
  }, []);

  if (answers.needs.length === 0) {
    return <p>{t('plan.empty')}</p>;
  }
  const ready =
    plan.state === 'ready' && domains.state === 'ready' && frDomains.state === 'ready' && frT && (!bilingual || frServices);
  const columns: Column[] = [];
  if (ready) {
    columns.push({
      lang,
      t,
      f: app.f,
      domains: domains.data,
      services: plan.data.services,
      namesLang: plan.data.plan.lang,
    });
    if (bilingual) {
      columns.push({
        lang: 'fr',
        t: frT,
        f: createFormatters('fr', config.timeZone),
        domains: frDomains.data,
        services: frServices ?? new Map(),
        namesLang: plan.data.plan.lang,
      });
    }
  }
  const deskOfPlan = plan.state === 'ready' ? (plan.data.plan.desk ?? null) : null;
  const hash = encodeFragment(lang, answers, { includeStatus: false });
  const printed: Answers = includeStatus ? answers : withoutStatus(answers);
  const now = new Date().toISOString();
  return (
    <article class={bilingual ? 'print print--two' : 'print'} aria-labelledby="screen-title">
      <div class="no-print actions">
        <BackButton href="/kiosk/plan" hash={hash} />
        <button type="button" class="button button--primary" onClick={() => window.print()}>
          <Icon name="printer" />
          <span>{t('print.now')}</span>
        </button>
      </div>
      <header class="print-head">
        <div>
          <h1 id="screen-title" tabIndex={-1}>
            {t('print.heading')}
          </h1>
          {bilingual && frT ? (
            <p class="print-sub" lang="fr" dir="ltr">
              {frT('print.heading')}
            </p>
          ) : null}
          <p>{t('print.date', { date: app.f.date(now) })}</p>
          {/* Where the desk this sheet is for is, and when it is open: in the head, beside the QR code, where
              it takes no room from the plan (two A4 pages). */}
          {deskOfPlan ? <DeskBlock desk={deskOfPlan} t={t} f={app.f} print /> : null}
        </div>
        <figure class="print-qr">
          <QrCode text={planUrl(window.location.origin, lang, answers, includeStatus)} label={t('qr.alt')} size={110} />
          <figcaption>{t('print.scan')}</figcaption>
        </figure>
      </header>
      {plan.state === 'error' ? (
        <p role="alert" class="notice notice--error">
          {plan.unreachable || !navigator.onLine ? t('offline.noData') : t('plan.error')}
        </p>
      ) : !ready ? (
        <Loading label={t('plan.loading')} />
      ) : null}
      {ready ? (
        <>
          <section aria-labelledby="print-answers">
            <h2 id="print-answers">{t('plan.yourAnswers')}</h2>
            <div class="print-row">
              {columns.map((c) => (
                <div key={c.lang} class="print-col" lang={c.lang} dir={dirOf(c.lang)}>
                  {bilingual ? <p class="print-lang">{nativeName(c.lang)}</p> : null}
                  <dl class="answers">
                    {answerRows(printed, c.domains, c.t).map(([label, value]) => (
                      <div key={label}>
                        <dt>{label}</dt>
                        <dd>
                          <bdi dir="auto">{value}</bdi>
                        </dd>
                      </div>
                    ))}
                  </dl>
                </div>
              ))}
            </div>
          </section>
          <section aria-labelledby="print-plan">
            <h2 id="print-plan">{t('plan.heading')}</h2>
            {plan.data.plan.needs.map((need) => (
              <NeedRows key={need.need} need={need} columns={columns} showStatus={includeStatus} />
            ))}
          </section>
          <div class="print-emergency">
            <h2 id="print-emergency">{t('emergency.title')}</h2>
            <ul>
              {EMERGENCY_NUMBERS.map((n) => (
                <li key={n}>
                  <strong dir="ltr">{n}</strong> {t(`emergency.${n}` as MessageKey)}
                  {bilingual && frT ? <span lang="fr"> · {frT(`emergency.${n}` as MessageKey)}</span> : null}
                </li>
              ))}
            </ul>
          </div>
        </>
      ) : null}
    </article>
  );
}
