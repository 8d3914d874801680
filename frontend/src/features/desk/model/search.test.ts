import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { staffTranslator } from '../../../lib/i18n/staff';
import { formFieldOf, Q_MAX, searchSchema, toQuery } from './search';

const schema = searchSchema(staffTranslator('en'));
const issues = (input: unknown) => v.safeParse(schema, input).issues?.map((i) => [v.getDotPath(i), i.message]) ?? [];

describe('the desk search form', () => {
  it('asks for a word or a domain, on the keywords field', () => {
    expect(issues({ q: '  ', domain: '', city: 'Nancy' })).toEqual([['q', 'Type a word or choose a domain.']]);
    expect(issues({ q: 'avocat', domain: '', city: '' })).toEqual([]);
    expect(issues({ q: '', domain: 'housing', city: '' })).toEqual([]);
  });

  it('says the server limits before the server has to', () => {
    expect(issues({ q: 'a'.repeat(Q_MAX + 1), domain: '', city: '' })).toEqual([['q', `${Q_MAX} characters at most.`]]);
    expect(issues({ q: 'x', domain: '', city: 'b'.repeat(81) })).toEqual([['city', '80 characters at most.']]);
  });

  it('sends only what was filled in, trimmed', () => {
    expect(toQuery({ q: ' avocat ', domain: '', city: '  ' }, 'fr')).toEqual({ lang: 'fr', q: 'avocat' });
    expect(toQuery({ q: '', domain: 'housing', city: 'Lyon' }, 'en')).toEqual({ lang: 'en', domain: 'housing', city: 'Lyon' });
  });

  it('maps the server field names to its fields', () => {
    expect(formFieldOf('q')).toBe('q');
    expect(formFieldOf('query.city')).toBe('city');
    expect(formFieldOf('size')).toBeUndefined();
  });
});
