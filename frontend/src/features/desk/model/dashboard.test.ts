import { describe, expect, it } from 'vitest';
import {
  ageInDays,
  DEFAULT_FILTER,
  dueOf,
  filterFromQuery,
  filterToSearch,
  isTypingIn,
  shortcutOf,
  SOON_MS,
  toReferralQuery,
  waitsForOutcome,
} from './dashboard';

const NOW = Date.parse('2026-12-07T12:00:00Z');
const HOUR = 3600_000;
const iso = (ms: number) => new Date(ms).toISOString();

describe('what is due', () => {
  it('is overdue once the due date has passed, soon within two days, later after', () => {
    expect(dueOf({ status: 'sent', dueAt: iso(NOW - 1000) }, NOW)).toBe('overdue');
    expect(dueOf({ status: 'sent', dueAt: iso(NOW - 1) }, NOW)).toBe('overdue');
    expect(dueOf({ status: 'sent', dueAt: iso(NOW) }, NOW)).toBe('soon');
    expect(dueOf({ status: 'sent', dueAt: iso(NOW + 1000) }, NOW)).toBe('soon');
    expect(dueOf({ status: 'accepted', dueAt: iso(NOW + SOON_MS) }, NOW)).toBe('soon');
    expect(dueOf({ status: 'in-progress', dueAt: iso(NOW + SOON_MS + 1000) }, NOW)).toBe('later');
  });

  it('is nothing for a referral without a due date or already closed', () => {
    expect(dueOf({ status: 'sent', dueAt: null }, NOW)).toBe('none');
    for (const status of ['declined', 'completed', 'no-show', 'cancelled', 'expired'] as const) {
      expect(dueOf({ status, dueAt: iso(NOW - HOUR) }, NOW)).toBe('none');
    }
  });

  it('waits for an outcome when accepted or in progress only', () => {
    expect(waitsForOutcome({ status: 'accepted' })).toBe(true);
    expect(waitsForOutcome({ status: 'in-progress' })).toBe(true);
    expect(waitsForOutcome({ status: 'sent' })).toBe(false);
    expect(waitsForOutcome({ status: 'completed' })).toBe(false);
  });

  it('counts the age in whole days', () => {
    expect(ageInDays(iso(NOW - 1000), NOW)).toBe(0);
    expect(ageInDays(iso(NOW - 49 * HOUR), NOW)).toBe(2);
  });
});

describe('filters, sorting and the address', () => {
  it('asks the server to filter, sort and page, never for more than a page', () => {
    expect(toReferralQuery(DEFAULT_FILTER)).toEqual({ page: 1, size: 50 });
    expect(toReferralQuery({ status: 'sent', due: 'overdue', waiting: true, sort: 'created', page: 3 })).toEqual({
      page: 3,
      size: 50,
      status: 'sent',
      due: 'overdue',
      waiting: true,
      sort: 'created',
    });
  });

  it('round-trips every filter through the address, the defaults left out', () => {
    const filter = { status: 'accepted', due: 'soon', waiting: true, sort: 'created', page: 4 } as const;
    const search = filterToSearch(filter);
    expect(search).toBe('?status=accepted&due=soon&waiting=1&sort=created&page=4');
    expect(filterFromQuery(Object.fromEntries(new URLSearchParams(search)))).toEqual(filter);
    expect(filterToSearch(DEFAULT_FILTER)).toBe('');
    expect(filterFromQuery({})).toEqual(DEFAULT_FILTER);
  });

  it('drops what is not a code, like any other input', () => {
    expect(
      filterFromQuery({ status: 'lost', due: 'tomorrow', waiting: 'yes', sort: 'name', page: '-2' }),
    ).toEqual(DEFAULT_FILTER);
    expect(filterFromQuery({ page: '99999999' }).page).toBe(1);
    expect(filterFromQuery({ page: '2.5' }).page).toBe(2);
  });
});

describe('keyboard shortcuts', () => {
  const el = (tagName: string, isContentEditable = false) => ({ tagName, isContentEditable }) as unknown as EventTarget;

  it('answer "/", j and k outside fields', () => {
    expect(shortcutOf({ key: '/', target: el('BODY') })).toBe('filter');
    expect(shortcutOf({ key: 'j', target: el('A') })).toBe('next');
    expect(shortcutOf({ key: 'k', target: el('BUTTON') })).toBe('previous');
    expect(shortcutOf({ key: 'x', target: el('BODY') })).toBeUndefined();
  });

  it('never fire while typing in a field', () => {
    for (const tag of ['INPUT', 'TEXTAREA', 'SELECT', 'input']) {
      expect(isTypingIn(el(tag))).toBe(true);
      for (const key of ['/', 'j', 'k']) expect(shortcutOf({ key, target: el(tag) })).toBeUndefined();
    }
    expect(shortcutOf({ key: 'j', target: el('DIV', true) })).toBeUndefined();
  });

  it('leave the browser’s own shortcuts alone', () => {
    expect(shortcutOf({ key: 'k', ctrlKey: true, target: el('BODY') })).toBeUndefined();
    expect(shortcutOf({ key: 'j', metaKey: true, target: el('BODY') })).toBeUndefined();
    expect(shortcutOf({ key: '/', altKey: true, target: el('BODY') })).toBeUndefined();
  });
});
