// Staff shell settings. Tests can set window.__PASSERELLE_STAFF__ = { idleSeconds: 5 } before the app
// starts, or `?idle=5` on the first URL; a desk PC's launcher can do the same.
export interface StaffConfig {
  /** Seconds without input before a shared desk PC signs its user out (docs/decisions/0011-staff-shell.md). */
  readonly idleSeconds: number;
}

declare global {
  interface Window {
    __PASSERELLE_STAFF__?: Partial<StaffConfig>;
  }
}

export const DEFAULT_STAFF_CONFIG: StaffConfig = { idleSeconds: 10 * 60 };

function positive(value: unknown): number | undefined {
  const n = typeof value === 'string' ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) && n > 0 ? n : undefined;
}

export function readStaffConfig(hook: Partial<StaffConfig> | undefined, search: string): StaffConfig {
  const idle = positive(new URLSearchParams(search).get('idle')) ?? positive(hook?.idleSeconds);
  return { idleSeconds: idle ?? DEFAULT_STAFF_CONFIG.idleSeconds };
}

/** A minute of warning before the sign-out, or half the time when it is short (tests). */
export function staffWarningSeconds(idleSeconds: number): number {
  return Math.max(1, Math.min(60, Math.floor(idleSeconds / 2)));
}
