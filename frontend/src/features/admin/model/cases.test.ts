// Finding a case and confirming its erasure, without a browser.
import { describe, expect, it } from 'vitest';
import { staffTranslator } from '../../../lib/i18n/staff';
import { caseKeyError, confirmsErasure, isCaseId, parseCaseKey } from './cases';

const ID = '11111111-2222-4333-8444-555555555555';

describe('a case key', () => {
  it('is a reference (any case, outer spaces forgiven) or an id', () => {
    expect(parseCaseKey(' pas-2026-000123 ')).toEqual({ kind: 'reference', reference: 'PAS-2026-000123' });
    expect(parseCaseKey(ID.toUpperCase())).toEqual({ kind: 'id', id: ID });
    expect(parseCaseKey('Amal Person')).toBeUndefined();
    expect(parseCaseKey('PAS 2026 000123')).toBeUndefined();
    expect(isCaseId(ID)).toBe(true);
    expect(isCaseId(undefined)).toBe(false);
    expect(isCaseId('PAS-2026-000123')).toBe(false);
  });

  it('says what is wrong with what was typed', () => {
    const en = staffTranslator('en');
    expect(caseKeyError('', en)).toBe('Give the case’s reference or id.');
    expect(caseKeyError('someone', en)).toMatch(/not a case reference/);
    expect(caseKeyError('PAS-2026-000123', en)).toBeUndefined();
  });
});

describe('the erasure’s typed confirmation', () => {
  it('is the case’s reference, whatever the letters’ case and outer spaces', () => {
    expect(confirmsErasure(' pas-2026-000123', 'PAS-2026-000123')).toBe(true);
    expect(confirmsErasure('PAS-2026-000124', 'PAS-2026-000123')).toBe(false);
    expect(confirmsErasure('', 'PAS-2026-000123')).toBe(false);
  });
});
