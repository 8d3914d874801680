// The sections of the service page, as pure functions: what each reads from the service as maintained, what it
// puts back into the PUT's input (nothing of another section), which input a server error names, and when the
// page nudges the partner to check the service.
import { describe, expect, it } from 'vitest';
import { staffTranslator } from '../../../lib/i18n/staff';
import { freshness } from './freshness';
import {
  accessFieldOf,
  accessValues,
  bringFieldOf,
  bringValues,
  capacityFieldOf,
  capacityValues,
  eligibilityFieldOf,
  eligibilityValues,
  withEligibility,
  languagesValues,
  sourceLanguages,
  textsFieldOf,
  textsValues,
  translatedLanguages,
  withAccess,
  withBring,
  withCapacity,
  withLanguages,
  withTexts,
  type MaintainedService,
} from './service';
import { accessErrors, capacityErrors, eligibilityErrors, languagesErrors } from './validation';

const en = staffTranslator('en');

const RECORD: MaintainedService = {
  id: '11111111-2222-4333-8444-555555555555',
  slug: 'cimade-permanence-test',
  organization: { id: 'o1', slug: 'la-cimade', name: 'La Cimade' },
  fields: {
    slug: 'cimade-permanence-test',
    name: { fr: 'Permanence juridique', en: 'Legal advice desk', uk: 'Юридична консультація', ar: 'استشارة قانونية' },
    description: { fr: 'Conseils.', en: 'Advice.', uk: 'Поради.' },
    status: 'active',
    themes: ['rights'],
    primaryTheme: 'rights',
    audience: ['newcomer'],
    eligibility: { statuses: ['any'], minAge: null, maxAge: null, specialCriteria: [] },
    access: { mode: 'walk-in', referrerKinds: [] },
    cost: { free: true, note: null },
    languagesSpoken: ['fr', 'ar', 'es'],
    requiredDocuments: [{ fr: 'Passeport', en: 'Passport', ar: 'جواز السفر' }, { fr: 'Justificatif de domicile' }],
    capacity: { places: 12, period: 'mois', waitingList: true, currentWaitDays: 10, note: null },
    territory: { city: 'Nancy', scope: 'local' },
    contact: { phone: '+33383000000', email: null, url: null },
    wayIn: { code: 'come', note: { fr: 'Le mardi après-midi.', en: 'Tuesday afternoons.', ar: 'بعد ظهر الثلاثاء.' } },
  },
  texts: {
    fr: { origin: 'source' },
    en: { origin: 'source' },
    uk: { origin: 'machine' },
    ar: { origin: 'reviewed', reviewedBy: 'partner-cimade', reviewedOn: '2026-11-02' },
  },
  locations: [],
  recentCapacityDeclines: 1.4,
  source: { file: '003.txt', section: 'Permanences', lines: [1, 2], date: '2025-03-14' },
  inferred: [],
  updatedAt: '2026-12-01T09:00:00Z',
  version: 3,
};

describe('the texts', () => {
  it('edits the organisation’s own texts with the PUT, the translations apart, French and English first', () => {
    expect(sourceLanguages(RECORD)).toEqual(['fr', 'en']);
    expect(translatedLanguages(RECORD)).toEqual(['ar', 'uk']);
    expect(textsValues(RECORD)).toEqual({ name: { fr: 'Permanence juridique', en: 'Legal advice desk' }, description: { fr: 'Conseils.', en: 'Advice.' } });
  });

  it('sends every language back, changing only the ones edited, and drops an emptied description', () => {
    const input = withTexts(RECORD.fields, { name: { fr: ' Permanence du mardi ', en: 'Legal advice desk' }, description: { fr: '', en: 'Advice.' } });
    expect(input.name).toEqual({ fr: 'Permanence du mardi', en: 'Legal advice desk', uk: 'Юридична консультація', ar: 'استشارة قانونية' });
    expect(input.description).toEqual({ en: 'Advice.', uk: 'Поради.' });
    expect(input.capacity).toBe(RECORD.fields.capacity);
  });

  it('shows a language’s error at its input', () => {
    const fieldOf = textsFieldOf(textsValues(RECORD));
    expect(fieldOf('name.fr')).toBe('name.fr');
    expect(fieldOf('description.en')).toBe('description.en');
    // A translation's language is not in this form: its message goes above.
    expect(fieldOf('name.uk')).toBeUndefined();
  });
});

describe('access, way in and contact', () => {
  it('keeps the note’s translations while the French and English are unchanged, and drops them once they change', () => {
    const kept = withAccess(RECORD.fields, accessValues(RECORD));
    expect(kept.wayIn).toEqual(RECORD.fields.wayIn);
    const changed = withAccess(RECORD.fields, { ...accessValues(RECORD), noteFr: 'Le jeudi matin.' });
    expect(changed.wayIn?.note).toEqual({ fr: 'Le jeudi matin.', en: 'Tuesday afternoons.' });
    const none = withAccess(RECORD.fields, { ...accessValues(RECORD), wayIn: '', phone: '' });
    expect(none.wayIn).toBeNull();
    expect(none.contact).toBeNull();
  });

  it('maps the server’s paths to the inputs', () => {
    expect(accessFieldOf('wayIn.code')).toBe('wayIn');
    expect(accessFieldOf('wayIn.note.en')).toBe('noteEn');
    expect(accessFieldOf('wayIn.note.fr')).toBe('noteFr');
    expect(accessFieldOf('contact.phone')).toBe('phone');
    expect(accessFieldOf('access.mode')).toBe('mode');
    expect(accessFieldOf('territory.scope')).toBeUndefined();
  });

  it('checks phone, e-mail and address as the server does', () => {
    const errors = accessErrors({ ...accessValues(RECORD), phone: '03 83 00 00 00', email: 'a@b', url: 'http://example.org' }, en);
    expect(Object.keys(errors)).toEqual(['phone', 'email', 'url']);
    expect(accessErrors(accessValues(RECORD), en)).toEqual({});
  });
});

describe('what to bring', () => {
  it('edits French and English, keeping a row’s other labels while those two are unchanged', () => {
    const values = bringValues(RECORD);
    expect(values.documents[0]).toMatchObject({ fr: 'Passeport', en: 'Passport', others: { ar: 'جواز السفر' } });
    expect(withBring(RECORD.fields, values).requiredDocuments).toEqual(RECORD.fields.requiredDocuments);
    const edited = { documents: [{ ...values.documents[0]!, en: 'Passport or ID card' }, values.documents[1]!] };
    expect(withBring(RECORD.fields, edited).requiredDocuments?.[0]).toEqual({ fr: 'Passeport', en: 'Passport or ID card' });
    expect(withBring(RECORD.fields, { documents: [] }).requiredDocuments).toBeNull();
  });

  it('puts a server error on the row it names, counting only the rows sent', () => {
    const values = { documents: [{ fr: '', en: '', others: {}, read: { fr: '', en: '' } }, ...bringValues(RECORD).documents] };
    const fieldOf = bringFieldOf(values);
    // The empty first row is not sent: the server's requiredDocuments[0] is the form's row 1.
    expect(fieldOf('requiredDocuments[0].en')).toBe('documents[1].en');
    expect(fieldOf('requiredDocuments[1]')).toBe('documents[2].fr');
    expect(fieldOf('requiredDocuments')).toBe('documents');
  });
});

describe('status, languages and capacity', () => {
  it('maps eligibility paths, and checks ages and levels', () => {
    expect(eligibilityFieldOf('eligibility.maxAge')).toBe('maxAge');
    expect(eligibilityFieldOf('status')).toBe('status');
    const base = { status: 'active', statuses: [], minAge: '18', maxAge: '16', minCefr: 'B1', maxCefr: 'A2', targetCefr: '', household: '', genders: [], specialCriteria: [] };
    expect(Object.keys(eligibilityErrors(base, en))).toEqual(['maxAge', 'maxCefr']);
    expect(eligibilityErrors({ ...base, minAge: '1.5', maxAge: '' }, en)).toMatchObject({ minAge: 'A whole number from 0 to 120.' });
  });

  it('edits the group a service is made for, its target level and genders, keeping codes beyond the vocabulary', () => {
    const record = { ...RECORD, fields: { ...RECORD.fields, eligibility: { ...RECORD.fields.eligibility, specialCriteria: ['lgbtqi', 'elia-tenant'], genders: ['female'], targetCefr: 'A2' as const } } };
    const values = eligibilityValues(record);
    expect(values).toMatchObject({ specialCriteria: ['lgbtqi', 'elia-tenant'], genders: ['female'], targetCefr: 'A2' });
    // Unchanged, the eligibility goes back as it came.
    expect(withEligibility(record.fields, values).eligibility).toEqual({ ...record.fields.eligibility, household: null, minCefr: null, maxCefr: null });
    const edited = withEligibility(record.fields, { ...values, specialCriteria: ['elia-tenant', 'homeless'], genders: [], targetCefr: '' }).eligibility;
    expect(edited).toMatchObject({ specialCriteria: ['elia-tenant', 'homeless'], genders: null, targetCefr: null });
    expect(withEligibility(record.fields, { ...values, specialCriteria: [] }).eligibility.specialCriteria).toBeNull();
    expect(eligibilityFieldOf('eligibility.specialCriteria[1]')).toBe('specialCriteria');
    expect(eligibilityFieldOf('eligibility.genders[0]')).toBe('genders');
  });

  it('ticks the kiosk’s languages and keeps the others as typed tags', () => {
    const values = languagesValues(RECORD);
    expect(values).toEqual({ kiosk: ['fr', 'ar'], others: 'es' });
    expect(withLanguages(RECORD.fields, { kiosk: ['fr'], others: 'es, pt  so' }).languagesSpoken).toEqual(['fr', 'es', 'pt', 'so']);
    expect(withLanguages(RECORD.fields, { kiosk: [], others: '' }).languagesSpoken).toBeNull();
    expect(languagesErrors({ kiosk: [], others: 'es, not a tag!' }, en)).toHaveProperty('others');
  });

  it('states capacity or says nothing, and maps its paths', () => {
    expect(capacityValues(RECORD)).toEqual({ places: '12', period: 'mois', waitingList: 'yes', waitDays: '10', note: '' });
    expect(withCapacity(RECORD.fields, { places: '', period: '', waitingList: '', waitDays: '', note: '' }).capacity).toBeNull();
    expect(withCapacity(RECORD.fields, { places: '5', period: '', waitingList: 'no', waitDays: '0', note: '' }).capacity).toEqual({
      places: 5,
      period: null,
      waitingList: false,
      currentWaitDays: 0,
      note: null,
    });
    expect(capacityFieldOf('capacity.currentWaitDays')).toBe('waitDays');
    expect(capacityErrors({ places: '-1', period: '', waitingList: '', waitDays: '4000', note: '' }, en)).toEqual({
      places: 'A whole number, 0 or more.',
      waitDays: 'A whole number of days, from 0 to 3650.',
    });
  });
});

describe('how old the information is', () => {
  const now = new Date('2026-12-07T12:00:00Z');

  it('counts from the last edit once the service was written in Passerelle', () => {
    expect(freshness(RECORD, now)).toEqual({ basis: 'edited', since: '2026-12-01T09:00:00Z', nudge: false });
    expect(freshness({ ...RECORD, updatedAt: '2026-06-01T09:00:00Z' }, now).nudge).toBe(true);
  });

  it('counts from the source for a record nobody changed since the import, and nudges when nobody knows', () => {
    expect(freshness({ ...RECORD, version: 0 }, now)).toEqual({ basis: 'source', since: '2025-03-14', nudge: true });
    expect(freshness({ ...RECORD, version: 0, source: { ...RECORD.source, date: '2026-09-01' } }, now).nudge).toBe(false);
    expect(freshness({ ...RECORD, version: 0, source: { file: 'x.txt', date: null } }, now)).toEqual({ basis: 'unknown', since: undefined, nudge: true });
  });
});
