// The access journal against request handlers (MSW): a case found by reference (one per desk) or by id
// (404: none), its journal asked by id and page, and each entry in plain words.
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { render } from 'preact-render-to-string';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { components } from '../../../lib/api/client';
import { staffTranslator } from '../../../lib/i18n/staff';
import { createQueryClient } from '../../../lib/query/client';
import { findCasesQuery, journalQuery } from '../api/cases';
import { CaseMatches, onlyMatch } from '../components/case-picker';
import { adminFormat } from '../model/format';
import { JournalTable } from './journal';

const ID = '11111111-2222-4333-8444-555555555555';
const NANCY = 'd0000000-0000-4000-8000-000000000001';
const METZ = 'd0000000-0000-4000-8000-000000000002';
const DIRECTORY = [
  { id: NANCY, slug: 'guichet-unique-nancy', name: 'Guichet unique Nancy', kind: 'public-authority' as const, territory: {} as never, activeServices: 1, updatedAt: '', version: 0 },
  { id: METZ, slug: 'guichet-unique-metz', name: 'Guichet unique Metz', kind: 'public-authority' as const, territory: {} as never, activeServices: 1, updatedAt: '', version: 0 },
];
const ENTRIES: components['schemas']['AccessJournalEntry'][] = [
  { at: '2026-12-07T09:00:00Z', principalKind: 'user', principal: '0b6c2a3e-1f0a-4c6e-9d2b-5a1e00000001', organizationId: NANCY, caseId: ID, action: 'case-create', channel: 'desk-spa' },
  { at: '2026-12-07T09:05:00Z', principalKind: 'client', principal: 'partner-la-cimade', organizationId: null, caseId: ID, referralId: 'r1234567-0000', action: 'referral-accept', channel: 'api:partner-la-cimade' },
  { at: '2026-12-07T09:06:00Z', principalKind: 'user', principal: '0b6c2a3e-1f0a-4c6e-9d2b-5a1e00000004', organizationId: null, caseId: ID, action: 'denied', channel: 'desk-spa' },
  { at: '2026-12-07T09:07:00Z', principalKind: 'user', principal: 'x', organizationId: null, caseId: ID, action: 'case-teleport', channel: 'pigeon' },
];

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('finding a case', () => {
  it('by reference asks the server for that reference only, and lets the coordinator pick the desk', async () => {
    let asked: URLSearchParams | undefined;
    server.use(
      http.get('*/api/v1/cases', ({ request }) => {
        asked = new URL(request.url).searchParams;
        const item = (id: string, deskId: string) => ({ id, reference: 'PAS-2026-000001', deskId, personName: null, openedAt: '2026-12-01T09:00:00Z', lastContactAt: '2026-12-01T09:00:00Z', needs: [], referrals: {} });
        return HttpResponse.json({ page: 1, size: 20, totalItems: 2, totalPages: 1, items: [item('c1', NANCY), item('c2', METZ)] });
      }),
    );
    const found = await createQueryClient().fetchQuery(findCasesQuery({ kind: 'reference', reference: 'PAS-2026-000001' }));
    expect(asked?.get('reference')).toBe('PAS-2026-000001');
    expect(found.map((c) => c.id)).toEqual(['c1', 'c2']);
    const html = render(<CaseMatches matches={found} directory={DIRECTORY} t={staffTranslator('en')} format={adminFormat('en')} onPick={() => undefined} />);
    expect(html).toContain('2 desks have a case with this reference');
    expect(html).toContain('PAS-2026-000001 — Guichet unique Nancy, opened Dec 1, 2026');
    expect(html).toContain('PAS-2026-000001 — Guichet unique Metz');
    expect(html).not.toContain('personName');
  });

  it('opens the one case found straight away, and lets the coordinator choose among several', () => {
    const match = (id: string) => ({ id, reference: 'PAS-2026-000001', deskId: NANCY, openedAt: '2026-12-01T09:00:00Z' });
    expect(onlyMatch([match('c1')])).toBe('c1');
    expect(onlyMatch([match('c1'), match('c2')])).toBeUndefined();
    expect(onlyMatch([])).toBeUndefined();
  });

  it('by id reads the case, and finds none for a 404', async () => {
    server.use(
      http.get('*/api/v1/cases/:id', ({ params }) =>
        params['id'] === ID
          ? HttpResponse.json({ id: ID, reference: 'PAS-2026-000007', desk: { id: NANCY, slug: 'n', name: 'N' }, openedAt: '2026-12-01T09:00:00Z' })
          : HttpResponse.json({ title: 'Not Found', status: 404 }, { status: 404 }),
      ),
    );
    expect(await createQueryClient().fetchQuery(findCasesQuery({ kind: 'id', id: ID }))).toEqual([
      { id: ID, reference: 'PAS-2026-000007', deskId: NANCY, openedAt: '2026-12-01T09:00:00Z' },
    ]);
    const none = await createQueryClient().fetchQuery(findCasesQuery({ kind: 'id', id: '99999999-2222-4333-8444-555555555555' }));
    expect(none).toEqual([]);
    expect(render(<CaseMatches matches={none} directory={DIRECTORY} t={staffTranslator('fr')} format={adminFormat('fr')} onPick={() => undefined} />)).toContain(
      'Aucun dossier n’a cette référence ou cet identifiant.',
    );
  });
});

describe('the journal', () => {
  it('asks for the case’s entries by id and page', async () => {
    let asked: URLSearchParams | undefined;
    server.use(
      http.get('*/api/v1/access-journal', ({ request }) => {
        asked = new URL(request.url).searchParams;
        return HttpResponse.json({ page: 2, size: 50, totalItems: 60, totalPages: 2, items: ENTRIES });
      }),
    );
    await createQueryClient().fetchQuery(journalQuery(ID, 2));
    expect(Object.fromEntries(asked!)).toEqual({ case: ID, page: '2', size: '50' });
  });

  it('says who, for whom, what and how, in plain words; a refusal stands out; an unknown code shows as it is', () => {
    const html = render(<JournalTable entries={ENTRIES} directory={DIRECTORY} t={staffTranslator('en')} format={adminFormat('en')} />);
    expect(html).toContain('Person’s account <code class="admin-principal">0b6c2a3e-1f0a-4c6e-9d2b-5a1e00000001</code>');
    expect(html).toContain('Guichet unique Nancy');
    expect(html).toContain('Opened the case');
    expect(html).toContain('Staff screens');
    expect(html).toContain('Accepted a referral');
    expect(html).toContain('API client partner-la-cimade');
    expect(html).toContain('referral r1234567…');
    expect(html).toContain('class="admin-denied"');
    expect(html).toContain('Refused');
    expect(html).toContain('<code>case-teleport</code>');
    expect(html).toContain('<code>pigeon</code>');
    // 09:00 UTC is 10:00 in Paris in December.
    expect(html).toMatch(/10:00/);
    const fr = render(<JournalTable entries={ENTRIES.slice(0, 1)} directory={DIRECTORY} t={staffTranslator('fr')} format={adminFormat('fr')} />);
    expect(fr).toContain('A ouvert le dossier');
    expect(fr).toContain('Écrans du personnel');
  });
});
