// The coordination area's first screen: the latest changes partners made to the catalogue. Review and
// revert, organisations, accounts and impact reports come here next (issue 18).
import { useQuery } from '@tanstack/preact-query';
import { useStaffT } from '../../../lib/i18n/staff';
import { useTitle } from '../../../lib/use-title';
import { StaffError, StaffLoading } from '../../../components/staff/status';
import { latestAuditQuery } from '../api/audit';

export default function AdminHome() {
  const { t, lang } = useStaffT();
  useTitle(t('admin.title'));
  const audit = useQuery(latestAuditQuery());
  const when = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Paris' });
  return (
    <>
      <h1 tabIndex={-1}>{t('admin.title')}</h1>
      <section aria-labelledby="admin-audit">
        <h2 id="admin-audit">{t('admin.audit')}</h2>
        {audit.isPending ? (
          <StaffLoading />
        ) : audit.isError ? (
          <StaffError retry={() => void audit.refetch()} />
        ) : audit.data.items.length === 0 ? (
          <p>{t('admin.auditEmpty')}</p>
        ) : (
          <ul class="staff-list">
            {audit.data.items.map((e) => (
              <li key={e.id} class="staff-list__item">
                <span class="staff-list__name">
                  {e.action} · {e.entityType} · <code>{e.entityKey}</code>
                </span>
                <span class="staff-list__meta">
                  <time dateTime={e.occurredAt}>{when.format(new Date(e.occurredAt))}</time> · {t('admin.by', { actor: e.actor })}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
