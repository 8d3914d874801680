import { describe, expect, it } from 'vitest';
import { readConfig } from './config';
import { idleState, warningSeconds } from './idle';

describe('inactivity clock', () => {
  it('is active, then shows a countdown, then expires after the timeout', () => {
    expect(idleState(0, 10_000, 90)).toEqual({ phase: 'active', secondsLeft: 80 });
    expect(idleState(0, 70_000, 90)).toEqual({ phase: 'warning', secondsLeft: 20 });
    expect(idleState(0, 89_100, 90)).toEqual({ phase: 'warning', secondsLeft: 1 });
    expect(idleState(0, 90_000, 90)).toEqual({ phase: 'expired', secondsLeft: 0 });
  });

  it('warns for the last 20 s, or the last half of a short timeout', () => {
    expect(warningSeconds(90)).toBe(20);
    expect(warningSeconds(6)).toBe(3);
    expect(warningSeconds(1)).toBe(1);
  });

  it('is 90 s by default and can be set by a global hook or ?idle=', () => {
    expect(readConfig(undefined, '').idleSeconds).toBe(90);
    expect(readConfig({ idleSeconds: 5 }, '').idleSeconds).toBe(5);
    expect(readConfig({ idleSeconds: 5 }, '?idle=8').idleSeconds).toBe(8);
    expect(readConfig(undefined, '?idle=-3').idleSeconds).toBe(90);
  });
});
