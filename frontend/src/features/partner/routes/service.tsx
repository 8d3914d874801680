// "My services" (issue 18, part 2): one page per service of the partner's own organisation, in sections that are
// each saved on their own with the service's version (If-Match): its texts and their translations, status and
// who it is for, the way in and contact, what to bring, languages, capacity and waiting list (with the derived
// capacity-decline signal, read-only), and the hours and closures at each place. A stale write (412) is explained
// in the section, which offers to reload the latest and reapply the person's changes. Another organisation's
// service answers 404: the page says "not found" and shows nothing else.
import { useQuery, useQueryClient } from '@tanstack/preact-query';
import { useRoute } from 'preact-iso';
import { useMemo } from 'preact/hooks';
import { ApiError } from '../../../lib/api/client';
import { useStaffT, type StaffT } from '../../../lib/i18n/staff';
import { useTitle } from '../../../lib/use-title';
import { StaffError, StaffLoading } from '../../../components/staff/status';
import { maintainedQuery, reloadMaintained } from '../api/service-editor';
import { AccessSection, BringSection, CapacitySection, EligibilitySection, LanguagesSection } from '../components/details-sections';
import { PlacesSection } from '../components/places-section';
import type { Page } from '../components/section';
import { TextsSection } from '../components/texts-section';
import { WhereSection } from '../components/where-section';
import { partnerFormat, type PartnerFormat } from '../model/format';
import { freshness, NUDGE_MONTHS } from '../model/freshness';
import type { MaintainedService } from '../model/service';

const isNotFound = (error: unknown) => error instanceof ApiError && (error.status === 404 || error.status === 403);

/** The name a partner reads first: French, else English, else any. */
export function serviceName(record: MaintainedService): string {
  const names = record.fields.name;
  return names['fr'] ?? names['en'] ?? Object.values(names)[0] ?? record.slug;
}

export default function PartnerServicePage() {
  const { params, query } = useRoute();
  const id = params['id'] ?? '';
  const { t, lang } = useStaffT();
  const format = useMemo(() => partnerFormat(lang), [lang]);
  const queries = useQueryClient();
  const service = useQuery(maintainedQuery(id));
  useTitle(
    service.data
      ? t('svc.title', { name: serviceName(service.data) })
      : service.isError && isNotFound(service.error)
        ? t('svc.notFound')
        : t('staff.loading'),
  );
  if (service.isPending) return <StaffLoading />;
  if (service.isError) return isNotFound(service.error) ? <ServiceNotFound t={t} /> : <StaffError retry={() => void service.refetch()} />;
  const page: Page = { record: service.data, reload: () => reloadMaintained(queries, id) };
  return <ServiceEditor page={page} format={format} now={new Date()} added={query['added'] === '1'} />;
}

export function ServiceNotFound({ t }: { t: StaffT }) {
  return (
    <>
      <h1 tabIndex={-1}>{t('svc.notFound')}</h1>
      <p>{t('svc.notFoundBody')}</p>
      <p>
        <a href="/partner">{t('svc.back')}</a>
      </p>
    </>
  );
}

/** The source's date and the last edit, said apart (rule 5), and a nudge once the information is over six months old. */
export function ServiceDates({ record, format, now }: { record: MaintainedService; format: PartnerFormat; now: Date }) {
  const { t } = useStaffT();
  const fresh = freshness(record, now);
  return (
    <div class="svc-dates">
      <dl class="staff-facts">
        <dt>{t('svc.dates.source')}</dt>
        <dd data-testid="source-date">{record.source.date ? format.day(record.source.date) : t('svc.dates.sourceNone')}</dd>
        <dt>{t('svc.dates.edited')}</dt>
        <dd data-testid="edited-date">
          <time dateTime={record.updatedAt}>{format.dateTime(record.updatedAt)}</time>
        </dd>
      </dl>
      {fresh.nudge ? (
        <div class="notice notice--warning" data-testid="freshness-nudge">
          <p>
            <strong>
              {fresh.basis === 'unknown'
                ? t('svc.nudge.unknown')
                : t(fresh.basis === 'source' ? 'svc.nudge.source' : 'svc.nudge.edited', { months: NUDGE_MONTHS })}
            </strong>
          </p>
          <p>{t('svc.nudge.body')}</p>
        </div>
      ) : null}
    </div>
  );
}

const SECTIONS = [
  ['svc-texts-title', 'svc.texts.title'],
  ['svc-translations-title', 'svc.translations.title'],
  ['svc-eligibility-title', 'svc.eligibility.title'],
  ['svc-where-title', 'svc.where.title'],
  ['svc-access-title', 'svc.access.title'],
  ['svc-bring-title', 'svc.bring.title'],
  ['svc-languages-title', 'svc.languages.title'],
  ['svc-capacity-title', 'svc.capacity.title'],
] as const;

export function ServiceEditor({ page, format, now, added = false }: { page: Page; format: PartnerFormat; now: Date; added?: boolean }) {
  const { t } = useStaffT();
  const record = page.record;
  const hours = record.locations.length > 0 ? `svc-hours-${record.locations[0]?.slug}-title` : 'svc-hours-title';
  return (
    <div class="svc-page">
      <p>
        <a href="/partner">{t('svc.back')}</a>
      </p>
      <h1 tabIndex={-1} lang={record.fields.name['fr'] ? 'fr' : undefined}>
        {serviceName(record)}
      </h1>
      <p class="lead">{record.organization.name}</p>
      <ServiceDates record={record} format={format} now={now} />
      {added ? (
        <p class="notice" role="status">
          {t('svc.new.added')}
        </p>
      ) : null}
      <p>
        <a href={`/kiosk/services/${record.slug}`} target="_blank" rel="noopener">
          {t('svc.kioskLink')}
        </a>
      </p>
      <nav class="svc-toc" aria-label={t('svc.toc')}>
        <ul>
          {SECTIONS.map(([target, key]) => (
            <li key={target}>
              <a href={`#${target}`}>{t(key)}</a>
            </li>
          ))}
          <li>
            <a href={`#${hours}`}>{t('svc.hours.toc')}</a>
          </li>
        </ul>
      </nav>
      <TextsSection page={page} format={format} />
      <EligibilitySection page={page} />
      <WhereSection page={page} />
      <AccessSection page={page} />
      <BringSection page={page} />
      <LanguagesSection page={page} format={format} />
      <CapacitySection page={page} format={format} />
      <PlacesSection page={page} format={format} />
    </div>
  );
}
