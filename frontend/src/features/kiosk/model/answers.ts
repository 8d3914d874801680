// The person's answers: held in memory only, and carried in a URL fragment for the QR code and the
// print view (design.md rule 1). The status travels only when the person ticks "include my status".
import type { components } from '../../../lib/api/schema';
import { isLang, type Lang } from '../../../lib/i18n/languages';

export type AgeBand = components['schemas']['AgeBand'];
export type CefrLevel = components['schemas']['CefrLevel'];
export type Household = components['schemas']['Household1'];
export type StatusAnswer = components['schemas']['StatusAnswer'];
export type NeedsProfile = components['schemas']['NeedsProfile'];

export const AGE_BANDS: readonly AgeBand[] = ['under-18', '18-25', '26-30', '31-64', '65-plus'];
/** The French levels offered, in plain words on screen (no CEFR jargon). */
export const FRENCH_LEVELS: readonly CefrLevel[] = ['pre-A1', 'A1', 'A2', 'B1', 'B2'];
const ALL_CEFR: readonly CefrLevel[] = ['pre-A1', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2'];
export const HOUSEHOLDS: readonly Household[] = ['single', 'family'];
/** "I'd rather not say" comes first, always (design.md §3, firewall field). */
export const STATUSES: readonly StatusAnswer[] = [
  'prefer-not-to-say',
  'asylum-seeker',
  'refugee',
  'resettled-refugee',
  'residence-permit',
  'work-authorised',
  'undocumented',
];

export interface Answers {
  readonly needs: readonly string[];
  readonly ageBand?: AgeBand;
  readonly frenchLevel?: CefrLevel;
  readonly household?: Household;
  readonly city?: string;
  readonly status?: StatusAnswer;
}

export const NO_ANSWERS: Answers = { needs: [] };

const NEED = /^[a-z0-9-]{1,40}$/;
const MAX_NEEDS = 16;
const MAX_CITY = 80;

function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return value !== null && (values as readonly string[]).includes(value) ? (value as T) : undefined;
}

/** Where a plan URL was opened from: the kiosk itself, or a phone that scanned the QR code. */
export type Origin = 'kiosk' | 'qr';

export interface PlanLink {
  readonly lang?: Lang;
  readonly answers: Answers;
  readonly origin: Origin;
}

/**
 * The fragment for a plan: l (language), n (needs), a (age band), f (French level), h (household),
 * c (city), s (status, only when includeStatus), o=qr for the phone link. Never a name.
 */
export function encodeFragment(
  lang: Lang,
  answers: Answers,
  options: { includeStatus: boolean; origin?: Origin },
): string {
  const p = new URLSearchParams();
  p.set('l', lang);
  p.set('n', answers.needs.join(','));
  if (answers.ageBand) p.set('a', answers.ageBand);
  if (answers.frenchLevel) p.set('f', answers.frenchLevel);
  if (answers.household) p.set('h', answers.household);
  if (answers.city) p.set('c', answers.city);
  if (options.includeStatus && answers.status) p.set('s', answers.status);
  if (options.origin === 'qr') p.set('o', 'qr');
  return p.toString();
}

/** Reads a fragment back, keeping only well-formed values (a fragment is input like any other). */
export function decodeFragment(fragment: string): PlanLink {
  const p = new URLSearchParams(fragment.replace(/^#/, ''));
  const needs = [...new Set((p.get('n') ?? '').split(',').filter((n) => NEED.test(n)))].slice(0, MAX_NEEDS);
  const city = (p.get('c') ?? '').trim().slice(0, MAX_CITY);
  const answers: Answers = {
    needs,
    ...optional('ageBand', oneOf(AGE_BANDS, p.get('a'))),
    ...optional('frenchLevel', oneOf(ALL_CEFR, p.get('f'))),
    ...optional('household', oneOf(HOUSEHOLDS, p.get('h'))),
    ...optional('city', city === '' ? undefined : city),
    ...optional('status', oneOf(STATUSES, p.get('s'))),
  };
  const l = p.get('l');
  return { ...(isLang(l) ? { lang: l } : {}), answers, origin: p.get('o') === 'qr' ? 'qr' : 'kiosk' };
}

function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}

/** The triage body: only what the person gave; the kiosk language counts as a language they read. */
export function toNeedsProfile(answers: Answers, lang: Lang): NeedsProfile {
  return {
    needs: [...answers.needs],
    ...optional('ageBand', answers.ageBand),
    ...optional('frenchLevel', answers.frenchLevel),
    ...optional('household', answers.household),
    ...optional('city', answers.city),
    ...optional('status', answers.status),
    languages: [lang],
  };
}

export function hasAnyAnswer(answers: Answers): boolean {
  return Boolean(answers.ageBand || answers.frenchLevel || answers.household || answers.city || answers.status);
}
