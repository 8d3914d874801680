// The visit's pure rules (issue 17, parts 2 to 4): the offers picked for referral, the consent's scope,
// the printed slips when there is no consent, the person's minimum, and the bodies of the case and its
// referrals. Everything here works on values in memory; nothing is stored by the page (rule 1).
import * as v from 'valibot';
import type { components, PlannedOffer } from '../../../lib/api/client';
import type { Lang } from '../../../lib/i18n/languages';
import type { StaffT } from '../../../lib/i18n/staff';
import { STATUSES, type Answers } from '../../../lib/triage/answers';
import { NOTE_MAX } from './case-forms';

export type OrganizationRef = components['schemas']['OrganizationRef'];
export type ServiceSummary = components['schemas']['ServiceSummary'];
export type Service = components['schemas']['Service'];
export type PersonField = components['schemas']['PersonField'];
export type ContactChannel = components['schemas']['ContactChannel'];
export type PersonStatus = components['schemas']['PersonStatus'];
export type CaseInput = components['schemas']['CaseInput'];
export type ReferralInput = components['schemas']['ReferralInput'];
export type ConsentText = components['schemas']['ConsentText'];

/** An offer picked for referral: from the plan (with the need it answers) or from the catalogue search. */
export interface Pick {
  readonly id: string;
  readonly slug: string;
  readonly name: string;
  /** The language of the name (the API may fall back). */
  readonly lang?: string | undefined;
  readonly organization: OrganizationRef;
  readonly need?: string | undefined;
  readonly from: 'plan' | 'search';
}

export function fromOffer(offer: PlannedOffer, need: string): Pick {
  return { id: offer.id, slug: offer.slug, name: offer.name, lang: offer.lang ?? undefined, organization: offer.organization, need, from: 'plan' };
}

/** A service found in the catalogue answers the first of the person's needs among its domains, if any. */
export function fromSearch(service: ServiceSummary, needs: readonly string[]): Pick {
  const need = service.domains.find((d) => needs.includes(d));
  return {
    id: service.id,
    slug: service.slug,
    name: service.name,
    lang: service.lang ?? undefined,
    organization: service.organization,
    need,
    from: 'search',
  };
}

export const isPicked = (selection: readonly Pick[], slug: string): boolean => selection.some((p) => p.slug === slug);

/** Adds an offer once: picked under a second need, it keeps the first. */
export function withPick(selection: readonly Pick[], pick: Pick): Pick[] {
  return isPicked(selection, pick.slug) ? [...selection] : [...selection, pick];
}

export function withoutPick(selection: readonly Pick[], slug: string): Pick[] {
  return selection.filter((p) => p.slug !== slug);
}

/** The organisations of the picked offers, each once, in the order picked. */
export function organizationsOf(selection: readonly Pick[]): OrganizationRef[] {
  const seen = new Map<string, OrganizationRef>();
  for (const pick of selection) if (!seen.has(pick.organization.slug)) seen.set(pick.organization.slug, pick.organization);
  return [...seen.values()];
}

// ---- Consent --------------------------------------------------------------------------------------------

export const PERSON_FIELDS: readonly PersonField[] = ['name', 'contactChannel', 'birthYear', 'status'];

/** Which organisations may receive a referral, and what they may see once they accept it. */
export interface ConsentScope {
  readonly organizations: readonly string[];
  readonly fields: readonly PersonField[];
}

/** Every organisation of the offers picked; every field but the status, which the agent ticks only when it serves. */
export function defaultScope(selection: readonly Pick[]): ConsentScope {
  return { organizations: organizationsOf(selection).map((o) => o.slug), fields: ['name', 'contactChannel', 'birthYear'] };
}

export function toggled<T>(list: readonly T[], item: T, on: boolean): T[] {
  return on ? (list.includes(item) ? [...list] : [...list, item]) : list.filter((x) => x !== item);
}

/** The consent the person gave, with the text shown: nothing is sent to the server before the case is opened. */
export interface RecordedConsent {
  readonly scope: ConsentScope;
  readonly textVersion: string;
  readonly textLang: string;
}

export type ConsentProblem = 'no-text' | 'not-agreed' | 'no-organization';

/** Why consent cannot be recorded yet, or undefined: the text shown, "the person agrees", one organisation at least. */
export function consentProblem(agreed: boolean, scope: ConsentScope, text: ConsentText | undefined): ConsentProblem | undefined {
  if (!text) return 'no-text';
  if (!agreed) return 'not-agreed';
  if (scope.organizations.length === 0) return 'no-organization';
  return undefined;
}

/** The offers that can be sent: those whose organisation is within the consent. */
export function referable(selection: readonly Pick[], scope: ConsentScope): Pick[] {
  return selection.filter((p) => scope.organizations.includes(p.organization.slug));
}

/**
 * The consent text shown to the person: the newest in their language, else the newest French one; and the
 * French text of the same version beside it for the agent (none when the person reads French).
 */
export function consentTexts(
  visitor: readonly ConsentText[],
  french: readonly ConsentText[],
): { shown: ConsentText; french: ConsentText | undefined; fellBack: boolean } | undefined {
  const own = visitor[0];
  const shown = own ?? french[0];
  if (!shown) return undefined;
  return {
    shown,
    french: shown.lang === 'fr' ? undefined : french.find((t) => t.version === shown.version),
    fellBack: own === undefined,
  };
}

/** The slips endpoint prints at most this many services at once. */
export const MAX_SLIPS = 20;

/**
 * Without consent nothing is stored: the person leaves with the slips of the offers picked, in their
 * language, from the public endpoint (service slugs and a language only, nothing about the person).
 */
export function slipsUrl(selection: readonly Pick[], lang: Lang): string {
  const query = new URLSearchParams();
  for (const pick of selection.slice(0, MAX_SLIPS)) query.append('service', pick.slug);
  query.set('lang', lang);
  return `/api/v1/referral-slips?${query.toString()}`;
}

// ---- The person -----------------------------------------------------------------------------------------

export const NAME_MAX = 60;
export const BIRTH_YEAR_MIN = 1900;
export { NOTE_MAX };

export const CONTACT_CHANNELS: readonly ContactChannel[] = ['phone', 'sms', 'email', 'in-person', 'through-the-desk'];
/** The statuses a case may keep: the triage's answers, "I would rather not say" first. */
export const PERSON_STATUSES: readonly PersonStatus[] = STATUSES;

export interface PersonValues {
  name: string;
  languages: string[];
  contactChannel: ContactChannel | '';
  birthYear: string;
  status: PersonStatus | '';
  /** A note per referral, by the service's slug. */
  notes: Record<string, string>;
}

/** What the person step asks beyond the name, languages and contact: only what a picked offer's rules use. */
export interface Asks {
  readonly birthYear: boolean;
  readonly status: boolean;
}

/** An age condition: a minimum or maximum age (the server's own test, SharedFacts). */
const hasAgeCondition = (s: Service): boolean => s.eligibility.minAge != null || s.eligibility.maxAge != null;
/** A status condition: a list of statuses that is not "any" (SharedFacts.usesStatus). */
const usesStatus = (s: Service): boolean => {
  const statuses = s.eligibility.statuses ?? [];
  return statuses.length > 0 && !statuses.includes('any');
};

/**
 * The birth year when an offer sent to has an age condition; the status only when the person gave one (not
 * "rather not say") and an offer sent to is only for some statuses.
 */
export function asks(services: readonly Service[], answers: Answers): Asks {
  const gaveStatus = answers.status !== undefined && answers.status !== 'prefer-not-to-say';
  return { birthYear: services.some(hasAgeCondition), status: gaveStatus && services.some(usesStatus) };
}

export function defaultPerson(lang: Lang, answers: Answers, previous?: PersonValues): PersonValues {
  return (
    previous ?? {
      name: '',
      languages: [lang],
      contactChannel: '',
      birthYear: '',
      status: answers.status ?? '',
      notes: {},
    }
  );
}

export function personSchema(t: StaffT, thisYear: number) {
  return v.object({
    name: v.pipe(
      v.string(),
      v.trim(),
      v.nonEmpty(t('visit.person.nameEmpty')),
      v.maxLength(NAME_MAX, t('visit.tooLong', { max: NAME_MAX })),
    ),
    languages: v.array(v.string()),
    contactChannel: v.picklist(['', ...CONTACT_CHANNELS]),
    birthYear: v.pipe(
      v.string(),
      v.trim(),
      v.check(
        (year) => year === '' || (/^\d{4}$/.test(year) && Number(year) >= BIRTH_YEAR_MIN && Number(year) <= thisYear),
        t('visit.person.birthYearInvalid', { min: BIRTH_YEAR_MIN, max: thisYear }),
      ),
    ),
    status: v.picklist(['', ...PERSON_STATUSES]),
    notes: v.record(v.string(), v.pipe(v.string(), v.maxLength(NOTE_MAX, t('visit.tooLong', { max: NOTE_MAX })))),
  });
}

const PERSON_SERVER_FIELDS: Readonly<Record<string, keyof PersonValues>> = {
  name: 'name',
  languages: 'languages',
  contactChannel: 'contactChannel',
  birthYear: 'birthYear',
  status: 'status',
};

/** The server names the case's fields "person.name", "person.languages[0]"…: the form's own field, or none. */
export function personFieldOf(serverField: string): keyof PersonValues | undefined {
  const m = /^(?:body\.|\$\.)?person\.([A-Za-z]+)/.exec(serverField);
  return m ? PERSON_SERVER_FIELDS[m[1] ?? ''] : undefined;
}

/** The fields the person gave that the consent lets partners see: a field not kept is not listed as shared. */
export function consentedFields(scope: ConsentScope, person: PersonValues, ask: Asks): PersonField[] {
  const given: Record<PersonField, boolean> = {
    name: true,
    contactChannel: person.contactChannel !== '',
    birthYear: ask.birthYear && person.birthYear.trim() !== '',
    status: ask.status && person.status !== '',
  };
  return PERSON_FIELDS.filter((f) => scope.fields.includes(f) && given[f]);
}

/** POST /api/v1/cases: the person's minimum, the needs, and the consent with the text shown. */
export function caseInput(person: PersonValues, answers: Answers, consent: RecordedConsent, ask: Asks): CaseInput {
  const birthYear = person.birthYear.trim();
  return {
    person: {
      name: person.name.trim(),
      languages: [...person.languages],
      ...(person.contactChannel !== '' ? { contactChannel: person.contactChannel } : {}),
      ...(ask.birthYear && birthYear !== '' ? { birthYear: Number(birthYear) } : {}),
      ...(ask.status && person.status !== '' ? { status: person.status } : {}),
    },
    needs: [...answers.needs],
    consent: {
      organizations: [...consent.scope.organizations],
      fields: consentedFields(consent.scope, person, ask),
      textVersion: consent.textVersion,
      textLang: consent.textLang,
    },
  };
}

/** POST /api/v1/cases/{id}/referrals, sent at once: the service, the need it answers, the note if any. */
export function referralInput(pick: Pick, person: PersonValues): ReferralInput {
  const note = (person.notes[pick.slug] ?? '').trim();
  return { service: pick.slug, ...(pick.need ? { need: pick.need } : {}), ...(note !== '' ? { note } : {}), send: true };
}

// The desk's requests take their keys from the staff forms' one key ring.
export { KeyRing } from '../../../lib/form/idempotency';

// ---- The triage at the desk ------------------------------------------------------------------------------

export const CITY_MAX = 80;

/** The answers with some changed; an undefined value removes the answer (the question is skipped again). */
export function patchAnswers(answers: Answers, patch: { readonly [K in keyof Answers]?: Answers[K] | undefined }): Answers {
  const next: Record<string, unknown> = { ...answers };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined || value === '') delete next[key];
    else next[key] = value;
  }
  return next as unknown as Answers;
}

export type TriageProblem = 'lang' | 'needs' | 'city' | 'postcode';

/** What stops the plan: a language and a need are required, the town and postcode must be well-formed. */
export function triageProblems(lang: Lang | undefined, answers: Answers): TriageProblem[] {
  const problems: TriageProblem[] = [];
  if (!lang) problems.push('lang');
  if (answers.needs.length === 0) problems.push('needs');
  if ((answers.city ?? '').length > CITY_MAX) problems.push('city');
  if (answers.postcode !== undefined && !/^\d{5}$/.test(answers.postcode)) problems.push('postcode');
  return problems;
}
