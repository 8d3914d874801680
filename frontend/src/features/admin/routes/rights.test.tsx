// The person's rights against request handlers (MSW): the export downloaded through the API with its
// object URL revoked, the erasure sent with the version read (If-Match) and refused as the server says
// (409 erased already, 412 changed since read), and what each outcome tells the coordinator.
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { render } from 'preact-render-to-string';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../lib/api/client';
import { staffTranslator } from '../../../lib/i18n/staff';
import { createQueryClient } from '../../../lib/query/client';
import { adminCaseKey, downloadCaseExport, eraseCase, type Case } from '../api/cases';
import { CaseFacts } from '../components/case-facts';
import { adminFormat } from '../model/format';
import { ErasureResultNotice } from './rights';

const ID = '11111111-2222-4333-8444-555555555555';
const CASE: Case = {
  id: ID,
  reference: 'PAS-2026-000123',
  desk: { id: 'd', slug: 'guichet-unique-nancy', name: 'Guichet unique Nancy' },
  openedAt: '2026-12-01T09:00:00Z',
  lastContactAt: '2026-12-03T09:00:00Z',
  person: null,
  needs: ['housing'],
  consent: { organizations: [], fields: [], records: [] },
  referrals: [],
  version: 5,
};

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});
afterAll(() => server.close());

describe('the export', () => {
  it('downloads through the API as a file named for the case, and revokes its object URL', async () => {
    server.use(http.get('*/api/v1/cases/:id/export', () => HttpResponse.json({ case: { id: ID, reference: 'PAS-2026-000123' } })));
    const link = { href: '', download: '', rel: '', click: vi.fn(), remove: vi.fn() };
    vi.stubGlobal('document', { cookie: '', createElement: () => link, body: { append: vi.fn() } });
    const revoked: string[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation(() => 'blob:export');
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation((url) => void revoked.push(url));
    await downloadCaseExport(ID, 'PAS-2026-000123');
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(link.click).toHaveBeenCalledOnce();
    expect(link.download).toBe('PAS-2026-000123-export.json');
    expect(revoked).toEqual(['blob:export']);
  });
});

describe('the erasure', () => {
  it('sends the version read with the CSRF header, then reads the case again', async () => {
    vi.stubGlobal('document', { cookie: 'passerelle-csrf=tok-3' });
    let ifMatch: string | null = null;
    let csrf: string | null = null;
    server.use(
      http.delete('*/api/v1/cases/:id', ({ request }) => {
        ifMatch = request.headers.get('If-Match');
        csrf = request.headers.get('X-CSRF-Token');
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const queries = createQueryClient();
    queries.setQueryData(adminCaseKey(ID), CASE);
    await eraseCase(queries, ID, 5);
    expect(ifMatch).toBe('"5"');
    expect(csrf).toBe('tok-3');
    expect(queries.getQueryState(adminCaseKey(ID))?.isInvalidated).toBe(true);
  });

  it('is refused with the server’s status: 409 erased already, 412 changed since read', async () => {
    for (const status of [409, 412]) {
      server.use(http.delete('*/api/v1/cases/:id', () => HttpResponse.json({ title: 'Refused', status }, { status, headers: { 'content-type': 'application/problem+json' } })));
      const error = await eraseCase(createQueryClient(), ID, 5).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ApiError);
      expect((error as ApiError).status).toBe(status);
    }
    const en = staffTranslator('en');
    expect(render(<ErasureResultNotice result="erased" t={en} reload={() => undefined} />)).toContain('nothing personal is left');
    expect(render(<ErasureResultNotice result="already" t={en} reload={() => undefined} />)).toContain('erased already (409)');
    const stale = render(<ErasureResultNotice result="stale" t={en} reload={() => undefined} />);
    expect(stale).toContain('changed since you opened it');
    expect(stale).toContain('Read it again');
  });

  it('identifies the case without its person', () => {
    const html = render(<CaseFacts kase={{ ...CASE, anonymisedAt: '2027-01-01T10:00:00Z' }} t={staffTranslator('fr')} format={adminFormat('fr')} />);
    expect(html).toContain('Guichet unique Nancy');
    expect(html).toContain('Anonymisé le');
    expect(html).not.toContain('housing');
  });
});
