// Themes and where, as rules: the values read and put back (coordinates and the territory's note kept), at
// least one theme with the main one among them, the server's territory rule, and the server's paths.
import { describe, expect, it } from 'vitest';
import { staffTranslator } from '../../../lib/i18n/staff';
import type { MaintainedService } from './service';
import { whereErrors, whereFieldOf, whereValues, withWhere } from './where';

const en = staffTranslator('en');
const FIELDS = {
  slug: 's',
  name: { fr: 'Cours' },
  status: 'active',
  themes: ['language', 'training'],
  primaryTheme: 'language',
  audience: ['newcomer'],
  eligibility: {},
  access: { mode: 'walk-in' },
  territory: { city: 'Nancy', department: null, region: 'Grand Est', country: 'FR', latitude: 48.69, longitude: 6.18, note: 'Centre', scope: 'local', scopeNote: 'Held at the town hall' },
} as unknown as MaintainedService['fields'];
const RECORD = { fields: FIELDS } as MaintainedService;

describe('themes and where', () => {
  it('reads the values and puts them back, keeping what the section does not show', () => {
    const values = whereValues(RECORD);
    expect(values).toEqual({ themes: ['language', 'training'], primaryTheme: 'language', city: 'Nancy', department: '', region: 'Grand Est', scope: 'local' });
    expect(withWhere(FIELDS, values)).toEqual(FIELDS);
    const remote = withWhere(FIELDS, { ...values, themes: ['training'], primaryTheme: 'training', city: '', region: ' ', scope: 'national-remote' });
    expect(remote.themes).toEqual(['training']);
    expect(remote.territory).toEqual({ ...FIELDS.territory, city: null, department: null, region: null, scope: 'national-remote' });
  });

  it('needs a theme, the main one among them, and keeps the territory rule', () => {
    const values = whereValues(RECORD);
    expect(whereErrors(values, en)).toEqual({});
    expect(whereErrors({ ...values, themes: [] }, en)).toEqual({ themes: 'Tick at least one theme.', primaryTheme: 'Choose the main theme among the themes ticked.' });
    expect(whereErrors({ ...values, primaryTheme: 'housing' }, en)).toEqual({ primaryTheme: 'Choose the main theme among the themes ticked.' });
    expect(whereErrors({ ...values, city: '', region: '' }, en)).toEqual({ scope: 'A local service needs a town, a département or a region.' });
    expect(whereErrors({ ...values, scope: 'national-remote' }, en)).toEqual({
      scope: 'With a town, département or region, the reach is local. Choose Local, or empty the place.',
    });
    expect(whereErrors({ ...values, city: 'x'.repeat(201) }, en)).toMatchObject({ city: expect.any(String) });
  });

  it('puts a server error on the input it names', () => {
    expect(whereFieldOf('themes[1]')).toBe('themes');
    expect(whereFieldOf('primaryTheme')).toBe('primaryTheme');
    expect(whereFieldOf('territory.scope')).toBe('scope');
    expect(whereFieldOf('territory.city')).toBe('city');
    expect(whereFieldOf('territory.latitude')).toBeUndefined();
  });
});
