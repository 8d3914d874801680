import { useEffect, useState } from 'preact/hooks';
import { Icon } from '../../../components/icon';
import { Loading } from '../../../components/loading';
import { fetchService, type Service, type ServiceLocation } from '../../../lib/api/client';
import { useApp } from '../../../lib/app-context';
import type { Formatters } from '../../../lib/format';
import { isLang, nativeName } from '../../../lib/i18n/languages';
import type { MessageKey } from '../../../lib/i18n/messages/en';
import type { T } from '../../../lib/i18n/translate';
import { useTitle } from '../../../lib/use-title';
import { BackButton } from '../components/back-button';
import { encodeFragment } from '../../../lib/triage/answers';
import { BringList } from '../components/bring-list';
import { MachineNotice } from '../components/machine-label';
import { WayInBlock } from '../components/way-in';
import { lastDesk } from '../model/desk';
import { CAN_DIAL_QUERY, useMediaQuery } from '../../../lib/layout';
import { useKiosk } from '../model/store';
import type { Load } from '../api/themes';
import type { TerritoryScope } from '../../../lib/triage/reasons';

const WEEK = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

function Hours({ location, t, f }: { location: ServiceLocation; t: T; f: Formatters }) {
  const slots = [...location.slots].sort(
    (a, b) => WEEK.indexOf(a.weekday) - WEEK.indexOf(b.weekday) || a.opensAt.localeCompare(b.opensAt),
  );
  return (
    <div class="hours">
      <p class={location.openNow ? 'open-now open-now--yes' : 'open-now'}>
        <Icon name="clock" />
        <strong>
          {location.openNow && location.openUntil
            ? t('service.openNow', { until: f.time(location.openUntil) })
            : t('service.closedNow')}
        </strong>
      </p>
      <table class="hours__table">
        <caption class="visually-hidden">{t('service.hours')}</caption>
        <tbody>
          {slots.map((slot, i) => {
            const how = [
              slot.walkIn ? t('service.walkIn') : null,
              slot.appointment ? t('service.appointment') : null,
              slot.interpreting ? t('service.interpreting') : null,
            ].filter((x): x is string => x !== null);
            return (
              <tr key={i}>
                <th scope="row">{f.weekday(slot.weekday)}</th>
                <td>
                  <span dir="ltr">
                    {f.time(slot.opensAt)}–{f.time(slot.closesAt)}
                  </span>
                  {how.length > 0 ? <span class="hours__how"> · {f.list(how)}</span> : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {location.closures.map((c, i) => (
        <p key={i} class="hint">
          {t('service.closure', { from: f.date(c.startsOn), to: f.date(c.endsOn) })}
        </p>
      ))}
      {location.illustrative ? (
        <p class="notice notice--warning">
          <Icon name="alert" />
          {t('service.illustrative')}
        </p>
      ) : null}
    </div>
  );
}

/**
 * Two different dates (rule 5): the information is as old as its source, and an edit in Passerelle (the
 * import, for the demo data) does not make it newer; so each is said apart, and an undated source says so.
 */
export function ServiceDates({ service, t, f }: { service: Pick<Service, 'source' | 'updatedAt'>; t: T; f: Formatters }) {
  return (
    <div class="dates">
      <p data-testid="source-date">
        {service.source.date ? t('service.sourceDate', { date: f.date(service.source.date) }) : t('service.sourceDate.unknown')}
      </p>
      <p data-testid="edited-date">{t('service.edited', { date: f.date(service.updatedAt) })}</p>
    </div>
  );
}

/** Where a service without a known location works: its area, or its scope said honestly (never "everywhere"). */
export function Where({ scope, area, t }: { scope: TerritoryScope; area: string | undefined; t: T }) {
  if (scope === 'local') {
    return area ? <p>{t('service.area', { area })}</p> : null;
  }
  const key = scope === 'national-remote' ? 'reason.territory.remote' : scope === 'national-network' ? 'reason.territory.network' : 'reason.territory.unknown';
  return (
    <>
      <p data-testid="scope" data-scope={scope}>
        {t(key)}
      </p>
      {area ? <p>{t('service.area', { area })}</p> : null}
    </>
  );
}

/** The service page: hours and permanences, address, access, languages, cost, what to bring, dates. */
export default function ServiceRoute({ slug }: { slug: string }) {
  const { t, f, lang } = useApp();
  const { answers } = useKiosk();
  const [result, setResult] = useState<Load<Service> | { state: 'missing' }>({ state: 'loading' });
  const desk = lastDesk();
  const canDial = useMediaQuery(CAN_DIAL_QUERY);
  useEffect(() => {
    let live = true;
    setResult({ state: 'loading' });
    fetchService(slug, lang).then(
      ({ data, offline }) => live && setResult({ state: 'ready', data, offline }),
      (error: { status?: number }) => live && setResult({ state: error.status === 404 ? 'missing' : 'error' }),
    );
    return () => {
      live = false;
    };
  }, [slug, lang]);
  const service = result.state === 'ready' ? result.data : undefined;
  useTitle(service?.name ?? t('service.loading'));
  const back = answers.needs.length > 0 ? encodeFragment(lang, answers, { includeStatus: false }) : undefined;

  if (!service) {
    return (
      <section class="screen">
        <BackButton href="/kiosk/plan" {...(back ? { hash: back } : {})} />
        {result.state === 'loading' ? <Loading label={t('service.loading')} /> : null}
        {result.state === 'missing' || result.state === 'error' ? (
          <>
            <h1 id="screen-title" tabIndex={-1}>
              {t('service.notFound')}
            </h1>
            {!navigator.onLine ? <p role="alert">{t('offline.noData')}</p> : null}
          </>
        ) : null}
      </section>
    );
  }
  const served = service.lang ?? undefined;
  const fellBack = served !== undefined && served.toLowerCase() !== lang.toLowerCase();
  const mode = service.access.mode ?? null;
  const modeInferred = service.inferred.includes('access.mode');
  const languages = service.languagesSpoken ?? [];
  const area = service.territory.city ?? service.territory.department ?? service.territory.region ?? service.territory.note;
  return (
    <article class="screen service" aria-labelledby="screen-title">
      <BackButton href="/kiosk/plan" {...(back ? { hash: back } : {})} />
      <h1 id="screen-title" tabIndex={-1} lang={served} dir="auto">
        {service.name}
      </h1>
      <p class="lead">{t('service.by', { organization: service.organization.name })}</p>
      {fellBack ? (
        <p class="notice notice--info" data-testid="lang-fallback">
          <Icon name="info" />
          {t('service.langFallback', { language: isLang(served) ? nativeName(served) : f.language(served) })}
        </p>
      ) : null}
      <MachineNotice origin={service.textOrigin} t={t} />
      {service.description ? (
        <section aria-labelledby="about">
          <h2 id="about">{t('service.about')}</h2>
          <p lang={served} dir="auto">
            {service.description}
          </p>
        </section>
      ) : null}
      <section aria-labelledby="access">
        <h2 id="access">{t('service.access')}</h2>
        <p>{t(mode ? (`access.${mode}` as MessageKey) : 'access.unknown')}</p>
        {mode && modeInferred ? <p class="hint">{t('access.inferred')}</p> : null}
        <WayInBlock wayIn={service.wayIn} desk={desk} organization={service.organization.name} t={t} f={f} canDial={canDial} />
      </section>
      <section aria-labelledby="hours">
        <h2 id="hours">{t('service.hours')}</h2>
        {service.locations.length === 0 ? <p>{t('service.noHours')}</p> : null}
        {service.locations.map((location) => (
          <div key={location.id} class="location">
            <h3>{location.name}</h3>
            <p>
              <Icon name="pin" />
              <span class="visually-hidden">{t('service.address')}: </span>
              {[location.address1, [location.postalCode, location.city].filter(Boolean).join(' ')]
                .filter(Boolean)
                .join(', ')}
            </p>
            {location.accessibilityNote ? (
              <p>
                <strong>{t('service.accessibility')}:</strong> <span lang="fr">{location.accessibilityNote}</span>
              </p>
            ) : null}
            <Hours location={location} t={t} f={f} />
          </div>
        ))}
        {service.locations.length === 0 ? <Where scope={service.territory.scope} area={area ?? undefined} t={t} /> : null}
      </section>
      <section aria-labelledby="languages">
        <h2 id="languages">{t('service.languages')}</h2>
        <p>{languages.length > 0 ? f.list(languages.map((l) => f.language(l))) : t('service.notStated')}</p>
      </section>
      <section aria-labelledby="cost">
        <h2 id="cost">{t('service.cost')}</h2>
        <p>
          {service.cost.free === true ? t('service.free') : service.cost.free === false ? t('service.paid') : t('service.notStated')}
        </p>
        {service.cost.note ? <p lang="fr">{service.cost.note}</p> : null}
      </section>
      {service.channels && service.channels.length > 0 ? (
        <section aria-labelledby="channels">
          <h2 id="channels">{t('service.channels')}</h2>
          <p>{f.list(service.channels.map((c) => t(`channel.${c}` as MessageKey)))}</p>
        </section>
      ) : null}
      <section aria-labelledby="bring">
        <h2 id="bring">{t('bring.heading')}</h2>
        <BringList accessMode={mode} documents={service.requiredDocuments} t={t} />
      </section>
      <ServiceDates service={service} t={t} f={f} />
    </article>
  );
}
