// Kiosk settings. Tests (and a kiosk's launcher) can set window.__PASSERELLE_KIOSK__ before the app
// starts, e.g. { idleSeconds: 5 }; `?idle=5` on the first URL does the same by hand.
export interface KioskConfig {
  /** Seconds without input before the kiosk clears everything and goes home (docs/architecture.md rule 1). */
  readonly idleSeconds: number;
  /** The desk's home town, offered as a one-tap answer. */
  readonly homeCity: string;
  /** The time zone of the desk, for dates and times. */
  readonly timeZone: string;
  /** The complaint line shown on every screen (docs/architecture.md rule 11). */
  readonly complaintPhone: string;
  readonly complaintUrl: string;
}

declare global {
  interface Window {
    __PASSERELLE_KIOSK__?: Partial<KioskConfig>;
  }
}

export const DEFAULT_CONFIG: KioskConfig = {
  idleSeconds: 90,
  homeCity: 'Nancy',
  timeZone: 'Europe/Paris',
  complaintPhone: '09 69 39 00 00',
  complaintUrl: 'https://www.defenseurdesdroits.fr/',
};

function positive(value: unknown): number | undefined {
  const n = typeof value === 'string' ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) && n > 0 ? n : undefined;
}

/** Reads the config once at start: defaults, then the global hook, then ?idle= on the first URL. */
export function readConfig(hook: Partial<KioskConfig> | undefined, search: string): KioskConfig {
  const fromQuery = positive(new URLSearchParams(search).get('idle'));
  const idle = fromQuery ?? positive(hook?.idleSeconds) ?? DEFAULT_CONFIG.idleSeconds;
  return { ...DEFAULT_CONFIG, ...hook, idleSeconds: idle };
}
