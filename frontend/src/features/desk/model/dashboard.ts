// The desk's dashboard: how old a referral is, and how the list is filtered and sorted (in the address
// too). Pure functions, so the rules are tested without a browser.
import type { components } from '../../../lib/api/client';
import { dueFromQuery, pageFromQuery, statusFromQuery, type ReferralStatus } from '../../../lib/referrals/list';

// The statuses, what is due and the shortcuts are the partner's inbox's too: they live in lib/.
export {
  dueOf,
  isTypingIn,
  shortcutOf,
  SOON_MS,
  STATUSES,
  waitsForOutcome,
  type Due,
  type ReferralStatus,
  type Shortcut,
} from '../../../lib/referrals/list';

export type Referral = components['schemas']['Referral'];

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days since the referral was created (0 on its first day). */
export function ageInDays(createdAt: string, now: number): number {
  const created = Date.parse(createdAt);
  return Number.isNaN(created) ? 0 : Math.max(0, Math.floor((now - created) / DAY_MS));
}

export interface DashboardFilter {
  readonly status: '' | ReferralStatus;
  readonly due: '' | 'soon' | 'overdue';
  readonly waiting: boolean;
  readonly sort: 'due' | 'created';
  readonly page: number;
}

export const DEFAULT_FILTER: DashboardFilter = { status: '', due: '', waiting: false, sort: 'due', page: 1 };
export const PAGE_SIZE = 50;

/**
 * The query of GET /api/v1/referrals. The server filters, sorts and pages (its clock decides what is
 * late), so a filter or an order holds across pages, not just within the page on screen.
 */
export function toReferralQuery(filter: DashboardFilter) {
  return {
    page: filter.page,
    size: PAGE_SIZE,
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.due ? { due: filter.due } : {}),
    ...(filter.waiting ? { waiting: true } : {}),
    ...(filter.sort !== 'due' ? { sort: filter.sort } : {}),
  };
}

/**
 * The filter in the dashboard's address (/desk?status=sent&due=soon…), so a reload, the back button or
 * a shared link gives the same list. Only codes travel there, never anything about a person; a value
 * that is not one of the codes is dropped, like any other input.
 */
export function filterFromQuery(query: Readonly<Record<string, string | undefined>>): DashboardFilter {
  return {
    status: statusFromQuery(query['status']),
    due: dueFromQuery(query['due']),
    waiting: query['waiting'] === '1',
    sort: query['sort'] === 'created' ? 'created' : 'due',
    page: pageFromQuery(query['page']),
  };
}

/** The address of a filter: the defaults are left out, so the plain dashboard stays /desk. */
export function filterToSearch(filter: DashboardFilter): string {
  const p = new URLSearchParams();
  if (filter.status) p.set('status', filter.status);
  if (filter.due) p.set('due', filter.due);
  if (filter.waiting) p.set('waiting', '1');
  if (filter.sort !== 'due') p.set('sort', filter.sort);
  if (filter.page > 1) p.set('page', String(filter.page));
  const search = p.toString();
  return search ? `?${search}` : '';
}
