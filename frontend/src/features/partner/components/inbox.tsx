// The partner's inbox (issue 18): the referrals sent to the organisation, with the counts of what awaits
// an answer, is due soon or is overdue; filters and order kept in the address (codes only), paged by the
// server; rows that become cards on a phone; "/", j, k and Enter from the keyboard, never while typing.
import { keepPreviousData, useQueries, useQuery } from '@tanstack/preact-query';
import { useMemo, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { useStaffT, type StaffT } from '../../../lib/i18n/staff';
import { dueOf, waitsForOutcome } from '../../../lib/referrals/list';
import { useListShortcuts } from '../../../lib/referrals/use-list-shortcuts';
import { staffFormat, type StaffFormat } from '../../../lib/staff-format';
import { ReferralFilterFields, type ReferralFilterWords } from '../../../components/staff/referral-filters';
import { Pager } from '../../../components/staff/pager';
import { StaffError, StaffLoading } from '../../../components/staff/status';
import { countQuery, domainsQuery, inboxQuery } from '../api/referrals';
import {
  COUNT_KINDS,
  countFilter,
  INBOX_STATUSES,
  inboxFromQuery,
  inboxToSearch,
  isCountFilter,
  type CountKind,
  type InboxFilter,
  type PartnerReferral,
} from '../model/inbox';


const INBOX_FILTERS: ReferralFilterWords = {
  status: 'inbox.filter.status',
  anyStatus: 'inbox.filter.anyStatus',
  due: 'inbox.filter.due',
  anyDue: 'inbox.filter.anyDue',
  soon: 'inbox.filter.soon',
  overdue: 'inbox.filter.overdue',
  sort: 'inbox.filter.sort',
  byDue: 'inbox.sort.due',
  byCreated: 'inbox.sort.created',
};
export const INBOX_PATH = '/partner';

export function Inbox() {
  const { t, lang } = useStaffT();
  // The filter lives in the address (codes only), so reload, Back and a bookmark keep the list.
  const { query, route } = useLocation();
  const filter = useMemo(() => inboxFromQuery(query), [query]);
  const setFilter = (next: InboxFilter) => route(`${INBOX_PATH}${inboxToSearch(next)}`);
  const change = (patch: Partial<InboxFilter>) => setFilter({ ...filter, page: 1, ...patch });
  // "Now" (for the badges) is fixed while the screen is open; the server decides what the filters match.
  const [now] = useState(() => Date.now());
  const format = useMemo(() => staffFormat(lang), [lang]);
  const list = useQuery({ ...inboxQuery(filter), placeholderData: keepPreviousData });
  const counts = useQueries({ queries: COUNT_KINDS.map((kind) => countQuery(kind)) });
  const domains = useQuery(domainsQuery(lang));
  const needName = useMemo(() => needNamer(domains.data), [domains.data]);
  const listRef = useRef<HTMLTableSectionElement>(null);
  useListShortcuts('inbox-status', listRef);

  return (
    <section aria-labelledby="inbox-title">
      <h2 id="inbox-title">{t('inbox.title')}</h2>
      <p class="lead">{t('inbox.intro')}</p>
      <InboxCounts
        counts={Object.fromEntries(COUNT_KINDS.map((kind, i) => [kind, counts[i]?.data])) as Partial<Record<CountKind, number>>}
        filter={filter}
        t={t}
        format={format}
      />
      <InboxShortcuts t={t} />
      <h3 id="inbox-filters">{t('inbox.filters')}</h3>
      <div class="staff-form staff-form--inline">
        <ReferralFilterFields idPrefix="inbox" words={INBOX_FILTERS} statuses={INBOX_STATUSES} filter={filter} change={change} />
      </div>
      {list.isPending ? (
        <StaffLoading />
      ) : list.isError ? (
        <StaffError retry={() => void list.refetch()} />
      ) : (
        <div aria-busy={list.isFetching}>
          <h3 id="inbox-list">{t('inbox.list', { count: format.number(Number(list.data.totalItems)) })}</h3>
          <InboxTable rows={list.data.items} now={now} t={t} format={format} needName={needName} bodyRef={listRef} />
          <Pager
            page={list.data.page}
            pages={Number(list.data.totalPages)}
            words={{ page: (page, pages) => t('inbox.page', { page, pages }), previous: t('inbox.previous'), next: t('inbox.next') }}
            go={(page) => setFilter({ ...filter, page })}
          />
        </div>
      )}
    </section>
  );
}

/** The name of a need (a kiosk domain's code) in the staff language, the code itself until the words load. */
export function needNamer(domains: readonly { code: string; label: string }[] | undefined): (code: string) => string {
  const names = new Map((domains ?? []).map((d) => [d.code, d.label]));
  return (code) => names.get(code) ?? code;
}

const COUNT_WORDS = { awaiting: 'inbox.count.awaiting', soon: 'inbox.count.soon', overdue: 'inbox.count.overdue' } as const;

/**
 * The three counts at the top, each a link to the list it counts (the filter in the address), so "3
 * awaiting an answer" is one tap from those three. The one on screen is marked as the current one.
 */
export function InboxCounts({
  counts,
  filter,
  t,
  format,
}: {
  counts: Partial<Record<CountKind, number>>;
  filter: InboxFilter;
  t: StaffT;
  format: StaffFormat;
}) {
  return (
    <ul class="inbox-counts" aria-label={t('inbox.counts')}>
      {COUNT_KINDS.map((kind) => {
        const count = counts[kind];
        const current = isCountFilter(filter, kind);
        return (
          <li key={kind} class={`inbox-count inbox-count--${kind}${kind === 'overdue' && (count ?? 0) > 0 ? ' inbox-count--late' : ''}`}>
            <a href={`${INBOX_PATH}${inboxToSearch(countFilter(kind))}`} aria-current={current ? 'page' : undefined}>
              <span class="inbox-count__number">{count == null ? '…' : format.number(count)}</span>
              <span class="inbox-count__label">{t(COUNT_WORDS[kind])}</span>
            </a>
          </li>
        );
      })}
    </ul>
  );
}

export function InboxShortcuts({ t }: { t: StaffT }) {
  return (
    <details class="staff-shortcuts">
      <summary>{t('inbox.shortcuts')}</summary>
      <ul>
        <li>{t('inbox.shortcut.filter')}</li>
        <li>{t('inbox.shortcut.move')}</li>
        <li>{t('inbox.shortcut.open')}</li>
      </ul>
      <p class="hint">{t('inbox.shortcut.typing')}</p>
    </details>
  );
}

export function InboxTable({
  rows,
  now,
  t,
  format,
  needName,
  bodyRef,
}: {
  rows: readonly PartnerReferral[];
  now: number;
  t: StaffT;
  format: StaffFormat;
  needName: (code: string) => string;
  bodyRef?: preact.Ref<HTMLTableSectionElement>;
}) {
  if (rows.length === 0) return <p>{t('inbox.listNone')}</p>;
  return (
    <table class="staff-table inbox-table">
      <thead>
        <tr>
          <th scope="col">{t('inbox.col.reference')}</th>
          <th scope="col">{t('inbox.col.service')}</th>
          <th scope="col">{t('inbox.col.needs')}</th>
          <th scope="col">{t('inbox.col.status')}</th>
          <th scope="col">{t('inbox.col.received')}</th>
          <th scope="col">{t('inbox.col.due')}</th>
        </tr>
      </thead>
      <tbody ref={bodyRef ?? null}>
        {rows.map((r) => {
          const due = dueOf(r, now);
          return (
            <tr key={r.id} class={`staff-row staff-row--${due}`}>
              <th scope="row">
                {/* The address holds the referral's id only: nothing about the person. */}
                <a data-row href={`${INBOX_PATH}/referrals/${encodeURIComponent(r.id)}`}>
                  {r.caseReference}
                </a>
              </th>
              <td data-label={t('inbox.col.service')}>{r.service.name}</td>
              <td data-label={t('inbox.col.needs')}>{r.needs.length > 0 ? format.list(r.needs.map(needName)) : t('inbox.needsNone')}</td>
              <td data-label={t('inbox.col.status')}>
                {t(`status.${r.status}`)}
                {r.status === 'sent' ? <span class="badge badge--answer">{t('inbox.badge.answer')}</span> : null}
                {waitsForOutcome(r) ? <span class="badge badge--waiting">{t('inbox.badge.outcome')}</span> : null}
              </td>
              <td data-label={t('inbox.col.received')}>
                <time dateTime={r.sentAt}>{format.date(r.sentAt)}</time>
              </td>
              <td data-label={t('inbox.col.due')}>
                {r.dueAt && due !== 'none' ? <time dateTime={r.dueAt}>{format.date(r.dueAt)}</time> : t('inbox.dueNone')}
                {due === 'overdue' || due === 'soon' ? (
                  <span class={`badge badge--${due}`}>{t(due === 'overdue' ? 'inbox.due.overdue' : 'inbox.due.soon')}</span>
                ) : null}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
