// An organisation's form as rules: what it checks before sending (the server's bounds, patterns and territory
// rule), the body it sends (blanks as null, what the form does not show kept from the record), and which input a
// server error lands on.
import { describe, expect, it } from 'vitest';
import { staffTranslator } from '../../../lib/i18n/staff';
import {
  EMPTY_ORGANIZATION,
  organizationFieldOf,
  organizationInput,
  organizationErrors,
  organizationValues,
  type MaintainedOrganization,
  type OrganizationValues,
} from './organization-form';

const en = staffTranslator('en');

const RECORD: MaintainedOrganization = {
  id: '5a1c2e3d-7b4f-5c6a-9d8e-2f1a0b9c8d7e',
  slug: 'maison-des-migrants',
  fields: {
    slug: 'maison-des-migrants',
    name: 'Maison des migrants',
    kind: 'association',
    kindNote: null,
    description: { fr: 'Accueil de jour.', en: 'Day centre.', ar: 'مركز نهاري.' },
    website: 'https://maison-des-migrants.example',
    email: null,
    phone: '+33100000000',
    territory: { city: 'Nancy', department: null, region: 'Grand Est', country: 'FR', latitude: 48.69, longitude: 6.18, note: 'Centre-ville', scope: 'local', scopeNote: null },
  },
  source: { file: null, section: null, lines: null, date: null },
  updatedAt: '2026-11-03T09:15:00Z',
  version: 2,
};

/** The messages by input, as the form shows them. */
const errors = (values: OrganizationValues, creating = false): Record<string, string> => organizationErrors(values, en, creating);

const VALID: OrganizationValues = { ...EMPTY_ORGANIZATION, slug: 'maison-des-migrants', name: 'Maison des migrants', kind: 'association', city: 'Nancy' };

describe('an organisation’s form', () => {
  it('accepts a complete organisation, and says each mistake at its input', () => {
    expect(errors(VALID, true)).toEqual({});
    expect(errors(EMPTY_ORGANIZATION, true)).toEqual({
      slug: 'This is required.',
      name: 'This is required.',
      kind: 'Choose the kind of organisation.',
      scope: 'A local organisation needs a town, a département or a region.',
    });
    expect(
      errors({ ...VALID, slug: 'Maison des migrants', website: 'maison.example', email: 'accueil', phone: '03 83 00 00 00', kindNote: 'x'.repeat(501) }, true),
    ).toEqual({
      slug: 'Use lower-case letters, digits and single hyphens only, such as maison-des-migrants.',
      website: 'Give a web address starting with https:// or http://.',
      email: 'Give one e-mail address, such as accueil@association.example.',
      phone: 'Give the number with its country code, such as +33 3 83 00 00 00.',
      kindNote: '500 characters at most.',
    });
    // A phone typed with spaces and dots is fine; its digits are what is sent.
    expect(errors({ ...VALID, phone: '+33 3.83 00 00 00' }, true)).toEqual({});
  });

  it('keeps the server’s territory rule: local names a place, and a place means local', () => {
    expect(errors({ ...VALID, scope: 'national-remote' })).toEqual({
      scope: 'With a town, département or region, the reach is local. Choose Local, or empty the place.',
    });
    expect(errors({ ...VALID, city: '', scope: 'national-remote' })).toEqual({});
    expect(errors({ ...VALID, city: '', scope: '' })).toEqual({});
  });

  it('does not check the slug of an organisation that exists (it never changes)', () => {
    expect(errors({ ...organizationValues(RECORD), slug: '' })).toEqual({});
  });

  it('sends blanks as null and keeps what the form does not show', () => {
    const values = { ...organizationValues(RECORD), name: ' Maison des migrants de Nancy ', descriptionEn: '', phone: '+33 3 83 00 00 00' };
    expect(organizationInput(values, RECORD)).toEqual({
      slug: 'maison-des-migrants',
      name: 'Maison des migrants de Nancy',
      kind: 'association',
      kindNote: null,
      // The Arabic description is kept; the English one, emptied, is left out.
      description: { ar: 'مركز نهاري.', fr: 'Accueil de jour.' },
      website: 'https://maison-des-migrants.example',
      email: null,
      phone: '+33383000000',
      territory: { city: 'Nancy', department: null, region: 'Grand Est', country: 'FR', latitude: 48.69, longitude: 6.18, note: 'Centre-ville', scope: 'local', scopeNote: null },
    });
    const created = organizationInput({ ...VALID, slug: ' maison-des-migrants ' });
    expect(created.slug).toBe('maison-des-migrants');
    expect(created.description).toEqual({});
    expect(created.territory).toMatchObject({ city: 'Nancy', country: 'FR', scope: 'local', latitude: null, note: null });
  });

  it('puts a server error on the input it names', () => {
    expect(organizationFieldOf('phone')).toBe('phone');
    expect(organizationFieldOf('body.name')).toBe('name');
    expect(organizationFieldOf('territory.scope')).toBe('scope');
    expect(organizationFieldOf('territory.city')).toBe('city');
    expect(organizationFieldOf('description[en]')).toBe('descriptionEn');
    expect(organizationFieldOf('description<K>[fr]')).toBe('descriptionFr');
    expect(organizationFieldOf('description[ar]')).toBeUndefined();
    expect(organizationFieldOf('territory.latitude')).toBeUndefined();
    expect(organizationFieldOf('version')).toBeUndefined();
  });
});
