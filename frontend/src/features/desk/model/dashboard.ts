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
  readonly sort: 'due' | 'age';
  readonly page: number;
}

export const DEFAULT_FILTER: DashboardFilter = { status: '', due: '', waiting: false, sort: 'due', page: 1 };
export const PAGE_SIZE = 50;

/** The query of GET /api/v1/referrals: the server filters the status and the due date and pages. */
export function toReferralQuery(filter: DashboardFilter, now: number) {
  const dueBefore =
    filter.due === 'overdue' ? new Date(now).toISOString() : filter.due === 'soon' ? new Date(now + SOON_MS).toISOString() : undefined;
  return {
    page: filter.page,
    size: PAGE_SIZE,
    ...(filter.status ? { status: filter.status } : {}),
    ...(dueBefore ? { dueBefore } : {}),
  };
}

/** What the server cannot filter (waiting for an outcome, due soon but not yet overdue), then the order. */
export function arrange(items: readonly Referral[], filter: DashboardFilter, now: number): Referral[] {
  const kept = items.filter(
    (r) => (!filter.waiting || waitsForOutcome(r)) && (filter.due === '' || dueOf(r, now) === filter.due),
  );
  const time = (iso: string | null | undefined, missing: number) => {
    const ms = iso ? Date.parse(iso) : Number.NaN;
    return Number.isNaN(ms) ? missing : ms;
  };
  return kept.sort((a, b) =>
    filter.sort === 'due'
      ? time(a.dueAt, Number.POSITIVE_INFINITY) - time(b.dueAt, Number.POSITIVE_INFINITY) || time(a.createdAt, 0) - time(b.createdAt, 0)
      : time(a.createdAt, 0) - time(b.createdAt, 0),
  );
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
