// The kiosk's answers, in memory only: never in localStorage, sessionStorage or cookies (docs/architecture.md rule 1).
import { useEffect, useState } from 'preact/hooks';
import { NO_ANSWERS, type Answers, type Origin } from '../../../lib/triage/answers';

export interface KioskState {
  readonly answers: Answers;
  /** Whether the status goes into the QR code and the printed link (ticked by the person). */
  readonly includeStatus: boolean;
  /** qr when this plan was opened on a phone from the QR code: no inactivity reset there. */
  readonly origin: Origin;
}

const INITIAL: KioskState = { answers: NO_ANSWERS, includeStatus: false, origin: 'kiosk' };
let state: KioskState = INITIAL;
const listeners = new Set<(s: KioskState) => void>();

export function getKiosk(): KioskState {
  return state;
}

export function setKiosk(patch: Partial<KioskState>): void {
  state = { ...state, ...patch };
  listeners.forEach((l) => l(state));
}

export function setAnswers(patch: Partial<Answers>): void {
  setKiosk({ answers: { ...state.answers, ...patch } });
}

/** Forgets everything the person said. */
export function resetKiosk(): void {
  state = INITIAL;
  listeners.forEach((l) => l(state));
}

export function useKiosk(): KioskState {
  const [value, setValue] = useState(state);
  useEffect(() => {
    listeners.add(setValue);
    setValue(state);
    return () => {
      listeners.delete(setValue);
    };
  }, []);
  return value;
}

/** Removes one answer (a question answered with an empty field). */
export function clearAnswer(field: Exclude<keyof Answers, 'needs'>): void {
  const next: Record<string, unknown> = { ...state.answers };
  delete next[field];
  setKiosk({ answers: next as unknown as Answers });
}

