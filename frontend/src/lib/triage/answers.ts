// The person's answers: held in memory only, and carried in a URL fragment for the QR code and the
// print view (docs/architecture.md rule 1). The status travels only when the person ticks "include my status".
import type { components } from '../api/schema';
import { isLang, type Lang } from '../i18n/languages';
import type { MessageKey } from '../i18n/messages/en';

export type AgeBand = components['schemas']['AgeBand'];
export type CefrLevel = components['schemas']['CefrLevel'];
export type Household = components['schemas']['Household1'];
export type StatusAnswer = components['schemas']['StatusAnswer'];
export type NeedsProfile = components['schemas']['NeedsProfile'];

export const AGE_BANDS: readonly AgeBand[] = ['under-18', '18-25', '26-30', '31-64', '65-plus'];
const ALL_CEFR: readonly CefrLevel[] = ['pre-A1', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2'];
/**
 * The French question's options, in plain words, and what each means for the triage. "None, or a few
 * words" is a beginner before A1 (pre-A1); "I am learning to read and write" is pre-A1 too and also
 * declares the low-literacy special criterion (opt-in: the person chose that answer).
 */
export interface FrenchChoice {
  readonly id: 'literacy' | 'none' | 'A2' | 'B1' | 'B2';
  readonly label: MessageKey;
  readonly level: CefrLevel;
  readonly lowLiteracy: boolean;
}
export const FRENCH_CHOICES: readonly FrenchChoice[] = [
  { id: 'literacy', label: 'q.french.pre-A1', level: 'pre-A1', lowLiteracy: true },
  { id: 'none', label: 'q.french.A1', level: 'pre-A1', lowLiteracy: false },
  { id: 'A2', label: 'q.french.A2', level: 'A2', lowLiteracy: false },
  { id: 'B1', label: 'q.french.B1', level: 'B1', lowLiteracy: false },
  { id: 'B2', label: 'q.french.B2', level: 'B2', lowLiteracy: false },
];

/** The option an answer stands for (a level from an older link, A1, reads as "a few words"). */
export function frenchChoiceOf(answers: Answers): FrenchChoice | undefined {
  const level = answers.frenchLevel;
  if (level === undefined) return undefined;
  if (level === 'pre-A1' || level === 'A1') return FRENCH_CHOICES[answers.lowLiteracy ? 0 : 1];
  return FRENCH_CHOICES.find((c) => c.level === level) ?? (level === 'C1' || level === 'C2' ? FRENCH_CHOICES[4] : undefined);
}

/** The answers a French option gives. */
export function frenchAnswer(choice: FrenchChoice): Pick<Answers, 'frenchLevel' | 'lowLiteracy'> {
  return { frenchLevel: choice.level, lowLiteracy: choice.lowLiteracy ? true : undefined };
}

export const HOUSEHOLDS: readonly Household[] = ['single', 'family'];
/**
 * "I'd rather not say" comes first, always (docs/architecture.md §8, status firewall); then temporary
 * protection (people who fled Ukraine) and recognised statelessness, then the others.
 */
export const STATUSES: readonly StatusAnswer[] = [
  'prefer-not-to-say',
  'temporary-protection',
  'stateless',
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
  /** Finds reading and writing hard: the low-literacy special criterion, declared by the French answer. */
  readonly lowLiteracy?: true | undefined;
  readonly household?: Household;
  readonly city?: string;
  /** The postcode that goes with the town (a homonym told apart, or typed instead of a town): five digits. */
  readonly postcode?: string;
  readonly status?: StatusAnswer;
}

export const NO_ANSWERS: Answers = { needs: [] };

const NEED = /^[a-z0-9-]{1,40}$/;
const MAX_NEEDS = 16;
const MAX_CITY = 80;
const POSTCODE = /^\d{5}$/;

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
 * r=1 (learning to read and write), c (city), p (postcode), s (status, only when includeStatus), o=qr for the phone
 * link. Never a name.
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
  if (answers.lowLiteracy) p.set('r', '1');
  if (answers.household) p.set('h', answers.household);
  if (answers.city) p.set('c', answers.city);
  if (answers.postcode) p.set('p', answers.postcode);
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
    ...optional('lowLiteracy', p.get('r') === '1' ? (true as const) : undefined),
    ...optional('household', oneOf(HOUSEHOLDS, p.get('h'))),
    ...optional('city', city === '' ? undefined : city),
    ...optional('postcode', POSTCODE.test(p.get('p') ?? '') ? (p.get('p') as string) : undefined),
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
    ...optional('postcode', answers.postcode),
    ...optional('status', answers.status),
    languages: [lang],
    ...(answers.lowLiteracy ? { specialCriteria: ['low-literacy'] } : {}),
  };
}

/** The answers with the status left out (paper and links without "include my status"). */
export function withoutStatus(answers: Answers): Answers {
  const { status: _status, ...rest } = answers;
  return rest;
}

export function hasAnyAnswer(answers: Answers): boolean {
  return Boolean(
    answers.ageBand || answers.frenchLevel || answers.household || answers.city || answers.postcode || answers.status,
  );
}

