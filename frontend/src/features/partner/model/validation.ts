// The checks each section makes before it sends anything: the same bounds and rules as the server's (ServiceInput's
// Bean Validation and the editors), named by the section's own field names, in the staff language. The server
// stays the last word: what only it can tell (a way in whose channel the organisation lacks, say) comes back as
// problem+json and is shown at the same inputs.
import type { StaffT } from '../../../lib/i18n/staff';
import type { ScheduleMessages } from './schedule';
import {
  CEFR,
  DOCUMENT_MAX,
  DOCUMENTS_MAX,
  validateBring,
  wholeNumberError,
  type AccessValues,
  type BringValues,
  type CapacityValues,
  type EligibilityValues,
  type LanguagesValues,
  type TextsValues,
  type TranslationValues,
  spokenTags,
} from './service';

export const NAME_MAX = 300;
export const DESCRIPTION_MAX = 4000;
export const WAY_IN_NOTE_MAX = 200;
export const CAPACITY_NOTE_MAX = 1000;
export const PERIOD_MAX = 20;
export const AGE_MAX = 120;
export const WAIT_DAYS_MAX = 3650;
/** The server's own patterns (ServiceInput): E.164, a common mailbox, an https address. */
export const E164 = /^\+[1-9][0-9]{6,14}$/;
export const EMAIL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;
export const HTTPS_URL = /^https:\/\/[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+(:[0-9]{1,5})?([/?#]\S*)?$/;
export const LANGUAGE_TAG = /^[a-zA-Z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$/;

export function textErrors(v: TextsValues, t: StaffT): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const [lang, name] of Object.entries(v.name)) {
    if (name.trim() === '') errors[`name.${lang}`] = t('svc.v.required');
    else if (name.trim().length > NAME_MAX) errors[`name.${lang}`] = t('svc.v.tooLong', { max: NAME_MAX });
  }
  for (const [lang, description] of Object.entries(v.description)) {
    if (description.trim().length > DESCRIPTION_MAX) errors[`description.${lang}`] = t('svc.v.tooLong', { max: DESCRIPTION_MAX });
  }
  return errors;
}

export function translationErrors(v: TranslationValues, t: StaffT): Record<string, string> {
  const errors: Record<string, string> = {};
  if (v.name.trim() === '') errors['name'] = t('svc.v.required');
  else if (v.name.trim().length > NAME_MAX) errors['name'] = t('svc.v.tooLong', { max: NAME_MAX });
  if (v.description.trim().length > DESCRIPTION_MAX) errors['description'] = t('svc.v.tooLong', { max: DESCRIPTION_MAX });
  return errors;
}

export function eligibilityErrors(v: EligibilityValues, t: StaffT): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const key of ['minAge', 'maxAge'] as const) {
    const error = wholeNumberError(v[key], AGE_MAX, t('svc.v.age', { max: AGE_MAX }));
    if (error) errors[key] = error;
  }
  if (!errors['minAge'] && !errors['maxAge'] && v.minAge.trim() && v.maxAge.trim() && Number(v.maxAge) < Number(v.minAge)) {
    errors['maxAge'] = t('svc.v.maxAge');
  }
  if (v.minCefr && v.maxCefr && CEFR.indexOf(v.maxCefr as never) < CEFR.indexOf(v.minCefr as never)) errors['maxCefr'] = t('svc.v.maxCefr');
  return errors;
}

export function accessErrors(v: AccessValues, t: StaffT): Record<string, string> {
  const errors: Record<string, string> = {};
  if (v.phone.trim() && !E164.test(v.phone.trim())) errors['phone'] = t('svc.v.phone');
  if (v.email.trim() && (!EMAIL.test(v.email.trim()) || v.email.trim().length > 254)) errors['email'] = t('svc.v.email');
  if (v.url.trim() && (!HTTPS_URL.test(v.url.trim()) || v.url.trim().length > 500)) errors['url'] = t('svc.v.url');
  for (const key of ['noteFr', 'noteEn'] as const) {
    if (v[key].trim().length > WAY_IN_NOTE_MAX) errors[key] = t('svc.v.tooLong', { max: WAY_IN_NOTE_MAX });
  }
  // A way in needs its channel (the service's own, its organisation's, or its place): only the server knows all
  // three, so it says so at the way in's input.
  return errors;
}

export function bringErrors(v: BringValues, t: StaffT): Record<string, string> {
  return validateBring(v, {
    empty: t('svc.v.documentEmpty'),
    tooLong: t('svc.v.tooLong', { max: DOCUMENT_MAX }),
    tooMany: t('svc.v.documentsTooMany', { max: DOCUMENTS_MAX }),
  });
}

export function languagesErrors(v: LanguagesValues, t: StaffT): Record<string, string> {
  const wrong = spokenTags(v).filter((tag) => !LANGUAGE_TAG.test(tag) || tag.length > 20);
  return wrong.length > 0 ? { others: t('svc.v.languageTags', { tags: wrong.join(', ') }) } : {};
}

export function capacityErrors(v: CapacityValues, t: StaffT): Record<string, string> {
  const errors: Record<string, string> = {};
  const places = wholeNumberError(v.places, undefined, t('svc.v.wholeNumber'));
  if (places) errors['places'] = places;
  const wait = wholeNumberError(v.waitDays, WAIT_DAYS_MAX, t('svc.v.waitDays', { max: WAIT_DAYS_MAX }));
  if (wait) errors['waitDays'] = wait;
  if (v.period.trim().length > PERIOD_MAX) errors['period'] = t('svc.v.tooLong', { max: PERIOD_MAX });
  if (v.note.trim().length > CAPACITY_NOTE_MAX) errors['note'] = t('svc.v.tooLong', { max: CAPACITY_NOTE_MAX });
  return errors;
}

export function scheduleMessages(t: StaffT): ScheduleMessages {
  return {
    required: t('svc.v.required'),
    time: t('svc.v.time'),
    closesAfterOpens: t('svc.v.closesAfterOpens'),
    day: t('svc.v.day'),
    validToAfterFrom: t('svc.v.validTo'),
    overlaps: (row) => t('svc.v.overlaps', { row }),
    endsAfterStarts: t('svc.v.endsOn'),
    tooLong: t('svc.v.closureTooLong'),
    reasonTooLong: t('svc.v.tooLong', { max: 200 }),
    tooManySlots: t('svc.v.tooManySlots', { max: 42 }),
    tooManyClosures: t('svc.v.tooManyClosures', { max: 20 }),
  };
}
