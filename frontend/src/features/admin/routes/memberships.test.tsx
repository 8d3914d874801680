// Memberships against request handlers (MSW): the grant's body and CSRF header, the list and the audit
// refreshed, a revocation (204, no body), a 409 that names the organisation already held, and the list
// and a membership's history as they render.
import { QueryClientProvider } from '@tanstack/preact-query';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { render } from 'preact-render-to-string';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../lib/api/client';
import { StaffI18nContext, staffTranslator } from '../../../lib/i18n/staff';
import { createQueryClient } from '../../../lib/query/client';
import { recordAuditQuery } from '../api/audit';
import { grantMembership, membershipsQuery, revokeMembership } from '../api/memberships';
import { adminFormat } from '../model/format';
import type { Membership } from '../model/memberships';
import { MembershipHistory, MembershipTable } from './memberships';

const ADOMA = { id: 'a0000000-0000-4000-8000-000000000001', slug: 'adoma', name: 'Adoma' };
const CREATED: Membership = { id: 'm9', principalKind: 'client', principal: 'partner-new', organization: ADOMA, createdAt: '2026-12-07T09:00:00Z' };

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  vi.unstubAllGlobals();
});
afterAll(() => server.close());

describe('memberships', () => {
  it('grants with the trimmed identifier and the CSRF header, then refreshes the list and the audit', async () => {
    vi.stubGlobal('document', { cookie: 'passerelle-csrf=tok-2' });
    let body: unknown;
    let csrf: string | null = null;
    server.use(
      http.post('*/api/v1/memberships', async ({ request }) => {
        body = await request.json();
        csrf = request.headers.get('X-CSRF-Token');
        return HttpResponse.json(CREATED, { status: 201 });
      }),
    );
    const queries = createQueryClient();
    queries.setQueryData(membershipsQuery.queryKey, []);
    queries.setQueryData(['audit-events', { page: 1 }], { items: [] });
    const created = await grantMembership(queries, { principalKind: 'client', principal: ' partner-new ', organization: 'adoma' });
    expect(body).toEqual({ principalKind: 'client', principal: 'partner-new', organization: 'adoma' });
    expect(csrf).toBe('tok-2');
    expect(created.organization.name).toBe('Adoma');
    expect(queries.getQueryState(membershipsQuery.queryKey)?.isInvalidated).toBe(true);
    expect(queries.getQueryState(['audit-events', { page: 1 }])?.isInvalidated).toBe(true);
  });

  it('says a 409 as such (the identifier already acts for an organisation)', async () => {
    server.use(
      http.post('*/api/v1/memberships', () =>
        HttpResponse.json({ title: 'Conflict', status: 409, detail: 'This principal already acts for an organisation.' }, { status: 409, headers: { 'content-type': 'application/problem+json' } }),
      ),
    );
    const error = await grantMembership(createQueryClient(), { principalKind: 'client', principal: 'partner-adoma', organization: 'la-cimade' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(409);
  });

  it('revokes (204, no body) and throws on a refusal', async () => {
    const deleted: string[] = [];
    server.use(
      http.delete('*/api/v1/memberships/:id', ({ params }) => {
        deleted.push(String(params['id']));
        return params['id'] === 'gone' ? HttpResponse.json({ title: 'Not Found', status: 404 }, { status: 404 }) : new HttpResponse(null, { status: 204 });
      }),
    );
    const queries = createQueryClient();
    queries.setQueryData(membershipsQuery.queryKey, [CREATED]);
    await revokeMembership(queries, 'm9');
    expect(deleted).toEqual(['m9']);
    expect(queries.getQueryState(membershipsQuery.queryKey)?.isInvalidated).toBe(true);
    const error = await revokeMembership(queries, 'gone').catch((e: unknown) => e);
    expect((error as ApiError).status).toBe(404);
  });

  it('lists each membership with its kind, organisation and date, and buttons named for it', () => {
    const t = staffTranslator('en');
    const html = render(
      <QueryClientProvider client={createQueryClient()}>
        <MembershipTable items={[CREATED]} total={4} t={t} format={adminFormat('en')} onRevoked={() => undefined} />
      </QueryClientProvider>,
    );
    expect(html).toContain('1 of 4 memberships');
    expect(html).toContain('<code class="admin-principal">partner-new</code>');
    expect(html).toContain('API client');
    expect(html).toContain('Dec 7, 2026');
    expect(html).toContain('aria-label="Revoke partner-new for Adoma"');
    expect(html).toContain('aria-label="History of partner-new"');
    expect(html).toContain('Revoke this membership?');
    const fr = render(
      <QueryClientProvider client={createQueryClient()}>
        <MembershipTable items={[CREATED]} total={1} t={staffTranslator('fr')} format={adminFormat('fr')} onRevoked={() => undefined} />
      </QueryClientProvider>,
    );
    expect(fr).toContain('Client API');
    expect(fr).toContain('7 déc. 2026');
  });

  it('reads a membership’s history from the audit trail', async () => {
    let asked: URLSearchParams | undefined;
    server.use(
      http.get('*/api/v1/audit-events', ({ request }) => {
        asked = new URL(request.url).searchParams;
        return HttpResponse.json({ page: 1, size: 100, totalItems: 1, totalPages: 1, items: [] });
      }),
    );
    const queries = createQueryClient();
    await queries.fetchQuery(recordAuditQuery('membership', 'm9'));
    expect(asked?.get('entityType')).toBe('membership');
    expect(asked?.get('entityKey')).toBe('m9');
    queries.setQueryData(recordAuditQuery('membership', 'm9').queryKey, {
      page: 1,
      size: 100,
      totalItems: 1,
      totalPages: 1,
      items: [
        {
          id: 'e1',
          occurredAt: '2026-12-07T09:00:00Z',
          actorKind: 'user' as const,
          actor: '0b6c2a3e-1f0a-4c6e-9d2b-5a1e00000002',
          action: 'create' as const,
          entityType: 'membership',
          entityKey: 'm9',
          changedFields: [],
        },
      ],
    });
    const t = staffTranslator('en');
    const html = render(
      <QueryClientProvider client={queries}>
        <StaffI18nContext.Provider value={{ lang: 'en', t }}>
          <MembershipHistory id="m9" t={t} format={adminFormat('en')} />
        </StaffI18nContext.Provider>
      </QueryClientProvider>,
    );
    expect(html).toContain('Granted');
    expect(html).toContain('by 0b6c2a3e-1f0a-4c6e-9d2b-5a1e00000002');
    expect(html).toContain('href="/admin/audit?type=membership&amp;record=m9"');
  });
});
