// The coordination area's overview: what each section is for, and the latest changes partners made to the
// catalogue with a way into the whole audit log.
import { useQuery } from '@tanstack/preact-query';
import { useMemo } from 'preact/hooks';
import { useStaffT, type StaffKey, type StaffT } from '../../../lib/i18n/staff';
import { useTitle } from '../../../lib/use-title';
import { StaffError, StaffLoading } from '../../../components/staff/status';
import { latestAuditQuery } from '../api/audit';
import { organizationDirectoryQuery, type OrganizationSummary } from '../api/organizations';
import { ADMIN_SECTIONS, AdminNav } from '../components/admin-nav';
import { entityTypeLabel, type AuditEvent } from '../model/audit';
import { adminFormat, type AdminFormat } from '../model/format';
import { organizationName } from '../model/organizations';

export default function AdminHome() {
  const { t, lang } = useStaffT();
  useTitle(t('admin.title'));
  const format = useMemo(() => adminFormat(lang), [lang]);
  const audit = useQuery(latestAuditQuery());
  const directory = useQuery(organizationDirectoryQuery);
  return (
    <>
      <AdminNav />
      <h1 tabIndex={-1}>{t('admin.title')}</h1>
      <p class="lead">{t('admin.home.intro')}</p>
      <Sections t={t} />
      <section aria-labelledby="admin-audit">
        <h2 id="admin-audit">{t('admin.audit')}</h2>
        {audit.isPending ? (
          <StaffLoading />
        ) : audit.isError ? (
          <StaffError retry={() => void audit.refetch()} />
        ) : (
          <LatestChanges events={audit.data.items} directory={directory.data} t={t} format={format} />
        )}
        <p>
          <a href="/admin/audit">{t('admin.home.allChanges')}</a>
        </p>
      </section>
    </>
  );
}

export function Sections({ t }: { t: StaffT }) {
  return (
    <ul class="admin-sections">
      {ADMIN_SECTIONS.filter((s) => s.path !== '/admin').map((s) => (
        <li key={s.path}>
          <a href={s.path}>{t(s.key)}</a>
          <p class="staff-list__meta">{t(`${s.key}.about` as StaffKey)}</p>
        </li>
      ))}
    </ul>
  );
}

export function LatestChanges({
  events,
  directory,
  t,
  format,
}: {
  events: readonly AuditEvent[];
  directory: readonly OrganizationSummary[] | undefined;
  t: StaffT;
  format: AdminFormat;
}) {
  if (events.length === 0) return <p>{t('admin.auditEmpty')}</p>;
  return (
    <ul class="staff-list">
      {events.map((e) => (
        <li key={e.id} class="staff-list__item">
          <span class="staff-list__name">
            {t(`admin.audit.action.${e.action}`)} · {entityTypeLabel(e.entityType, t)}
          </span>
          <span class="staff-list__meta">
            <time dateTime={e.occurredAt}>{format.dateTime(e.occurredAt)}</time> ·{' '}
            {t('admin.by', { actor: `${organizationName(directory, e.actorOrganizationId, t)} (${e.actor})` })}
          </span>
        </li>
      ))}
    </ul>
  );
}
