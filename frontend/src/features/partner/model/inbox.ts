// The partner's inbox: the referrals sent to the organisation, how the list is filtered and sorted (in
// the address too, as codes only), and the three counts at its top. Pure functions, tested without a browser.
import type { components } from '../../../lib/api/client';
import { dueFromQuery, pageFromQuery, statusFromQuery, type ReferralStatus } from '../../../lib/referrals/list';

export type PartnerReferral = components['schemas']['PartnerReferral'];
type ReferralItem = components['schemas']['ReferralItem'];

/** A partner only ever gets its own shape; the guard keeps the desk's out of the partner's screens. */
export const isPartnerReferral = (item: ReferralItem): item is PartnerReferral => 'facts' in item && !('caseId' in item);

/** A partner never sees a draft: the statuses its inbox can hold, in the order a referral moves. */
export const INBOX_STATUSES: readonly ReferralStatus[] = [
  'sent',
  'accepted',
  'in-progress',
  'completed',
  'declined',
  'no-show',
  'cancelled',
  'expired',
];

export interface InboxFilter {
  readonly status: '' | ReferralStatus;
  readonly due: '' | 'soon' | 'overdue';
  readonly sort: 'due' | 'created';
  readonly page: number;
}

export const DEFAULT_INBOX: InboxFilter = { status: '', due: '', sort: 'due', page: 1 };
export const INBOX_PAGE_SIZE = 25;

/** The query of GET /api/v1/referrals: the server filters, sorts and pages, so both hold across pages. */
export function toInboxQuery(filter: InboxFilter) {
  return {
    page: filter.page,
    size: INBOX_PAGE_SIZE,
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.due ? { due: filter.due } : {}),
    ...(filter.sort !== 'due' ? { sort: filter.sort } : {}),
  };
}

/**
 * The filter in the inbox's address (/partner?status=sent&due=soon…), so a reload, Back or a bookmark
 * gives the same list. Only codes travel there; a draft (a partner never has one) or any other value is
 * dropped like any other input.
 */
export function inboxFromQuery(query: Readonly<Record<string, string | undefined>>): InboxFilter {
  const status = statusFromQuery(query['status']);
  return {
    status: status && INBOX_STATUSES.includes(status) ? status : '',
    due: dueFromQuery(query['due']),
    sort: query['sort'] === 'created' ? 'created' : 'due',
    page: pageFromQuery(query['page']),
  };
}

/** The address of a filter: the defaults are left out, so the plain inbox stays /partner. */
export function inboxToSearch(filter: InboxFilter): string {
  const p = new URLSearchParams();
  if (filter.status) p.set('status', filter.status);
  if (filter.due) p.set('due', filter.due);
  if (filter.sort !== 'due') p.set('sort', filter.sort);
  if (filter.page > 1) p.set('page', String(filter.page));
  const search = p.toString();
  return search ? `?${search}` : '';
}

export type CountKind = 'awaiting' | 'soon' | 'overdue';
export const COUNT_KINDS: readonly CountKind[] = ['awaiting', 'soon', 'overdue'];

/**
 * What each count at the top of the inbox counts, as the filter it opens: "awaiting an answer" is every
 * referral still sent (neither accepted nor declined), "due soon" and "overdue" what still waits on
 * someone with its date within two days or past (the server's clock decides).
 */
export function countFilter(kind: CountKind): InboxFilter {
  switch (kind) {
    case 'awaiting':
      return { ...DEFAULT_INBOX, status: 'sent' };
    case 'soon':
      return { ...DEFAULT_INBOX, due: 'soon' };
    case 'overdue':
      return { ...DEFAULT_INBOX, due: 'overdue' };
  }
}

/** A count needs only the total: one row asked for, not a page. */
export const toCountQuery = (kind: CountKind) => ({ ...toInboxQuery(countFilter(kind)), size: 1 });

/** Whether the filter on screen is the one a count opens (that count is then marked as the current one). */
export function isCountFilter(filter: InboxFilter, kind: CountKind): boolean {
  const c = countFilter(kind);
  return filter.status === c.status && filter.due === c.due;
}
