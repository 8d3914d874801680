// A case as a coordinator sees it without its person: the desk, the dates, how many referrals, and
// whether it was anonymised; enough to tell it is the case a request is about.
import type { StaffT } from '../../../lib/i18n/staff';
import type { Case } from '../api/cases';
import type { AdminFormat } from '../model/format';

/** What identifies the case without its person: reference, desk, dates. */
export function CaseFacts({ kase, t, format }: { kase: Case; t: StaffT; format: AdminFormat }) {
  return (
    <dl class="staff-facts">
      <dt>{t('admin.case.desk')}</dt>
      <dd>{kase.desk.name}</dd>
      <dt>{t('admin.case.opened')}</dt>
      <dd>
        <time dateTime={kase.openedAt}>{format.dateTime(kase.openedAt)}</time>
      </dd>
      <dt>{t('admin.case.lastContact')}</dt>
      <dd>
        <time dateTime={kase.lastContactAt}>{format.dateTime(kase.lastContactAt)}</time>
      </dd>
      <dt>{t('admin.case.referrals')}</dt>
      <dd>{format.number(kase.referrals.length)}</dd>
      {kase.anonymisedAt ? (
        <>
          <dt>{t('admin.case.anonymised')}</dt>
          <dd>
            <time dateTime={kase.anonymisedAt}>{format.dateTime(kase.anonymisedAt)}</time>
          </dd>
        </>
      ) : null}
    </dl>
  );
}

