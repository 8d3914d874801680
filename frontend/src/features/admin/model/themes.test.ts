// Theme labels without a browser: one value per kiosk language with its direction, the body sent (blanks
// left out, other languages kept), French and English required, and the server's field names.
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { staffTranslator } from '../../../lib/i18n/staff';
import { KIOSK_LANGUAGES, labelFieldOf, labelsSchema, labelValues, missingLanguages, themeInput, type ThemeDetail } from './themes';

const THEME: ThemeDetail = {
  code: 'housing',
  domain: 'housing',
  sortOrder: 1,
  labels: { fr: 'Logement', en: 'Housing', ar: 'السكن', de: 'Wohnen' },
  version: 4,
};

describe('theme labels', () => {
  it('has the eight kiosk languages, right to left for Arabic, Dari and Pashto', () => {
    expect(KIOSK_LANGUAGES.map((l) => l.tag)).toEqual(['fr', 'en', 'ar', 'fa-AF', 'ps', 'ti', 'uk', 'ru']);
    expect(KIOSK_LANGUAGES.filter((l) => l.dir === 'rtl').map((l) => l.tag)).toEqual(['ar', 'fa-AF', 'ps']);
  });

  it('starts from the labels the theme has, blank elsewhere', () => {
    expect(labelValues(THEME)).toEqual({ fr: 'Logement', en: 'Housing', ar: 'السكن', 'fa-AF': '', ps: '', ti: '', uk: '', ru: '' });
    expect(missingLanguages(THEME)).toEqual(['fa-AF', 'ps', 'ti', 'uk', 'ru']);
  });

  it('sends the domain and order unchanged, trimmed labels, no blank one, and keeps a language it does not edit', () => {
    const values = { ...labelValues(THEME), ar: '  ', uk: ' Житло ', 'fa-AF': 'مسکن' };
    expect(themeInput(THEME, values)).toEqual({
      domain: 'housing',
      sortOrder: 1,
      labels: { de: 'Wohnen', fr: 'Logement', en: 'Housing', 'fa-AF': 'مسکن', uk: 'Житло' },
    });
  });

  it('requires French and English, and bounds every label', () => {
    const schema = labelsSchema(staffTranslator('en'));
    const issues = (values: Record<string, string>) => (v.safeParse(schema, values).issues ?? []).map((i) => [v.getDotPath(i), i.message]);
    expect(issues(labelValues(THEME))).toEqual([]);
    expect(issues({ ...labelValues(THEME), fr: ' ', en: '' })).toEqual([
      ['fr', 'Write the label: French and English are required.'],
      ['en', 'Write the label: French and English are required.'],
    ]);
    expect(issues({ ...labelValues(THEME), ti: 'x'.repeat(201) })).toEqual([['ti', '200 characters at most.']]);
  });

  it('reads the server’s field of a label as its language', () => {
    expect(labelFieldOf('labels[fa-AF]')).toBe('fa-AF');
    expect(labelFieldOf('labels.ar')).toBe('ar');
    expect(labelFieldOf('labels<K>[ps].<map value>')).toBe('ps');
    expect(labelFieldOf('labels[de]')).toBeUndefined();
    expect(labelFieldOf('labels')).toBeUndefined();
  });
});
