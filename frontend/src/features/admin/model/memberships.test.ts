// Memberships without a browser: the list's filters, the grant's checks (the server's own pattern), the
// server's field names, and the membership a 409 is about.
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { staffTranslator } from '../../../lib/i18n/staff';
import { existingMembership, filterMemberships, grantFieldOf, grantSchema, NO_MEMBERSHIP_FILTER, type Membership } from './memberships';

const org = (slug: string, name: string) => ({ id: `id-${slug}`, slug, name });
const ITEMS: Membership[] = [
  { id: 'm1', principalKind: 'user', principal: '0b6c2a3e-1f0a-4c6e-9d2b-5a1e00000003', organization: org('la-cimade', 'La Cimade'), createdAt: '2026-12-01T09:00:00Z' },
  { id: 'm2', principalKind: 'client', principal: 'partner-la-cimade', organization: org('la-cimade', 'La Cimade'), createdAt: '2026-12-01T09:00:00Z' },
  { id: 'm3', principalKind: 'client', principal: 'partner-adoma', organization: org('adoma', 'Adoma'), createdAt: '2026-12-01T09:00:00Z' },
];
const en = staffTranslator('en');

describe('the memberships list', () => {
  it('narrows by kind, organisation and part of the identifier, sorted by organisation then identifier', () => {
    expect(filterMemberships(ITEMS, NO_MEMBERSHIP_FILTER).map((m) => m.id)).toEqual(['m3', 'm1', 'm2']);
    expect(filterMemberships(ITEMS, { ...NO_MEMBERSHIP_FILTER, kind: 'client' }).map((m) => m.id)).toEqual(['m3', 'm2']);
    expect(filterMemberships(ITEMS, { ...NO_MEMBERSHIP_FILTER, organization: 'la-cimade' }).map((m) => m.id)).toEqual(['m1', 'm2']);
    expect(filterMemberships(ITEMS, { ...NO_MEMBERSHIP_FILTER, text: ' PARTNER ' }).map((m) => m.id)).toEqual(['m3', 'm2']);
    expect(filterMemberships(ITEMS, { kind: 'user', organization: 'adoma', text: '' })).toEqual([]);
  });

  it('finds which organisation an identifier already acts for', () => {
    expect(existingMembership(ITEMS, 'client', ' partner-adoma ')?.organization.name).toBe('Adoma');
    expect(existingMembership(ITEMS, 'user', 'partner-adoma')).toBeUndefined();
  });
});

describe('a grant', () => {
  const schema = grantSchema(en);
  const issues = (value: unknown) => (v.safeParse(schema, value).issues ?? []).map((i) => [v.getDotPath(i), i.message]);

  it('needs an identifier the server accepts and an organisation', () => {
    expect(issues({ principalKind: 'client', principal: 'partner-new_1:x@y.z', organization: 'adoma' })).toEqual([]);
    expect(issues({ principalKind: 'client', principal: '  ', organization: '' })).toEqual([
      ['principal', 'Give the identifier.'],
      ['organization', 'Choose the organisation.'],
    ]);
    expect(issues({ principalKind: 'user', principal: 'has space', organization: 'adoma' })).toEqual([
      ['principal', 'Letters, digits and . _ : @ - only, without spaces.'],
    ]);
    expect(issues({ principalKind: 'user', principal: 'x'.repeat(201), organization: 'adoma' })[0]).toEqual(['principal', '200 characters at most.']);
  });

  it('maps the server’s field names onto the form’s', () => {
    expect(grantFieldOf('principal')).toBe('principal');
    expect(grantFieldOf('body.organization')).toBe('organization');
    expect(grantFieldOf('$.principalKind')).toBe('principalKind');
    expect(grantFieldOf('body')).toBeUndefined();
  });
});
