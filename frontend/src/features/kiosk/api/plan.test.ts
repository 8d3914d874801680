import { describe, expect, it } from 'vitest';
import { isPlanLink, takeReplay } from './plan';

describe('a plan opened from a link is a replay', () => {
  it('recognises the plan and print links that carry answers', () => {
    expect(isPlanLink('/kiosk/plan', '#n=housing&c=Nancy')).toBe(true);
    expect(isPlanLink('/kiosk/print', '#n=housing')).toBe(true);
    expect(isPlanLink('/kiosk/plan', '')).toBe(false);
    expect(isPlanLink('/kiosk/plan', '#')).toBe(false);
    expect(isPlanLink('/kiosk/needs', '#n=housing')).toBe(false);
    expect(isPlanLink('/kiosk/services/x', '#n=housing')).toBe(false);
  });

  it('counts a page that did not open on a plan link as a first plan', () => {
    // Vitest runs without a window: no plan link, so the first triage is not a replay.
    expect(takeReplay()).toBe(false);
    expect(takeReplay()).toBe(false);
  });
});
