// The audit log against request handlers (MSW): what it asks the server (filters, paging), the service
// names in one lookup, the revert (CSRF header, every audit list refreshed), a refusal explained by its
// status (409: a later change; 412: a write that won the race), and what an entry shows.
import { QueryClientProvider } from '@tanstack/preact-query';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import type { ComponentChildren } from 'preact';
import { render } from 'preact-render-to-string';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../lib/api/client';
import { StaffI18nContext, staffTranslator, type StaffLang } from '../../../lib/i18n/staff';
import { createQueryClient } from '../../../lib/query/client';
import { auditEventsQuery, latestAuditQuery, revertEvent, serviceNamesQuery } from '../api/audit';
import { DEFAULT_AUDIT_FILTER, type AuditEvent } from '../model/audit';
import { adminFormat } from '../model/format';
import { AuditList, EventDetails, recordName, RevertNotice } from './audit';

const CIMADE = 'a0000000-0000-4000-8000-000000000002';
/** A state as the server sends it: any JSON object (the contract types it loosely, as Jackson's JsonNode). */
const state = (value: object) => value as unknown as NonNullable<AuditEvent['before']>;
const SERVICE = 'c2b1f8e4-8a2b-5c7d-9e0f-1a2b3c4d5e6f';
const EVENT: AuditEvent = {
  id: '5b0f3c9e-8a7d-4e6f-9b1a-2c3d4e5f6a7b',
  occurredAt: '2026-12-07T09:30:00Z',
  actorKind: 'user',
  actor: '0b6c2a3e-1f0a-4c6e-9d2b-5a1e00000003',
  actorOrganizationId: CIMADE,
  action: 'update',
  entityType: 'service',
  entityKey: SERVICE,
  entityVersion: 3,
  changedFields: ['name'],
  before: state({ name: { fr: 'Permanence juridique', uk: 'Юридична консультація' } }),
  after: state({ name: { fr: 'Permanence juridique', uk: 'Юридична допомога' } }),
};
const MEMBERSHIP: AuditEvent = {
  ...EVENT,
  id: '6b0f3c9e-8a7d-4e6f-9b1a-2c3d4e5f6a7b',
  actorOrganizationId: null,
  action: 'create',
  entityType: 'membership',
  entityKey: 'm1',
  before: null,
  after: state({ principalKind: 'client', principal: 'partner-new', organizationSlug: 'adoma' }),
};
const DIRECTORY = [{ id: CIMADE, slug: 'la-cimade', name: 'La Cimade', kind: 'association' as const, territory: {} as never, activeServices: 4, updatedAt: '', version: 0 }];
const page = (items: AuditEvent[]) => ({ page: 1, size: 20, totalItems: items.length, totalPages: 1, items });

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  vi.unstubAllGlobals();
});
afterAll(() => server.close());

function Staff({ lang, children }: { lang: StaffLang; children: ComponentChildren }) {
  return (
    <QueryClientProvider client={createQueryClient()}>
      <StaffI18nContext.Provider value={{ lang, t: staffTranslator(lang) }}>{children}</StaffI18nContext.Provider>
    </QueryClientProvider>
  );
}

describe('the audit log', () => {
  it('asks the server for one page with every filter', async () => {
    let asked: URLSearchParams | undefined;
    server.use(
      http.get('*/api/v1/audit-events', ({ request }) => {
        asked = new URL(request.url).searchParams;
        return HttpResponse.json(page([EVENT]));
      }),
    );
    const data = await createQueryClient().fetchQuery(
      auditEventsQuery({ ...DEFAULT_AUDIT_FILTER, entityType: 'service', action: 'update', organization: CIMADE, entityKey: SERVICE, page: 2 }),
    );
    expect(Object.fromEntries(asked!)).toEqual({ page: '2', size: '20', entityType: 'service', action: 'update', organization: CIMADE, entityKey: SERVICE });
    expect(data.items).toHaveLength(1);
    await createQueryClient().fetchQuery(latestAuditQuery());
    expect(asked?.get('size')).toBe('5');
  });

  it('names the services of a page in one lookup, in the staff language', async () => {
    let body: unknown;
    let lang: string | null = null;
    server.use(
      http.post('*/api/v1/services/lookup', async ({ request }) => {
        body = await request.json();
        lang = new URL(request.url).searchParams.get('lang');
        return HttpResponse.json({ items: [{ id: SERVICE, name: 'Permanence juridique (Lyon)' }] });
      }),
    );
    const names = await createQueryClient().fetchQuery(serviceNamesQuery([SERVICE], 'fr'));
    expect(body).toEqual({ ids: [SERVICE] });
    expect(lang).toBe('fr');
    expect(recordName(EVENT, DIRECTORY, names, staffTranslator('fr'))).toBe('Permanence juridique (Lyon)');
    expect(recordName(MEMBERSHIP, DIRECTORY, undefined, staffTranslator('en'))).toBe('partner-new for adoma');
  });

  it('reverts with the CSRF header and refreshes every audit list', async () => {
    vi.stubGlobal('document', { cookie: 'passerelle-csrf=tok-1' });
    let csrf: string | null = null;
    server.use(
      http.post('*/api/v1/audit-events/:id/revert', ({ request, params }) => {
        csrf = request.headers.get('X-CSRF-Token');
        expect(params['id']).toBe(EVENT.id);
        return HttpResponse.json({ ...EVENT, id: 'r1', action: 'revert', revertsEventId: EVENT.id });
      }),
    );
    const queries = createQueryClient();
    queries.setQueryData(auditEventsQuery(DEFAULT_AUDIT_FILTER).queryKey, page([EVENT]));
    const revert = await revertEvent(queries, EVENT.id);
    expect(csrf).toBe('tok-1');
    expect(revert.revertsEventId).toBe(EVENT.id);
    expect(queries.getQueryState(auditEventsQuery(DEFAULT_AUDIT_FILTER).queryKey)?.isInvalidated).toBe(true);
  });

  it('explains a refused revert by its status', async () => {
    server.use(
      http.post('*/api/v1/audit-events/:id/revert', () =>
        HttpResponse.json({ title: 'Conflict', status: 409, detail: 'The record changed after this event.' }, { status: 409, headers: { 'content-type': 'application/problem+json' } }),
      ),
    );
    const error = await revertEvent(createQueryClient(), EVENT.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(409);
    const en = staffTranslator('en');
    const later = render(<RevertNotice outcome={{ ok: false, refusal: 'later-change' }} t={en} />);
    expect(later).toContain('role="alert"');
    expect(later).toContain('changed again after it (409)');
    expect(render(<RevertNotice outcome={{ ok: false, refusal: 'race' }} t={en} />)).toContain('while you were undoing (412)');
    expect(render(<RevertNotice outcome={{ ok: true }} t={staffTranslator('fr')} />)).toContain('Modification annulée');
  });

  it('shows who changed what, for which organisation, in Paris time', () => {
    const html = render(
      <Staff lang="en">
        <AuditList
          events={[EVENT, MEMBERSHIP]}
          directory={DIRECTORY}
          serviceNames={new Map([[SERVICE, 'Permanence juridique (Lyon)']])}
          t={staffTranslator('en')}
          format={adminFormat('en')}
          onRecord={() => undefined}
          onReverted={() => undefined}
        />
      </Staff>,
    );
    expect(html).toContain('Changed · Service · <span class="admin-event__record">Permanence juridique (Lyon)</span>');
    expect(html).toContain('by La Cimade (Person’s account 0b6c2a3e-1f0a-4c6e-9d2b-5a1e00000003)');
    expect(html).toContain('Created · Membership');
    expect(html).toContain('by No organisation');
    // 09:30 UTC is 10:30 in Paris in December.
    expect(html).toMatch(/10:30/);
    expect(html).toContain('aria-expanded="false"');
  });

  it('opens an entry on its changes, field by field, with a revert only where one is possible', () => {
    const en = staffTranslator('en');
    const details = render(
      <Staff lang="en">
        <EventDetails event={EVENT} t={en} onRecord={() => undefined} onReverted={() => undefined} />
      </Staff>,
    );
    expect(details).toContain('<code>name.uk</code>');
    expect(details).toContain('Юридична консультація');
    expect(details).toContain('Юридична допомога');
    expect(details).not.toContain('name.fr');
    expect(details).toContain('Undo this change…');
    // The confirmation step is there, closed until the button opens it.
    expect(details).toMatch(/<dialog id="revert-[^"]+" class="staff-dialog" aria-labelledby="revert-[^"]+-title">/);
    expect(details).toContain('Undo this change?');
    const member = render(
      <Staff lang="fr">
        <EventDetails event={MEMBERSHIP} t={staffTranslator('fr')} onRecord={() => undefined} onReverted={() => undefined} />
      </Staff>,
    );
    expect(member).not.toContain('Annuler cette modification…');
    expect(member).toContain('Ce type de modification ne s’annule pas ici.');
  });
});
