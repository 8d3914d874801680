// The desk's dashboard (issue 17, part 5): the desk's referrals, what is due and what waits for an
// outcome; filters, sorting, paging, and keyboard shortcuts that never fire while typing in a field.
import { keepPreviousData, useQuery } from '@tanstack/preact-query';
import { useMemo, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { useStaffT, type StaffT } from '../../../lib/i18n/staff';
import { useListShortcuts } from '../../../lib/referrals/use-list-shortcuts';
import { useTitle } from '../../../lib/use-title';
import { ReferralFilterFields, type ReferralFilterWords } from '../../../components/staff/referral-filters';
import { Pager } from '../../../components/staff/pager';
import { StaffError, StaffLoading } from '../../../components/staff/status';
import { referralsQuery } from '../api/cases';
import {
  ageInDays,
  dueOf,
  filterFromQuery,
  filterToSearch,
  STATUSES,
  waitsForOutcome,
  type DashboardFilter,
  type Referral,
} from '../model/dashboard';
import { deskFormat, type DeskFormat } from '../model/format';

const DESK_FILTERS: ReferralFilterWords = {
  status: 'desk.filter.status',
  anyStatus: 'desk.filter.anyStatus',
  due: 'desk.filter.due',
  anyDue: 'desk.filter.anyDue',
  soon: 'desk.filter.soon',
  overdue: 'desk.filter.overdue',
  sort: 'desk.filter.sort',
  byDue: 'desk.sort.due',
  byCreated: 'desk.sort.age',
};

export default function DeskDashboard() {
  const { t, lang } = useStaffT();
  useTitle(t('desk.dashboard.title'));
  // The filter lives in the address (codes only), so reload, back and a shared link keep the list.
  const { query, route } = useLocation();
  const filter = useMemo(() => filterFromQuery(query), [query]);
  const setFilter = (next: DashboardFilter) => route(`/desk${filterToSearch(next)}`);
  // "Now" (for the badges) is fixed while the screen is open; the server decides what the filters match.
  const [now] = useState(() => Date.now());
  const referrals = useQuery({ ...referralsQuery(filter), placeholderData: keepPreviousData });
  const rows = referrals.data?.items ?? [];
  const format = useMemo(() => deskFormat(lang), [lang]);
  const listRef = useRef<HTMLTableSectionElement>(null);
  const change = (patch: Partial<DashboardFilter>) => setFilter({ ...filter, page: 1, ...patch });

  useListShortcuts('desk-status', listRef);

  return (
    <>
      <h1 tabIndex={-1}>{t('desk.dashboard.title')}</h1>
      <p class="lead">{t('desk.dashboard.intro')}</p>
      <p class="desk-start">
        <a class="button button--primary button--large" href="/desk/visit">
          {t('desk.visitLink')}
        </a>
        <a href="/desk/search">{t('desk.searchLink')}</a>
      </p>
      <Shortcuts t={t} />
      <section aria-labelledby="desk-filters">
        <h2 id="desk-filters">{t('desk.filters')}</h2>
        <div class="staff-form staff-form--inline">
          <ReferralFilterFields idPrefix="desk" words={DESK_FILTERS} statuses={STATUSES} filter={filter} change={change} />
          <div class="form-field">
            <label class="checkbox">
              <input
                type="checkbox"
                name="waiting"
                checked={filter.waiting}
                onChange={(e) => change({ waiting: e.currentTarget.checked })}
              />
              {t('desk.filter.waiting')}
            </label>
          </div>
        </div>
      </section>
      {referrals.isPending ? (
        <StaffLoading />
      ) : referrals.isError ? (
        <StaffError retry={() => void referrals.refetch()} />
      ) : (
        <section aria-labelledby="desk-list" aria-busy={referrals.isFetching}>
          <h2 id="desk-list">{t('desk.list', { count: format.number(Number(referrals.data.totalItems)) })}</h2>
          <ReferralTable rows={rows} now={now} t={t} format={format} bodyRef={listRef} />
          <Pager
            page={referrals.data.page}
            pages={Number(referrals.data.totalPages)}
            words={{ page: (page, pages) => t('desk.page', { page, pages }), previous: t('desk.previous'), next: t('desk.next') }}
            go={(page) => setFilter({ ...filter, page })}
          />
        </section>
      )}
    </>
  );
}

export function Shortcuts({ t }: { t: StaffT }) {
  return (
    <details class="staff-shortcuts">
      <summary>{t('desk.shortcuts')}</summary>
      <ul>
        <li>{t('desk.shortcut.filter')}</li>
        <li>{t('desk.shortcut.move')}</li>
        <li>{t('desk.shortcut.open')}</li>
      </ul>
      <p class="hint">{t('desk.shortcut.typing')}</p>
    </details>
  );
}

export function ReferralTable({
  rows,
  now,
  t,
  format,
  bodyRef,
}: {
  rows: readonly Referral[];
  now: number;
  t: StaffT;
  format: DeskFormat;
  bodyRef?: preact.Ref<HTMLTableSectionElement>;
}) {
  if (rows.length === 0) return <p>{t('desk.listNone')}</p>;
  return (
    <table class="staff-table">
      <thead>
        <tr>
          <th scope="col">{t('desk.col.case')}</th>
          <th scope="col">{t('desk.col.service')}</th>
          <th scope="col">{t('desk.col.status')}</th>
          <th scope="col">{t('desk.col.age')}</th>
          <th scope="col">{t('desk.col.due')}</th>
        </tr>
      </thead>
      <tbody ref={bodyRef ?? null}>
        {rows.map((r) => {
          const due = dueOf(r, now);
          return (
            <tr key={r.id} class={`staff-row staff-row--${due}`}>
              <th scope="row">
                <a data-row href={`/desk/cases/${encodeURIComponent(r.caseId)}`}>
                  {r.caseReference}
                </a>
              </th>
              <td data-label={t('desk.col.service')}>
                {r.service.name}
                <span class="staff-list__meta"> · {r.organization.name}</span>
              </td>
              <td data-label={t('desk.col.status')}>
                {t(`status.${r.status}`)}
                {waitsForOutcome(r) ? <span class="badge badge--waiting">{t('desk.waiting')}</span> : null}
              </td>
              <td data-label={t('desk.col.age')}>{format.days(ageInDays(r.createdAt, now))}</td>
              <td data-label={t('desk.col.due')}>
                {r.dueAt && due !== 'none' ? <time dateTime={r.dueAt}>{format.date(r.dueAt)}</time> : t('desk.dueNone')}
                {due === 'overdue' || due === 'soon' ? (
                  <span class={`badge badge--${due}`}>{t(due === 'overdue' ? 'desk.due.overdue' : 'desk.due.soon')}</span>
                ) : null}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
