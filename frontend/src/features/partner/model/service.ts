// The partner's service page, one section at a time. Each section is a few form fields taken from the service as
// its organisation maintains it (GET /services/{id}/maintained) and put back into the whole input the PUT takes:
// what the section does not show is sent back as it was read, so saving one section never touches another. Each
// section also says which of its fields a server error names (problem+json `errors[].field`), so the message is
// shown at that input.
import { KNOWN_CRITERIA } from '../../../lib/triage/reasons';
import type { components } from '../../../lib/api/client';

export type MaintainedService = components['schemas']['MaintainedService'];
export type ServiceInput = components['schemas']['ServiceInput'];
export type TextStatus = components['schemas']['TextStatus'];
export type ResidenceStatus = components['schemas']['ResidenceStatus'];
export type CefrLevel = components['schemas']['CefrLevel'];
export type Household = components['schemas']['Household'];
export type AccessMode = components['schemas']['AccessMode'];
export type StatedWayIn = components['schemas']['StatedWayIn'];
export type ServiceStatus = components['schemas']['ServiceStatus'];
export type TranslationInput = components['schemas']['TranslationInput'];

export const STATUSES: readonly ResidenceStatus[] = [
  'any',
  'asylum-seeker',
  'refugee',
  'resettled-refugee',
  'temporary-protection',
  'residence-permit',
  'work-authorised',
  'stateless',
  'undocumented',
];
export const CEFR: readonly CefrLevel[] = ['pre-A1', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2'];
export const HOUSEHOLDS: readonly Household[] = ['any', 'single', 'family'];
export const ACCESS_MODES: readonly AccessMode[] = ['walk-in', 'self-referral', 'professional-referral', 'committee'];
/** The ways in a partner may state; the desk's referral is Passerelle's own fallback, not a choice here. */
export const WAYS_IN: readonly StatedWayIn[] = ['come', 'call', 'write', 'online'];
export const SERVICE_STATUSES: readonly ServiceStatus[] = ['active', 'temporarily-closed', 'inactive'];
/** The kiosk's languages, offered as boxes to tick; any other BCP 47 tag goes in the free field. */
export const KIOSK_LANGUAGES = ['fr', 'en', 'ar', 'fa-AF', 'ps', 'ti', 'uk', 'ru'] as const;
/** The staff read and write French and English: documents and notes are edited in both. */
export const EDITED_LANGUAGES = ['fr', 'en'] as const;

/** A server path without the body's prefix some mappers add. */
const bare = (field: string) => field.replace(/^(body\.|\$\.)/, '');
const trimmed = (s: string) => s.trim();
const orNull = (s: string) => (s.trim() === '' ? null : s.trim());
const numberOrNull = (s: string) => (s.trim() === '' ? null : Number(s.trim()));
const text = (n: number | null | undefined) => (n == null ? '' : String(n));

/** The languages in the order a partner reads them: French, English, then the others by tag. */
export function languageOrder(tags: readonly string[]): string[] {
  const rank = (tag: string) => (tag === 'fr' ? 0 : tag === 'en' ? 1 : 2);
  return [...tags].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

// Texts written by the organisation (origin "source"): changed with the service's own PUT.

export interface TextsValues {
  name: Record<string, string>;
  description: Record<string, string>;
}

/** The languages whose text is the organisation's own (a language with no provenance is the source's). */
export function sourceLanguages(record: MaintainedService): string[] {
  return languageOrder(Object.keys(record.fields.name).filter((lang) => (record.texts[lang]?.origin ?? 'source') === 'source'));
}

/** The languages whose text is a translation (machine or reviewed): changed with PUT .../translations/{lang}. */
export function translatedLanguages(record: MaintainedService): string[] {
  return languageOrder(Object.keys(record.fields.name).filter((lang) => (record.texts[lang]?.origin ?? 'source') !== 'source'));
}

export function textsValues(record: MaintainedService): TextsValues {
  const name: Record<string, string> = {};
  const description: Record<string, string> = {};
  for (const lang of sourceLanguages(record)) {
    name[lang] = record.fields.name[lang] ?? '';
    description[lang] = record.fields.description?.[lang] ?? '';
  }
  return { name, description };
}

export function withTexts(input: ServiceInput, values: TextsValues): ServiceInput {
  const name = { ...input.name };
  const description: Record<string, string> = { ...(input.description ?? {}) };
  for (const [lang, value] of Object.entries(values.name)) name[lang] = trimmed(value);
  for (const [lang, value] of Object.entries(values.description)) {
    if (value.trim() === '') delete description[lang];
    else description[lang] = value.trim();
  }
  return { ...input, name, description: Object.keys(description).length > 0 ? description : null };
}

export function textsFieldOf(values: TextsValues): (serverField: string) => string | undefined {
  return (serverField) => {
    const match = /^(name|description)\.(.+)$/.exec(bare(serverField));
    if (!match) return undefined;
    const [, kind, lang] = match as unknown as [string, 'name' | 'description', string];
    return lang in values[kind] ? `${kind}.${lang}` : undefined;
  };
}

// One translation: a partner who saves it marks it reviewed (PUT .../translations/{lang}).

export interface TranslationValues {
  name: string;
  description: string;
}

export function translationValues(record: MaintainedService, lang: string): TranslationValues {
  return { name: record.fields.name[lang] ?? '', description: record.fields.description?.[lang] ?? '' };
}

export function toTranslationInput(values: TranslationValues): TranslationInput {
  return { name: values.name.trim(), description: orNull(values.description) };
}

export function translationFieldOf(serverField: string): 'name' | 'description' | undefined {
  const field = bare(serverField);
  return field === 'name' || field === 'description' ? field : undefined;
}

// Status and who the service is for.

export interface EligibilityValues {
  status: string;
  statuses: string[];
  minAge: string;
  maxAge: string;
  minCefr: string;
  maxCefr: string;
  targetCefr: string;
  household: string;
  genders: string[];
  specialCriteria: string[];
}

/** The genders a service may be reserved to (the catalogue's codes); none ticked: open to all. */
export const GENDERS = ['female', 'male'] as const;

/**
 * The special criteria the kiosk names to a newcomer (lib/triage/reasons.ts): a service made for one of them is
 * put first for a person who declares it. A code the catalogue holds beyond these is shown by its code and kept.
 */
export const SPECIAL_CRITERIA: readonly string[] = KNOWN_CRITERIA;

export function eligibilityValues(record: MaintainedService): EligibilityValues {
  const e = record.fields.eligibility;
  return {
    status: record.fields.status,
    statuses: [...(e.statuses ?? [])],
    minAge: text(e.minAge),
    maxAge: text(e.maxAge),
    minCefr: e.minCefr ?? '',
    maxCefr: e.maxCefr ?? '',
    targetCefr: e.targetCefr ?? '',
    household: e.household ?? '',
    genders: [...(e.genders ?? [])],
    specialCriteria: [...(e.specialCriteria ?? [])],
  };
}

export function withEligibility(input: ServiceInput, v: EligibilityValues): ServiceInput {
  return {
    ...input,
    status: v.status as ServiceStatus,
    eligibility: {
      ...input.eligibility,
      statuses: v.statuses.length > 0 ? (v.statuses as ResidenceStatus[]) : null,
      minAge: numberOrNull(v.minAge),
      maxAge: numberOrNull(v.maxAge),
      minCefr: (v.minCefr || null) as CefrLevel | null,
      maxCefr: (v.maxCefr || null) as CefrLevel | null,
      targetCefr: (v.targetCefr || null) as CefrLevel | null,
      household: (v.household || null) as Household | null,
      genders: v.genders.length > 0 ? v.genders : null,
      specialCriteria: v.specialCriteria.length > 0 ? v.specialCriteria : null,
    },
  };
}

export function eligibilityFieldOf(serverField: string): keyof EligibilityValues | undefined {
  const field = bare(serverField);
  if (field === 'status') return 'status';
  const match = /^eligibility\.(statuses|minAge|maxAge|minCefr|maxCefr|targetCefr|household|genders|specialCriteria)/.exec(field);
  return match ? (match[1] as keyof EligibilityValues) : undefined;
}

// Access, way in and contact.

export interface AccessValues {
  mode: string;
  wayIn: string;
  noteFr: string;
  noteEn: string;
  phone: string;
  email: string;
  url: string;
}

export function accessValues(record: MaintainedService): AccessValues {
  const f = record.fields;
  return {
    mode: f.access.mode ?? '',
    wayIn: f.wayIn?.code ?? '',
    noteFr: f.wayIn?.note?.['fr'] ?? '',
    noteEn: f.wayIn?.note?.['en'] ?? '',
    phone: f.contact?.phone ?? '',
    email: f.contact?.email ?? '',
    url: f.contact?.url ?? '',
  };
}

/**
 * The way in's note in its other languages is kept while the French and English say what they said; once they
 * change, those translations would say the old words, so they are left out.
 */
export function withAccess(input: ServiceInput, v: AccessValues): ServiceInput {
  const notes = input.wayIn?.note ?? {};
  const unchanged = (notes['fr'] ?? '') === v.noteFr.trim() && (notes['en'] ?? '') === v.noteEn.trim();
  const note: Record<string, string> = unchanged ? { ...notes } : {};
  for (const [lang, value] of [['fr', v.noteFr], ['en', v.noteEn]] as const) {
    if (value.trim() === '') delete note[lang];
    else note[lang] = value.trim();
  }
  const contact = { phone: orNull(v.phone), email: orNull(v.email), url: orNull(v.url) };
  return {
    ...input,
    access: { ...input.access, mode: (v.mode || null) as AccessMode | null },
    wayIn: v.wayIn ? { code: v.wayIn as StatedWayIn, note: Object.keys(note).length > 0 ? note : null } : null,
    contact: contact.phone || contact.email || contact.url ? contact : null,
  };
}

export function accessFieldOf(serverField: string): keyof AccessValues | undefined {
  const field = bare(serverField);
  if (field.startsWith('access.mode')) return 'mode';
  if (field === 'wayIn' || field.startsWith('wayIn.code')) return 'wayIn';
  if (field.startsWith('wayIn.note')) return field.endsWith('.en') ? 'noteEn' : 'noteFr';
  const contact = /^contact\.(phone|email|url)/.exec(field);
  return contact ? (contact[1] as 'phone' | 'email' | 'url') : undefined;
}

// What to bring: one row per document, labelled in French and English.

export interface DocumentRow {
  fr: string;
  en: string;
  /** The labels in the other languages, kept while the French and English labels are those read. */
  others: Record<string, string>;
  /** The French and English labels as read (empty for a new row). */
  read: { fr: string; en: string };
}

export interface BringValues {
  documents: DocumentRow[];
}

export const DOCUMENTS_MAX = 20;
export const DOCUMENT_MAX = 300;

export function bringValues(record: MaintainedService): BringValues {
  return {
    documents: (record.fields.requiredDocuments ?? []).map((labels) => {
      const { fr = '', en = '', ...others } = labels;
      return { fr, en, others, read: { fr, en } };
    }),
  };
}

export const newDocument = (): DocumentRow => ({ fr: '', en: '', others: {}, read: { fr: '', en: '' } });

export function withBring(input: ServiceInput, v: BringValues): ServiceInput {
  const documents = v.documents
    .map((row) => {
      const unchanged = row.fr.trim() === row.read.fr && row.en.trim() === row.read.en;
      const labels: Record<string, string> = unchanged ? { ...row.others } : {};
      if (row.fr.trim()) labels['fr'] = row.fr.trim();
      if (row.en.trim()) labels['en'] = row.en.trim();
      return labels;
    })
    .filter((labels) => Object.keys(labels).length > 0);
  return { ...input, requiredDocuments: documents.length > 0 ? documents : null };
}

/** Rows with no label at all are dropped when saved, so the server's row index is counted among the others. */
export function bringFieldOf(values: BringValues): (serverField: string) => string | undefined {
  const kept = values.documents.map((row, i) => (row.fr.trim() || row.en.trim() ? i : -1)).filter((i) => i >= 0);
  return (serverField) => {
    const field = bare(serverField);
    if (field === 'requiredDocuments') return 'documents';
    const match = /^requiredDocuments\[(\d+)\](?:\.(\w[\w-]*))?/.exec(field);
    if (!match) return undefined;
    const row = kept[Number(match[1])];
    if (row === undefined) return 'documents';
    return `documents[${row}].${match[2] === 'en' ? 'en' : 'fr'}`;
  };
}

export function validateBring(v: BringValues, messages: { empty: string; tooLong: string; tooMany: string }): Record<string, string> {
  const errors: Record<string, string> = {};
  if (v.documents.length > DOCUMENTS_MAX) errors['documents'] = messages.tooMany;
  v.documents.forEach((row, i) => {
    if (!row.fr.trim() && !row.en.trim()) errors[`documents[${i}].fr`] = messages.empty;
    for (const lang of EDITED_LANGUAGES) if (row[lang].trim().length > DOCUMENT_MAX) errors[`documents[${i}].${lang}`] = messages.tooLong;
  });
  return errors;
}

// Languages the service works in.

export interface LanguagesValues {
  kiosk: string[];
  /** Other BCP 47 tags, separated by commas or spaces. */
  others: string;
}

export function languagesValues(record: MaintainedService): LanguagesValues {
  const spoken = record.fields.languagesSpoken ?? [];
  const kiosk = KIOSK_LANGUAGES.filter((tag) => spoken.some((s) => s.toLowerCase() === tag.toLowerCase()));
  const others = spoken.filter((s) => !KIOSK_LANGUAGES.some((tag) => tag.toLowerCase() === s.toLowerCase()));
  return { kiosk: [...kiosk], others: others.join(', ') };
}

export function spokenTags(v: LanguagesValues): string[] {
  const tags = [...v.kiosk, ...v.others.split(/[\s,;]+/).filter(Boolean)];
  return tags.filter((tag, i) => tags.findIndex((t) => t.toLowerCase() === tag.toLowerCase()) === i);
}

export function withLanguages(input: ServiceInput, v: LanguagesValues): ServiceInput {
  const tags = spokenTags(v);
  return { ...input, languagesSpoken: tags.length > 0 ? tags : null };
}

export function languagesFieldOf(serverField: string): keyof LanguagesValues | undefined {
  return bare(serverField).startsWith('languagesSpoken') ? 'others' : undefined;
}

// Capacity and waiting list (the capacity-decline signal beside it is derived and read-only).

export interface CapacityValues {
  places: string;
  period: string;
  waitingList: '' | 'yes' | 'no';
  waitDays: string;
  note: string;
}

export function capacityValues(record: MaintainedService): CapacityValues {
  const c = record.fields.capacity;
  return {
    places: text(c?.places),
    period: c?.period ?? '',
    waitingList: c?.waitingList == null ? '' : c.waitingList ? 'yes' : 'no',
    waitDays: text(c?.currentWaitDays),
    note: c?.note ?? '',
  };
}

export function withCapacity(input: ServiceInput, v: CapacityValues): ServiceInput {
  const capacity = {
    places: numberOrNull(v.places),
    period: orNull(v.period),
    waitingList: v.waitingList === '' ? null : v.waitingList === 'yes',
    currentWaitDays: numberOrNull(v.waitDays),
    note: orNull(v.note),
  };
  const stated = Object.values(capacity).some((value) => value !== null);
  return { ...input, capacity: stated ? capacity : null };
}

export function capacityFieldOf(serverField: string): keyof CapacityValues | undefined {
  const match = /^capacity\.(places|period|waitingList|currentWaitDays|note)/.exec(bare(serverField));
  if (!match) return undefined;
  return match[1] === 'currentWaitDays' ? 'waitDays' : (match[1] as keyof CapacityValues);
}

/** A whole number from 0 to max, or nothing: what the number inputs of these sections accept. */
export function wholeNumberError(value: string, max: number | undefined, message: string): string | undefined {
  if (value.trim() === '') return undefined;
  const n = Number(value.trim());
  return Number.isInteger(n) && n >= 0 && (max === undefined || n <= max) ? undefined : message;
}
