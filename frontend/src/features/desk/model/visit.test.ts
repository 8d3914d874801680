import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import type { PlannedOffer } from '../../../lib/api/client';
import { staffTranslator } from '../../../lib/i18n/staff';
import {
  asks,
  caseInput,
  consentedFields,
  consentProblem,
  consentTexts,
  defaultPerson,
  defaultScope,
  fromOffer,
  fromSearch,
  KeyRing,
  organizationsOf,
  patchAnswers,
  personFieldOf,
  personSchema,
  referable,
  referralInput,
  slipsUrl,
  triageProblems,
  withoutPick,
  withPick,
  type ConsentText,
  type PersonValues,
  type Service,
  type ServiceSummary,
} from './visit';

const CIMADE = { id: 'o-1', slug: 'la-cimade', name: 'La Cimade' };
const CAEC = { id: 'o-2', slug: 'gip-ftlv-caec', name: 'GIP FTLV — CAEC' };
const offer = (slug: string, organization: typeof CIMADE): PlannedOffer => ({
  id: `id-${slug}`,
  slug,
  name: `Offer ${slug}`,
  lang: 'fr',
  organization,
  verdict: 'eligible',
  reasons: [],
  scope: 'local',
  wayIn: { code: 'come', inferred: false, desk: false },
});
const summary = (slug: string, domains: string[]): ServiceSummary => ({
  id: `id-${slug}`,
  slug,
  name: `Service ${slug}`,
  status: 'active',
  primaryTheme: 'language',
  themes: ['language'],
  domains,
  organization: CAEC,
  territory: { scope: 'local' },
  updatedAt: '2026-12-01T00:00:00Z',
  version: 1,
});
const service = (id: string, eligibility: Service['eligibility']): Service => ({ id, eligibility }) as unknown as Service;
const text = (lang: string, version = '2026-12'): ConsentText => ({ version, lang, title: `T ${lang}`, body: `B ${lang}`, publishedOn: '2026-12-07' });
const en = staffTranslator('en');

describe('picking offers', () => {
  it('picks an offer once, with the need it came from, and lists each organisation once', () => {
    const a = fromOffer(offer('cimade-permanences-juridiques', CIMADE), 'rights');
    const b = fromOffer(offer('cimade-permanences-juridiques', CIMADE), 'housing');
    const c = fromSearch(summary('caec-sessions-examens-langue', ['school', 'french']), ['rights', 'french']);
    let selection = withPick([], a);
    selection = withPick(selection, b);
    selection = withPick(selection, c);
    expect(selection.map((p) => [p.slug, p.need, p.from])).toEqual([
      ['cimade-permanences-juridiques', 'rights', 'plan'],
      ['caec-sessions-examens-langue', 'french', 'search'],
    ]);
    expect(organizationsOf([...selection, fromOffer(offer('cimade-autre', CIMADE), 'rights')]).map((o) => o.slug)).toEqual([
      'la-cimade',
      'gip-ftlv-caec',
    ]);
    expect(withoutPick(selection, 'cimade-permanences-juridiques').map((p) => p.slug)).toEqual(['caec-sessions-examens-langue']);
    // A service of no need of the person's has no need to name.
    expect(fromSearch(summary('x', ['health']), ['rights']).need).toBeUndefined();
  });
});

describe('the consent scope', () => {
  const selection = [fromOffer(offer('a', CIMADE), 'rights'), fromOffer(offer('b', CAEC), 'french')];

  it('covers every organisation picked and every field but the status by default', () => {
    expect(defaultScope(selection)).toEqual({ organizations: ['la-cimade', 'gip-ftlv-caec'], fields: ['name', 'contactChannel', 'birthYear'] });
  });

  it('needs the text, the person’s agreement and one organisation', () => {
    const scope = defaultScope(selection);
    expect(consentProblem(true, scope, undefined)).toBe('no-text');
    expect(consentProblem(false, scope, text('ar'))).toBe('not-agreed');
    expect(consentProblem(true, { ...scope, organizations: [] }, text('ar'))).toBe('no-organization');
    expect(consentProblem(true, scope, text('ar'))).toBeUndefined();
  });

  it('sends only to the organisations within the consent', () => {
    expect(referable(selection, { organizations: ['gip-ftlv-caec'], fields: [] }).map((p) => p.slug)).toEqual(['b']);
  });

  it('shows the text in the visitor’s language with the French beside it, or the French when there is none', () => {
    expect(consentTexts([text('ar')], [text('fr')])).toEqual({ shown: text('ar'), french: text('fr'), fellBack: false });
    expect(consentTexts([], [text('fr', '2027-01'), text('fr')])).toEqual({ shown: text('fr', '2027-01'), french: undefined, fellBack: true });
    // The French beside is the same version as the text shown.
    expect(consentTexts([text('ti')], [text('fr', '2027-01'), text('fr')])?.french).toEqual(text('fr'));
    expect(consentTexts([], [])).toBeUndefined();
  });

  it('without consent, prints the slips of the offers picked through the public endpoint, in the visitor’s language', () => {
    expect(slipsUrl(selection, 'ar')).toBe('/api/v1/referral-slips?service=a&service=b&lang=ar');
    expect(slipsUrl([fromOffer(offer('x&y', CIMADE), 'rights')], 'fa-AF')).toBe('/api/v1/referral-slips?service=x%26y&lang=fa-AF');
    const many = Array.from({ length: 25 }, (_, i) => fromOffer(offer(`s${i}`, CIMADE), 'rights'));
    expect(new URLSearchParams(slipsUrl(many, 'ar').split('?')[1]).getAll('service')).toHaveLength(20);
  });
});

describe('the person and the case', () => {
  const picks = [fromOffer(offer('a', CIMADE), 'rights'), fromSearch(summary('b', ['french']), ['french'])];
  const person: PersonValues = {
    name: '  Amal  ',
    languages: ['ar', 'fr'],
    contactChannel: 'phone',
    birthYear: '1998',
    status: 'asylum-seeker',
    notes: { a: ' Needs an appointment this month. ', b: '' },
  };
  const consent = { scope: { organizations: ['la-cimade', 'gip-ftlv-caec'], fields: ['name', 'contactChannel', 'birthYear', 'status'] as const }, textVersion: '2026-12', textLang: 'ar' };

  it('asks the birth year only for an age condition, the status only when given and a service restricts it', () => {
    const open = service('s1', { statuses: ['any'] });
    const aged = service('s2', { minAge: 18, maxAge: 25 });
    const forRefugees = service('s3', { statuses: ['refugee', 'asylum-seeker'] });
    expect(asks([open], { needs: ['rights'], status: 'refugee' })).toEqual({ birthYear: false, status: false });
    expect(asks([open, aged], { needs: ['rights'] })).toEqual({ birthYear: true, status: false });
    expect(asks([forRefugees], { needs: ['rights'], status: 'refugee' })).toEqual({ birthYear: false, status: true });
    expect(asks([forRefugees], { needs: ['rights'], status: 'prefer-not-to-say' })).toEqual({ birthYear: false, status: false });
    expect(asks([forRefugees], { needs: ['rights'] })).toEqual({ birthYear: false, status: false });
  });

  it('prefills the visitor’s language and the status they gave, or what the agent typed before', () => {
    expect(defaultPerson('ar', { needs: ['rights'], status: 'refugee' })).toEqual({
      name: '',
      languages: ['ar'],
      contactChannel: '',
      birthYear: '',
      status: 'refugee',
      notes: {},
    });
    expect(defaultPerson('ar', { needs: ['rights'] }, person)).toBe(person);
  });

  it('builds the case with only what is asked and given, and lists as shared only the fields kept', () => {
    const ask = { birthYear: true, status: false };
    expect(caseInput(person, { needs: ['rights', 'french'] }, consent, ask)).toEqual({
      person: { name: 'Amal', languages: ['ar', 'fr'], contactChannel: 'phone', birthYear: 1998 },
      needs: ['rights', 'french'],
      consent: { organizations: ['la-cimade', 'gip-ftlv-caec'], fields: ['name', 'contactChannel', 'birthYear'], textVersion: '2026-12', textLang: 'ar' },
    });
    const bare: PersonValues = { ...person, contactChannel: '', birthYear: '' };
    expect(consentedFields(consent.scope, bare, { birthYear: true, status: true })).toEqual(['name', 'status']);
    expect(caseInput(bare, { needs: ['rights'] }, consent, { birthYear: false, status: false }).person).toEqual({ name: 'Amal', languages: ['ar', 'fr'] });
  });

  it('sends each referral at once, with its need and its note when there is one', () => {
    expect(referralInput(picks[0]!, person)).toEqual({ service: 'a', need: 'rights', note: 'Needs an appointment this month.', send: true });
    expect(referralInput(picks[1]!, person)).toEqual({ service: 'b', need: 'french', send: true });
  });

  it('checks the person’s fields before anything is sent', () => {
    const schema = personSchema(en, 2026);
    expect(v.safeParse(schema, { ...person, notes: {} }).success).toBe(true);
    const issues = (value: Partial<PersonValues>) =>
      (v.safeParse(schema, { ...person, ...value }).issues ?? []).map((i) => [v.getDotPath(i), i.message]);
    expect(issues({ name: '   ' })).toEqual([['name', 'Write a pseudonym or a first name.']]);
    expect(issues({ name: 'x'.repeat(61) })).toEqual([['name', '60 characters at most.']]);
    expect(issues({ birthYear: '2031' })).toEqual([['birthYear', 'A year from 1900 to 2026.']]);
    expect(issues({ birthYear: '98' })).toEqual([['birthYear', 'A year from 1900 to 2026.']]);
    expect(issues({ notes: { a: 'x'.repeat(1001) } })).toEqual([['notes.a', '1000 characters at most.']]);
  });

  it('puts the server’s errors on the person’s fields', () => {
    expect(personFieldOf('person.name')).toBe('name');
    expect(personFieldOf('$.person.birthYear')).toBe('birthYear');
    expect(personFieldOf('person.languages[0]')).toBe('languages');
    expect(personFieldOf('consent.textVersion')).toBeUndefined();
    expect(personFieldOf('needs')).toBeUndefined();
  });
});

describe('the triage at the desk', () => {
  it('asks for a language and a need, and a well-formed town and postcode', () => {
    expect(triageProblems(undefined, { needs: [] })).toEqual(['lang', 'needs']);
    expect(triageProblems('ar', { needs: ['housing'], postcode: '540' })).toEqual(['postcode']);
    expect(triageProblems('ar', { needs: ['housing'], city: 'x'.repeat(81) })).toEqual(['city']);
    expect(triageProblems('ar', { needs: ['housing'], city: 'Nancy', postcode: '54000' })).toEqual([]);
  });

  it('sets and clears answers, an empty one being no answer', () => {
    const answers = patchAnswers({ needs: ['housing'], city: 'Nancy' }, { ageBand: '18-25', city: '' });
    expect(answers).toEqual({ needs: ['housing'], ageBand: '18-25' });
    expect(patchAnswers(answers, { ageBand: undefined })).toEqual({ needs: ['housing'] });
  });
});

describe('idempotency keys', () => {
  it('keeps a request’s key for the same body, and makes a new one for another body', () => {
    let n = 0;
    const keys = new KeyRing(() => `k${++n}`);
    expect(keys.keyFor('case', { a: 1 })).toBe('k1');
    expect(keys.keyFor('case', { a: 1 })).toBe('k1');
    expect(keys.keyFor('referral:c:a', { a: 1 })).toBe('k2');
    expect(keys.keyFor('case', { a: 2 })).toBe('k3');
  });
});
