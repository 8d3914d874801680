// Organisations by name where the API gives ids, and a desk's notification address.
import { describe, expect, it } from 'vitest';
import { staffTranslator } from '../../../lib/i18n/staff';
import { deskEmailError, deskEmailFieldOf, organizationName } from './organizations';

const en = staffTranslator('en');
const DIRECTORY = [{ id: 'a0000000-0000-4000-8000-000000000001', name: 'Adoma' }];

describe('organisations', () => {
  it('are named from the directory, by a short id meanwhile, and "none" for no organisation', () => {
    expect(organizationName(DIRECTORY, 'a0000000-0000-4000-8000-000000000001', en)).toBe('Adoma');
    expect(organizationName(undefined, 'a0000000-0000-4000-8000-000000000001', en)).toBe('Organisation a0000000…');
    expect(organizationName(DIRECTORY, null, en)).toBe('No organisation');
  });

  it('take a desk address that is blank or one e-mail address', () => {
    expect(deskEmailError('', en)).toBeUndefined();
    expect(deskEmailError(' accueil@ville.example ', en)).toBeUndefined();
    expect(deskEmailError('accueil', en)).toBe('Give one e-mail address, such as accueil@ville.example.');
    expect(deskEmailError('a@b.c, d@e.f', en)).toBeDefined();
    expect(deskEmailError(`${'x'.repeat(320)}@ville.example`, en)).toBe('320 characters at most.');
    expect(deskEmailFieldOf('body.notificationEmail')).toBe('notificationEmail');
    expect(deskEmailFieldOf('desk')).toBeUndefined();
  });
});
