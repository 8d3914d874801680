// Organisations and desks against request handlers (MSW): the search sent to the server, every
// organisation read in pages of 100 for the directory, a desk's address saved with its version (blank
// sent as null), and the list with each organisation's active services.
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { render } from 'preact-render-to-string';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { staffTranslator } from '../../../lib/i18n/staff';
import { createQueryClient } from '../../../lib/query/client';
import { organizationDirectoryQuery, organizationsQuery, putDeskSettings, type OrganizationSummary } from '../api/organizations';
import { adminFormat } from '../model/format';
import { OrganizationTable } from './organisations';

const org = (slug: string, name: string, kind: OrganizationSummary['kind'] = 'association', activeServices = 2): OrganizationSummary => ({
  id: `id-${slug}`,
  slug,
  name,
  kind,
  territory: {} as OrganizationSummary['territory'],
  activeServices,
  updatedAt: '2026-11-25T08:00:00Z',
  version: 0,
});

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('organisations', () => {
  it('are searched and paged by the server', async () => {
    let asked: URLSearchParams | undefined;
    server.use(
      http.get('*/api/v1/organizations', ({ request }) => {
        asked = new URL(request.url).searchParams;
        return HttpResponse.json({ page: 2, size: 20, totalItems: 21, totalPages: 2, items: [org('adoma', 'Adoma')] });
      }),
    );
    await createQueryClient().fetchQuery(organizationsQuery({ q: ' cim ', kind: 'association', page: 2 }));
    expect(Object.fromEntries(asked!)).toEqual({ page: '2', size: '20', q: 'cim', kind: 'association' });
  });

  it('are all read for the directory, every page, sorted by name', async () => {
    const pages: string[] = [];
    server.use(
      http.get('*/api/v1/organizations', ({ request }) => {
        const page = new URL(request.url).searchParams.get('page') ?? '1';
        pages.push(page);
        return HttpResponse.json({ page: Number(page), size: 100, totalItems: 2, totalPages: 2, items: page === '1' ? [org('z', 'Zeste')] : [org('a', 'Adoma')] });
      }),
    );
    const all = await createQueryClient().fetchQuery(organizationDirectoryQuery);
    expect(pages).toEqual(['1', '2']);
    expect(all.map((o) => o.name)).toEqual(['Adoma', 'Zeste']);
  });

  it('save a desk’s address with the version read, blank as null (the organisation’s own e-mail)', async () => {
    const sent: { ifMatch: string | null; body: unknown }[] = [];
    server.use(
      http.put('*/api/v1/desks/:desk/settings', async ({ request, params }) => {
        expect(params['desk']).toBe('guichet-unique-nancy');
        sent.push({ ifMatch: request.headers.get('If-Match'), body: await request.json() });
        return HttpResponse.json({ desk: { id: 'd', slug: 'guichet-unique-nancy', name: 'Nancy' }, notificationEmail: null, effectiveEmail: 'contact@nancy.example', version: 3 });
      }),
    );
    const saved = await putDeskSettings(createQueryClient(), 'guichet-unique-nancy', 2, '  ');
    await putDeskSettings(createQueryClient(), 'guichet-unique-nancy', 3, ' accueil@nancy.example ');
    expect(sent).toEqual([
      { ifMatch: '"2"', body: { notificationEmail: null } },
      { ifMatch: '"3"', body: { notificationEmail: 'accueil@nancy.example' } },
    ]);
    expect(saved.effectiveEmail).toBe('contact@nancy.example');
  });

  it('list with their kind, active services and date, desks marked', () => {
    const html = render(
      <OrganizationTable items={[org('la-cimade', 'La Cimade', 'association', 4), org('guichet-unique-nancy', 'Guichet unique Nancy', 'public-authority', 1)]} t={staffTranslator('fr')} format={adminFormat('fr')} />,
    );
    expect(html).toContain('<a href="/admin/organisations/la-cimade" aria-label="Modifier La Cimade">La Cimade</a> <span class="staff-list__meta">(la-cimade)</span>');
    expect(html).toContain('<td data-label="Services actifs">4</td>');
    expect(html).toContain('Collectivité ou administration');
    expect(html).toContain('<span class="badge">Guichet</span>');
    expect(html).toContain('25 nov. 2026');
    expect(render(<OrganizationTable items={[]} t={staffTranslator('en')} format={adminFormat('en')} />)).toContain('No organisation matches.');
  });
});
