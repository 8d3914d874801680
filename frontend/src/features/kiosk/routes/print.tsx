import { useEffect, useState } from 'preact/hooks';
import { Icon } from '../../../components/icon';
import { Loading } from '../../../components/loading';
import { EMERGENCY_NUMBERS } from '../../../components/site-footer';
import type { Domain, NeedPlan, Service } from '../../../lib/api/client';
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
import { QrCode } from '../components/qr-code';
import { encodeFragment } from '../model/answers';
import { whatToBring } from '../model/bring';
import { planUrl } from '../model/qr';
import { useKiosk } from '../model/store';

interface Column {
  readonly lang: Lang;
  readonly t: T;
  readonly f: Formatters;
  readonly domains: readonly Domain[];
  readonly services: ReadonlyMap<string, Service>;
}

function NeedColumn({ need, column }: { need: NeedPlan; column: Column }) {
  const { t, f } = column;
  const label = column.domains.find((d) => d.code === need.need)?.label ?? need.need;
  return (
    <div class="print-col" lang={column.lang} dir={dirOf(column.lang)}>
      <h3>{label}</h3>
      {need.unmet ? <p class="print-unmet">{t('plan.unmet')} {t('plan.unmet.next')}</p> : null}
      <ol>
        {need.offers.slice(0, 3).map((offer) => {
          const service = column.services.get(offer.slug);
          return (
            <li key={offer.id}>
              <p class="print-offer">
                <strong lang={service?.lang ?? undefined} dir="auto">
                  {service?.name ?? offer.name}
                </strong>{' '}
                · {offer.organization.name}
              </p>
              <p>{t(`verdict.${offer.verdict}` as MessageKey)}</p>
              <Reasons offer={offer} t={t} f={f} />
              <p>
                <strong>{t('plan.where')}</strong> {addressOf(service) ?? t('plan.noAddress')}
              </p>
              <p>
                <strong>{t('bring.heading')}</strong> {whatToBring(offer.accessMode).map((k) => t(k)).join(' ')}
              </p>
            </li>
          );
        })}
      </ol>
    </div>
  );
}

/**
 * The print view (A4, large type): the chosen language and French side by side, so the person and the
 * receiving desk read the same plan; a QR code to reopen it on a phone.
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
    void loadCatalogues('fr', ['fr']).then((c) => setFrT(() => createTranslator('fr', c).t));
  }, []);

  if (answers.needs.length === 0) {
    return <p>{t('plan.empty')}</p>;
  }
  const ready =
    plan.state === 'ready' && domains.state === 'ready' && frDomains.state === 'ready' && frT && (!bilingual || frServices);
  const columns: Column[] = [];
  if (ready) {
    columns.push({ lang, t, f: app.f, domains: domains.data, services: plan.data.services });
    if (bilingual) {
      columns.push({
        lang: 'fr',
        t: frT,
        f: createFormatters('fr', config.timeZone),
        domains: frDomains.data,
        services: frServices ?? new Map(),
      });
    }
  }
  const hash = encodeFragment(lang, answers, { includeStatus: false });
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
        </div>
        <figure class="print-qr">
          <QrCode text={planUrl(window.location.origin, lang, answers, includeStatus)} label={t('qr.alt')} size={150} />
          <figcaption>{t('print.scan')}</figcaption>
        </figure>
      </header>
      {plan.state === 'error' ? (
        <p role="alert" class="notice notice--error">
          {navigator.onLine ? t('plan.error') : t('offline.noData')}
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
                    {answerRows(answers, c.domains, c.t).map(([label, value]) => (
                      <div key={label}>
                        <dt>{label}</dt>
                        <dd>{value}</dd>
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
              <div key={need.need} class="print-row print-need">
                {columns.map((c) => (
                  <NeedColumn key={c.lang} need={need} column={c} />
                ))}
              </div>
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
