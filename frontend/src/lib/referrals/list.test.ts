import { describe, expect, it } from 'vitest';
import { dueFromQuery, dueOf, isTypingIn, nextRow, pageFromQuery, shortcutOf, SOON_MS, statusFromQuery } from './list';

const NOW = Date.parse('2026-12-07T12:00:00Z');
const iso = (ms: number) => new Date(ms).toISOString();

describe('what is due', () => {
  it('is overdue past the date, soon within two days, and nothing once closed', () => {
    expect(dueOf({ status: 'sent', dueAt: iso(NOW - 1) }, NOW)).toBe('overdue');
    expect(dueOf({ status: 'sent', dueAt: iso(NOW + SOON_MS) }, NOW)).toBe('soon');
    expect(dueOf({ status: 'accepted', dueAt: iso(NOW + SOON_MS + 1) }, NOW)).toBe('later');
    expect(dueOf({ status: 'declined', dueAt: iso(NOW - 1) }, NOW)).toBe('none');
    expect(dueOf({ status: 'sent', dueAt: null }, NOW)).toBe('none');
  });
});

describe('codes read from an address', () => {
  it('keeps a known code and drops anything else', () => {
    expect(statusFromQuery('in-progress')).toBe('in-progress');
    expect(statusFromQuery('lost')).toBe('');
    expect(statusFromQuery(undefined)).toBe('');
    expect(dueFromQuery('overdue')).toBe('overdue');
    expect(dueFromQuery('tomorrow')).toBe('');
    expect(pageFromQuery('3')).toBe(3);
    expect(pageFromQuery('0')).toBe(1);
    expect(pageFromQuery('10001')).toBe(1);
    expect(pageFromQuery('x')).toBe(1);
  });
});

describe('keyboard shortcuts', () => {
  const el = (tagName: string, isContentEditable = false) => ({ tagName, isContentEditable }) as unknown as EventTarget;

  it('answer "/", j and k outside fields only, and leave the browser’s own shortcuts alone', () => {
    expect(shortcutOf({ key: '/', target: el('BODY') })).toBe('filter');
    expect(shortcutOf({ key: 'j', target: el('A') })).toBe('next');
    expect(shortcutOf({ key: 'k', target: el('BUTTON') })).toBe('previous');
    for (const tag of ['INPUT', 'TEXTAREA', 'SELECT']) {
      expect(isTypingIn(el(tag))).toBe(true);
      expect(shortcutOf({ key: 'j', target: el(tag) })).toBeUndefined();
    }
    expect(shortcutOf({ key: '/', target: el('DIV', true) })).toBeUndefined();
    expect(shortcutOf({ key: 'k', ctrlKey: true, target: el('BODY') })).toBeUndefined();
  });

  it('move one row at a time, from the top when nothing is focused, and stop at either end', () => {
    expect(nextRow('next', -1, 3)).toBe(0);
    expect(nextRow('next', 0, 3)).toBe(1);
    expect(nextRow('next', 2, 3)).toBe(2);
    expect(nextRow('previous', -1, 3)).toBe(0);
    expect(nextRow('previous', 2, 3)).toBe(1);
    expect(nextRow('previous', 0, 3)).toBe(0);
    expect(nextRow('next', -1, 0)).toBe(-1);
  });
});
