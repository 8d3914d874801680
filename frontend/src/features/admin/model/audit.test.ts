// The audit log's rules without a browser: the filter in the address (codes and ids only), what may be
// reverted, what a refusal means, and the field-by-field difference of two states.
import { describe, expect, it } from 'vitest';
import { staffTranslator } from '../../../lib/i18n/staff';
import {
  auditFilterFromQuery,
  auditFilterToSearch,
  canRevert,
  DEFAULT_AUDIT_FILTER,
  diffStates,
  entityTypeLabel,
  revertRefusal,
  toAuditQuery,
} from './audit';

const ORG = '3c2d1e0f-5a4b-5c6d-9e8f-0a1b2c3d4e5f';

describe('the audit filter in the address', () => {
  it('round-trips every filter, and leaves the defaults out', () => {
    const filter = { entityType: 'service', action: 'update', organization: ORG, entityKey: 'c2b1f8e4-8a2b-5c7d-9e0f-1a2b3c4d5e6f', page: 3 } as const;
    const search = auditFilterToSearch(filter);
    expect(search).toBe(`?type=service&action=update&organization=${ORG}&record=c2b1f8e4-8a2b-5c7d-9e0f-1a2b3c4d5e6f&page=3`);
    expect(auditFilterFromQuery(Object.fromEntries(new URLSearchParams(search)))).toEqual(filter);
    expect(auditFilterToSearch(DEFAULT_AUDIT_FILTER)).toBe('');
  });

  it('drops what is not a code or an id, as any other input', () => {
    expect(
      auditFilterFromQuery({ type: 'person', action: 'erase', organization: 'la-cimade', record: 'a b<script>', page: '-4' }),
    ).toEqual(DEFAULT_AUDIT_FILTER);
    expect(auditFilterFromQuery({ record: 'housing' }).entityKey).toBe('housing');
    expect(auditFilterFromQuery({ organization: ORG.toUpperCase() }).organization).toBe(ORG);
  });

  it('asks the server to filter and page, so a filter holds across pages', () => {
    expect(toAuditQuery(DEFAULT_AUDIT_FILTER)).toEqual({ page: 1, size: 20 });
    expect(toAuditQuery({ ...DEFAULT_AUDIT_FILTER, action: 'revert', organization: ORG, page: 2 })).toEqual({
      page: 2,
      size: 20,
      action: 'revert',
      organization: ORG,
    });
  });
});

describe('reverting', () => {
  it('offers a revert for the catalogue’s records only, never for a deletion', () => {
    expect(canRevert({ entityType: 'service', action: 'update' })).toBe(true);
    expect(canRevert({ entityType: 'organization', action: 'create' })).toBe(true);
    expect(canRevert({ entityType: 'initiative', action: 'revert' })).toBe(true);
    expect(canRevert({ entityType: 'service', action: 'delete' })).toBe(false);
    expect(canRevert({ entityType: 'membership', action: 'create' })).toBe(false);
    expect(canRevert({ entityType: 'theme', action: 'update' })).toBe(false);
    expect(canRevert({ entityType: 'retention-policy', action: 'update' })).toBe(false);
  });

  it('tells a later change (409) from a lost race (412)', () => {
    expect(revertRefusal(409)).toBe('later-change');
    expect(revertRefusal(412)).toBe('race');
    expect(revertRefusal(404)).toBe('gone');
    expect(revertRefusal(500)).toBe('other');
    expect(revertRefusal(0)).toBe('other');
  });
});

describe('what a write changed', () => {
  it('lists only the fields whose value differs, by path', () => {
    const before = { name: { fr: 'Permanence', en: 'Drop-in' }, capacity: { waitingList: false }, themes: ['rights'], phone: null };
    const after = { name: { fr: 'Permanence juridique', en: 'Drop-in' }, capacity: { waitingList: true }, themes: ['rights', 'administrative'], phone: null };
    expect(diffStates(before, after)).toEqual([
      { path: 'name.fr', before: 'Permanence', after: 'Permanence juridique' },
      { path: 'capacity.waitingList', before: 'false', after: 'true' },
      { path: 'themes[1]', before: undefined, after: 'administrative' },
    ]);
  });

  it('lists what a creation set and what a deletion removed', () => {
    expect(diffStates(null, { principal: 'client-x', organizationSlug: 'adoma' })).toEqual([
      { path: 'principal', before: undefined, after: 'client-x' },
      { path: 'organizationSlug', before: undefined, after: 'adoma' },
    ]);
    expect(diffStates({ caseMonths: 24 }, undefined)).toEqual([{ path: 'caseMonths', before: '24', after: undefined }]);
    expect(diffStates({ a: [] }, { a: ['x'] })).toEqual([
      { path: 'a', before: '[]', after: undefined },
      { path: 'a[0]', before: undefined, after: 'x' },
    ]);
    expect(diffStates({ a: 1 }, { a: 1 })).toEqual([]);
  });

  it('names a record type in the staff language, and an unknown one as the server wrote it', () => {
    expect(entityTypeLabel('service', staffTranslator('fr'))).toBe('Service');
    expect(entityTypeLabel('membership', staffTranslator('fr'))).toBe('Rattachement');
    expect(entityTypeLabel('webhook', staffTranslator('en'))).toBe('webhook');
  });
});
