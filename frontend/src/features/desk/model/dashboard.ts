// The desk's dashboard: what is due, what waits for an outcome, and how the list is filtered, sorted and
// driven from the keyboard. Pure functions, so the rules are tested without a browser.
import type { components } from '../../../lib/api/client';

export type Referral = components['schemas']['Referral'];
export type ReferralStatus = components['schemas']['ReferralStatus'];

export const STATUSES: readonly ReferralStatus[] = [
  'draft',
  'sent',
  'accepted',
  'declined',
  'in-progress',
  'completed',
  'no-show',
  'cancelled',
  'expired',
];

/** "Due soon" means due within the next two days. */
export const SOON_MS = 2 * 24 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
/** The statuses still waiting on someone: only these can be due. */
const OPEN: ReadonlySet<ReferralStatus> = new Set(['draft', 'sent', 'accepted', 'in-progress']);
/** Accepted or in progress: the partner has it, the desk waits for the outcome. */
const WAITING: ReadonlySet<ReferralStatus> = new Set(['accepted', 'in-progress']);

export type Due = 'overdue' | 'soon' | 'later' | 'none';

export function dueOf(referral: Pick<Referral, 'status' | 'dueAt'>, now: number): Due {
  if (!referral.dueAt || !OPEN.has(referral.status)) return 'none';
  const due = Date.parse(referral.dueAt);
  if (Number.isNaN(due)) return 'none';
  if (due < now) return 'overdue';
  return due - now <= SOON_MS ? 'soon' : 'later';
}

export const waitsForOutcome = (referral: Pick<Referral, 'status'>): boolean => WAITING.has(referral.status);

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
const MAX_PAGE = 10_000;

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
  const status = query['status'];
  const due = query['due'];
  const page = Number.parseInt(query['page'] ?? '', 10);
  return {
    status: status && (STATUSES as readonly string[]).includes(status) ? (status as ReferralStatus) : '',
    due: due === 'soon' || due === 'overdue' ? due : '',
    waiting: query['waiting'] === '1',
    sort: query['sort'] === 'created' ? 'created' : 'due',
    page: Number.isInteger(page) && page >= 1 && page <= MAX_PAGE ? page : 1,
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

export type Shortcut = 'filter' | 'next' | 'previous';

interface KeyLike {
  readonly key: string;
  readonly ctrlKey?: boolean;
  readonly metaKey?: boolean;
  readonly altKey?: boolean;
  readonly target: EventTarget | null;
}

/** True when the key goes into a field: a shortcut never steals a letter someone is typing. */
export function isTypingIn(target: EventTarget | null): boolean {
  if (!target || typeof target !== 'object' || !('tagName' in target)) return false;
  const element = target as { tagName: string; isContentEditable?: boolean };
  const tag = element.tagName.toUpperCase();
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || element.isContentEditable === true;
}

/** "/" goes to the filters, j and k move down and up the list (Enter then opens the focused case). */
export function shortcutOf(event: KeyLike): Shortcut | undefined {
  if (event.ctrlKey || event.metaKey || event.altKey || isTypingIn(event.target)) return undefined;
  if (event.key === '/') return 'filter';
  if (event.key === 'j') return 'next';
  if (event.key === 'k') return 'previous';
  return undefined;
}
