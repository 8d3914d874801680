// What the desk's dashboard and the partner's inbox share about a list of referrals: the statuses, what
// is due, the page number read from an address, and the keyboard shortcuts that move along the list.
// Pure functions, so the rules are tested without a browser.
import type { components } from '../api/client';

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

/** "Due soon" means due within the next two days (the server's ReferralRepository.SOON). */
export const SOON_MS = 2 * 24 * 60 * 60 * 1000;
/** The statuses still waiting on someone: only these can be due. */
const OPEN: ReadonlySet<ReferralStatus> = new Set(['draft', 'sent', 'accepted', 'in-progress']);
/** Accepted or in progress: the partner has it, the desk waits for the outcome. */
const WAITING: ReadonlySet<ReferralStatus> = new Set(['accepted', 'in-progress']);

export type Due = 'overdue' | 'soon' | 'later' | 'none';

export function dueOf(referral: { readonly status: ReferralStatus; readonly dueAt?: string | null }, now: number): Due {
  if (!referral.dueAt || !OPEN.has(referral.status)) return 'none';
  const due = Date.parse(referral.dueAt);
  if (Number.isNaN(due)) return 'none';
  if (due < now) return 'overdue';
  return due - now <= SOON_MS ? 'soon' : 'later';
}

export const waitsForOutcome = (referral: { readonly status: ReferralStatus }): boolean => WAITING.has(referral.status);

/** A status code from an address, or '' for anything that is not one. */
export function statusFromQuery(value: string | undefined): '' | ReferralStatus {
  return value && (STATUSES as readonly string[]).includes(value) ? (value as ReferralStatus) : '';
}

/** A due window from an address, or '' for anything that is not one. */
export function dueFromQuery(value: string | undefined): '' | 'soon' | 'overdue' {
  return value === 'soon' || value === 'overdue' ? value : '';
}

const MAX_PAGE = 10_000;

/** A page number from an address: a whole number from 1 to 10,000, else the first page. */
export function pageFromQuery(value: string | undefined): number {
  const page = Number.parseInt(value ?? '', 10);
  return Number.isInteger(page) && page >= 1 && page <= MAX_PAGE ? page : 1;
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

/** "/" goes to the filters, j and k move down and up the list (Enter then opens the focused row's link). */
export function shortcutOf(event: KeyLike): Shortcut | undefined {
  if (event.ctrlKey || event.metaKey || event.altKey || isTypingIn(event.target)) return undefined;
  if (event.key === '/') return 'filter';
  if (event.key === 'j') return 'next';
  if (event.key === 'k') return 'previous';
  return undefined;
}

/**
 * The index to focus after j or k, among `count` rows, from the row focused now (-1: none). j from
 * nowhere starts at the top; neither wraps round, so holding a key stops at an end.
 */
export function nextRow(shortcut: 'next' | 'previous', at: number, count: number): number {
  if (count === 0) return -1;
  return shortcut === 'next' ? Math.min(at + 1, count - 1) : Math.max(at === -1 ? 0 : at - 1, 0);
}
