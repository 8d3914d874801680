import { describe, expect, it } from 'vitest';
import { areasFor, canOpen, signInUrl } from './areas';

describe('staff areas', () => {
  it('opens each area to its one role only', () => {
    expect(canOpen(['agent'], 'desk')).toBe(true);
    expect(canOpen(['partner'], 'desk')).toBe(false);
    expect(canOpen(['coordinator'], 'desk')).toBe(false);
    expect(canOpen(['partner'], 'partner')).toBe(true);
    expect(canOpen(['agent'], 'admin')).toBe(false);
    expect(canOpen(['coordinator'], 'admin')).toBe(true);
  });

  it('lists the areas of a person in navigation order', () => {
    expect(areasFor(['coordinator', 'agent'])).toEqual(['desk', 'admin']);
    expect(areasFor([])).toEqual([]);
  });

  it('signs in and comes back to the same path, encoded', () => {
    expect(signInUrl('/desk')).toBe('/login?return=%2Fdesk');
    expect(signInUrl('/desk/cases?x=1&y=2')).toBe('/login?return=%2Fdesk%2Fcases%3Fx%3D1%26y%3D2');
  });
});
