// The retention setting's bounds come from the policy read; the field says them when a value is outside.
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { staffTranslator } from '../../../lib/i18n/staff';
import { retentionFieldOf, retentionSchema } from './retention';

describe('the retention setting', () => {
  const schema = retentionSchema({ minCaseMonths: 6, maxCaseMonths: 24 }, staffTranslator('en'));
  const message = (caseMonths: string) => v.safeParse(schema, { caseMonths }).issues?.[0]?.message;

  it('takes a whole number of months within the bounds', () => {
    expect(v.safeParse(schema, { caseMonths: ' 18 ' }).output).toEqual({ caseMonths: 18 });
    expect(message('6')).toBeUndefined();
    expect(message('24')).toBeUndefined();
  });

  it('says the bounds for anything else', () => {
    for (const value of ['5', '25', '', '12.5', '-6', 'twelve', '1000']) {
      expect(message(value), value).toBe('Give a whole number of months from 6 to 24.');
    }
    const fr = retentionSchema({ minCaseMonths: 6, maxCaseMonths: 24 }, staffTranslator('fr'));
    expect(v.safeParse(fr, { caseMonths: '30' }).issues?.[0]?.message).toBe('Indiquez un nombre entier de mois de 6 à 24.');
  });

  it('maps the server’s field onto the form’s', () => {
    expect(retentionFieldOf('caseMonths')).toBe('caseMonths');
    expect(retentionFieldOf('body.caseMonths')).toBe('caseMonths');
    expect(retentionFieldOf('body')).toBeUndefined();
  });
});
