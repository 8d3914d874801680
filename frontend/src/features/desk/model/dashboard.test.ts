import { describe, expect, it } from 'vitest';
import {
  ageInDays,
  arrange,
  DEFAULT_FILTER,
  dueOf,
  isTypingIn,
  shortcutOf,
  SOON_MS,
  toReferralQuery,
  waitsForOutcome,
  type Referral,
} from './dashboard';

const NOW = Date.parse('2026-12-07T12:00:00Z');
const HOUR = 3600_000;
const iso = (ms: number) => new Date(ms).toISOString();

let n = 0;
function referral(patch: Partial<Referral>): Referral {
  n++;
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    caseId: `10000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    caseReference: `PAS-2026-${String(n).padStart(6, '0')}`,
    service: { id: 's', slug: 's', name: 'Service' },
    organization: { id: 'o', slug: 'o', name: 'Org' },
    status: 'sent',
    createdAt: iso(NOW - 24 * HOUR),
    allowed: [],
    version: 1,
    ...patch,
  };
}

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

describe('filters and sorting', () => {
  const overdue = referral({ dueAt: iso(NOW - HOUR), createdAt: iso(NOW - 10 * 24 * HOUR) });
  const soon = referral({ status: 'accepted', dueAt: iso(NOW + HOUR), createdAt: iso(NOW - 2 * 24 * HOUR) });
  const later = referral({ status: 'in-progress', dueAt: iso(NOW + 5 * 24 * HOUR), createdAt: iso(NOW - 20 * 24 * HOUR) });
  const undated = referral({ status: 'completed', dueAt: null, createdAt: iso(NOW - 30 * 24 * HOUR) });
  const all = [later, undated, soon, overdue];
  const refs = (items: Referral[]) => items.map((r) => r.caseReference);

  it('asks the server for the status and the due limit, never for more than a page', () => {
    expect(toReferralQuery(DEFAULT_FILTER, NOW)).toEqual({ page: 1, size: 50 });
    expect(toReferralQuery({ ...DEFAULT_FILTER, status: 'sent', due: 'overdue', page: 3 }, NOW)).toEqual({
      page: 3,
      size: 50,
      status: 'sent',
      dueBefore: '2026-12-07T12:00:00.000Z',
    });
    expect(toReferralQuery({ ...DEFAULT_FILTER, due: 'soon' }, NOW).dueBefore).toBe('2026-12-09T12:00:00.000Z');
  });

  it('sorts by due date, soonest first, the undated last', () => {
    expect(refs(arrange(all, DEFAULT_FILTER, NOW))).toEqual(refs([overdue, soon, later, undated]));
  });

  it('sorts by age, oldest first', () => {
    expect(refs(arrange(all, { ...DEFAULT_FILTER, sort: 'age' }, NOW))).toEqual(refs([undated, later, overdue, soon]));
  });

  it('keeps what is due soon apart from what is overdue', () => {
    expect(refs(arrange(all, { ...DEFAULT_FILTER, due: 'soon' }, NOW))).toEqual(refs([soon]));
    expect(refs(arrange(all, { ...DEFAULT_FILTER, due: 'overdue' }, NOW))).toEqual(refs([overdue]));
  });

  it('keeps only what waits for an outcome', () => {
    expect(refs(arrange(all, { ...DEFAULT_FILTER, waiting: true }, NOW))).toEqual(refs([soon, later]));
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
