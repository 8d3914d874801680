// Turns the engine's reasons (message keys with parameters) into plain sentences in the chosen language.
import type { components } from '../api/schema';
import type { MessageKey } from '../i18n/messages/en';
import type { T } from '../i18n/translate';
import type { Formatters } from '../format';

export type Reason = components['schemas']['Reason'];
export type Effect = components['schemas']['Effect'];
export type TerritoryScope = components['schemas']['TerritoryScope'];

/** Where a reason is shown. */
export interface ReasonContext {
  /** False on paper without "include my status": no line that hints at the status the person gave. */
  readonly showStatus?: boolean;
  /**
   * The one-stop-shop desk is the offer's way in (nothing else is known): "hours not known, call before
   * you go" would send the person to a number nobody has, so the line is left out; the desk's hours show.
   */
  readonly deskIsTheWayIn?: boolean;
}

/** Wraps a value inside a sentence in Unicode isolates, so a Latin name does not scramble an RTL line. */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}

export interface ReasonLine {
  readonly effect: Effect;
  readonly text: string;
}

/**
 * The special criteria the kiosk has words for, in every kiosk language: a person may declare one (opt-in), and a
 * service made for it is put first for them. The partner's service page offers the same list.
 */
export const KNOWN_CRITERIA = [
  'lgbtqi',
  'unaccompanied-minor',
  'torture-survivor',
  'homeless',
  'elderly-or-disability',
  'women-far-from-employment',
  'psychological-distress',
  'low-literacy',
  'allophone',
  'business-project',
] as const;
const CRITERIA: ReadonlySet<string> = new Set(KNOWN_CRITERIA);
const STATUSES = new Set([
  'asylum-seeker',
  'refugee',
  'resettled-refugee',
  'residence-permit',
  'work-authorised',
  'undocumented',
  'temporary-protection',
  'stateless',
  'any',
]);
const CEFR = new Set(['pre-A1', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2']);

function num(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function cefr(t: T, value: unknown): string | undefined {
  const level = str(value);
  return level && CEFR.has(level) ? t(`cefr.${level}` as MessageKey) : undefined;
}

function statuses(t: T, f: Formatters, value: unknown): string {
  const list = Array.isArray(value) ? value.filter((s): s is string => typeof s === 'string') : [];
  return f.list(list.filter((s) => STATUSES.has(s)).map((s) => t(`status.${s}` as MessageKey)));
}

function criterion(t: T, value: unknown): string {
  const code = str(value);
  return code && CRITERIA.has(code) ? t(`criterion.${code}` as MessageKey) : t('criterion.other');
}

/** The sentence for one reason, or undefined for a key this version does not know (never shown raw). */
export function reasonText(reason: Reason, t: T, f: Formatters, context: ReasonContext = {}): string | undefined {
  const p = reason.params ?? {};
  switch (reason.key) {
    case 'status.matches':
      return context.showStatus === false ? undefined : t('reason.status.matches');
    case 'status.any':
    case 'status.not-stated':
    case 'status.work-authorisation':
      return t(`reason.${reason.key}`);
    case 'status.required':
    case 'status.not-covered': {
      // "Only for: ." says nothing.
      const list = statuses(t, f, p['statuses']);
      return list === '' ? undefined : t(`reason.${reason.key}`, { statuses: list });
    }
    case 'age.range': {
      const min = num(p['min']);
      const max = num(p['max']);
      if (min !== undefined && max !== undefined) return t('reason.age.between', { min: f.number(min), max: f.number(max) });
      if (min !== undefined) return t('reason.age.min', { min: f.number(min) });
      if (max !== undefined) return t('reason.age.max', { max: f.number(max) });
      return undefined;
    }
    case 'french.range': {
      const min = cefr(t, p['min']);
      const max = cefr(t, p['max']);
      if (min && max) return t('reason.french.between', { min, max });
      if (min) return t('reason.french.min', { min });
      if (max) return t('reason.french.max', { max });
      return undefined;
    }
    case 'french.below-min':
      return t('reason.french.below-min', { min: cefr(t, p['min']) ?? '' });
    case 'french.above-max':
    case 'french.already-at-target':
      return t(`reason.${reason.key}`);
    case 'gender.only': {
      const genders = Array.isArray(p['genders']) ? p['genders'] : [];
      if (genders.length === 1 && genders[0] === 'female') return t('reason.gender.female');
      if (genders.length === 1 && genders[0] === 'male') return t('reason.gender.male');
      return t('reason.gender.other');
    }
    case 'household.only':
      return p['household'] === 'family' ? t('reason.household.family') : t('reason.household.single');
    case 'criterion.required':
    case 'criterion.declared':
      return t(`reason.${reason.key}`, { criterion: criterion(t, p['criterion']) });
    case 'territory.local':
    case 'territory.elsewhere': {
      const area = str(p['area']);
      return area ? t(`reason.${reason.key}`, { area: isolate(area) }) : undefined;
    }
    // An offer that names no place (decision 0007): usable from anywhere without travelling, through
    // branches to ask about, or not known, which is never to read as "everywhere".
    case 'territory.remote':
      return t('reason.territory.remote');
    case 'territory.network':
      return t('reason.territory.network');
    case 'territory.unknown':
      return t('reason.territory.unknown');
    case 'public.adult-housing':
      return t('reason.public.adult-housing');
    case 'public.adults-only': {
      const min = num(p['min']);
      return min !== undefined ? t('reason.public.adults-only.min', { min: f.number(min) }) : t('reason.public.adults-only');
    }
    case 'age.for-your-children': {
      const min = num(p['min']);
      const max = num(p['max']);
      if (min !== undefined && max !== undefined && min > 0) {
        return t('reason.children.between', { min: f.number(min), max: f.number(max) });
      }
      if (max !== undefined) return t('reason.children.max', { max: f.number(max) });
      return t('reason.children.any');
    }
    case 'access.walk-in':
    case 'access.self-referral':
    case 'access.professional-referral':
      return t(`reason.${reason.key}`);
    case 'access.ask':
      // "Ask them how to get in" is what a person does anyway: it tells them nothing.
      return undefined;
    case 'access.committee': {
      const min = num(p['minWeeks']);
      const max = num(p['maxWeeks']) ?? min;
      return min !== undefined && max !== undefined
        ? t('reason.access.committee.weeks', { min: f.number(min), max: f.number(max) })
        : t('reason.access.committee');
    }
    case 'hours.open-now':
    case 'hours.closed-now': {
      const text = t(`reason.${reason.key}`, { until: f.time(str(p['until']) ?? '') });
      return p['illustrative'] === true ? `${text} ${t('reason.hours.illustrative')}` : text;
    }
    case 'hours.not-known':
      return context.deskIsTheWayIn ? undefined : t('reason.hours.not-known');
    default:
      return undefined;
  }
}

/**
 * The reasons of an offer as lines, in the engine's order; inferred facts are flagged, never asserted.
 * Lines that carry no information for the person are left out (see reasonText).
 */
export function reasonLines(reasons: readonly Reason[], t: T, f: Formatters, context: ReasonContext = {}): ReasonLine[] {
  const lines: ReasonLine[] = [];
  for (const reason of reasons) {
    const text = reasonText(reason, t, f, context);
    if (text !== undefined) {
      lines.push({ effect: reason.effect, text: reason.inferred ? `${text} ${t('reason.inferred')}` : text });
    }
  }
  return lines;
}
