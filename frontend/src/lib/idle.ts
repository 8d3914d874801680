// The inactivity clock of the kiosk (docs/architecture.md rule 1) and of the staff shell's lock, kept pure so it can be tested without timers.
export type IdlePhase = 'active' | 'warning' | 'expired';

export interface IdleState {
  readonly phase: IdlePhase;
  /** Whole seconds left before the reset. */
  readonly secondsLeft: number;
}

/** The countdown shows for the last 20 s, or the last half when the timeout is short (tests). */
export function warningSeconds(idleSeconds: number): number {
  return Math.max(1, Math.min(20, Math.floor(idleSeconds / 2)));
}

/** `warnFor`: the seconds of countdown (the kiosk's 20 s by default; the staff shell warns a minute ahead). */
export function idleState(
  lastInputMs: number,
  nowMs: number,
  idleSeconds: number,
  warnFor: number = warningSeconds(idleSeconds),
): IdleState {
  const left = Math.max(0, idleSeconds * 1000 - (nowMs - lastInputMs));
  const secondsLeft = Math.ceil(left / 1000);
  if (left <= 0) {
    return { phase: 'expired', secondsLeft: 0 };
  }
  return { phase: secondsLeft <= warnFor ? 'warning' : 'active', secondsLeft };
}
