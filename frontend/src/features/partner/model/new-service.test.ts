// A new service as rules: the short name made from the French name, each missing or wrong field said, the body
// the server takes (who it is for left unstated; a town, or everywhere at a distance), and the server's paths.
import { describe, expect, it } from 'vitest';
import { staffTranslator } from '../../../lib/i18n/staff';
import { EMPTY_SERVICE, newServiceErrors, newServiceFieldOf, newServiceInput, slugOf } from './new-service';

const en = staffTranslator('en');
const THEMES = new Set(['french-courses', 'housing']);
const VALID = { ...EMPTY_SERVICE, nameFr: 'Cours du soir', nameEn: 'Evening classes', slug: 'cours-du-soir', primaryTheme: 'french-courses', accessMode: 'walk-in' as const, city: 'Nancy' };

describe('a new service', () => {
  it('takes its short name from the French name', () => {
    expect(slugOf('Cours de français — le soir !')).toBe('cours-de-francais-le-soir');
    expect(slugOf('  Œuvre d’accueil ')).toBe('uvre-d-accueil');
    expect(slugOf('x'.repeat(130))).toHaveLength(120);
    expect(slugOf('---')).toBe('');
  });

  it('says each missing or wrong field', () => {
    expect(newServiceErrors(VALID, THEMES, en)).toEqual({});
    expect(newServiceErrors(EMPTY_SERVICE, THEMES, en)).toEqual({
      nameFr: 'Fill this in.',
      nameEn: 'Fill this in.',
      slug: 'Fill this in.',
      primaryTheme: 'Choose the main theme.',
      accessMode: 'Choose how people get in.',
      city: 'Give the town, or tick “by phone or online, anywhere in France”.',
    });
    expect(newServiceErrors({ ...VALID, slug: 'Cours Du Soir', primaryTheme: 'gardening' }, THEMES, en)).toEqual({
      slug: 'Use lower-case letters, digits and single hyphens only, such as cours-de-francais-soir.',
      primaryTheme: 'Choose the main theme.',
    });
    // At a distance, no town is needed.
    expect(newServiceErrors({ ...VALID, city: '', remote: true }, THEMES, en)).toEqual({});
  });

  it('sends what the server takes, who it is for left unstated', () => {
    expect(newServiceInput({ ...VALID, nameFr: ' Cours du soir ' })).toEqual({
      slug: 'cours-du-soir',
      name: { fr: 'Cours du soir', en: 'Evening classes' },
      status: 'active',
      themes: ['french-courses'],
      primaryTheme: 'french-courses',
      audience: ['newcomer'],
      eligibility: {},
      access: { mode: 'walk-in' },
      territory: { city: 'Nancy', country: 'FR', scope: 'local' },
    });
    expect(newServiceInput({ ...VALID, remote: true }).territory).toEqual({ country: 'FR', scope: 'national-remote' });
  });

  it('puts a server error on the input it names', () => {
    expect(newServiceFieldOf('name.fr')).toBe('nameFr');
    expect(newServiceFieldOf('name[en]')).toBe('nameEn');
    expect(newServiceFieldOf('slug')).toBe('slug');
    expect(newServiceFieldOf('themes[0]')).toBe('primaryTheme');
    expect(newServiceFieldOf('access.mode')).toBe('accessMode');
    expect(newServiceFieldOf('territory.scope')).toBe('city');
    expect(newServiceFieldOf('version')).toBeUndefined();
  });
});
