// One organisation against request handlers (MSW): read as maintained, saved with the version read (If-Match)
// and the lists refreshed, added with an Idempotency-Key, a 412 and a 409 thrown as such; and the page's form,
// every input labelled, in French.
import { QueryClientProvider } from '@tanstack/preact-query';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { LocationProvider } from 'preact-iso';
import { render } from 'preact-render-to-string';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../lib/api/client';
import { StaffI18nContext, staffTranslator } from '../../../lib/i18n/staff';
import { createQueryClient } from '../../../lib/query/client';
import { createOrganization, maintainedOrganizationQuery, organizationsQuery, putOrganization } from '../api/organizations';
import { EMPTY_ORGANIZATION, organizationInput, organizationValues, type MaintainedOrganization } from '../model/organization-form';
import { NewOrganisationPage } from './organisation';

const RECORD: MaintainedOrganization = {
  id: '5a1c2e3d-7b4f-5c6a-9d8e-2f1a0b9c8d7e',
  slug: 'maison-des-migrants',
  fields: {
    slug: 'maison-des-migrants',
    name: 'Maison des migrants',
    kind: 'association',
    kindNote: null,
    description: { fr: 'Accueil de jour.', ar: 'مركز نهاري.' },
    website: null,
    email: null,
    phone: null,
    territory: { city: 'Nancy', department: null, region: null, country: 'FR', latitude: null, longitude: null, note: null, scope: 'local', scopeNote: null },
  },
  source: { file: null, section: null, lines: null, date: null },
  updatedAt: '2026-11-03T09:15:00Z',
  version: 4,
};

const problem = (status: number) =>
  HttpResponse.json({ title: 'Refused', status }, { status, headers: { 'content-type': 'application/problem+json' } });

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('an organisation', () => {
  it('is read as maintained and saved with the version read, keeping its other languages', async () => {
    let ifMatch: string | null = null;
    let body: unknown;
    server.use(
      http.get('*/api/v1/organizations/:slug/maintained', () => HttpResponse.json(RECORD, { headers: { ETag: '"4"' } })),
      http.put('*/api/v1/organizations/:slug', async ({ request, params }) => {
        expect(params['slug']).toBe('maison-des-migrants');
        ifMatch = request.headers.get('If-Match');
        body = await request.json();
        return HttpResponse.json({});
      }),
    );
    const queries = createQueryClient();
    const record = await queries.fetchQuery(maintainedOrganizationQuery('maison-des-migrants'));
    queries.setQueryData(organizationsQuery({ q: '', kind: '', page: 1 }).queryKey, { items: [], page: 1, size: 20, totalItems: 0, totalPages: 0 });
    await putOrganization(queries, record, organizationInput({ ...organizationValues(record), descriptionEn: 'Day centre.' }, record));
    expect(ifMatch).toBe('"4"');
    expect(body).toMatchObject({ slug: 'maison-des-migrants', description: { fr: 'Accueil de jour.', en: 'Day centre.', ar: 'مركز نهاري.' } });
    expect(queries.getQueryState(maintainedOrganizationQuery('maison-des-migrants').queryKey)?.isInvalidated).toBe(true);
    expect(queries.getQueryState(organizationsQuery({ q: '', kind: '', page: 1 }).queryKey)?.isInvalidated).toBe(true);
  });

  it('throws a 412 when someone changed it since', async () => {
    server.use(http.put('*/api/v1/organizations/:slug', () => problem(412)));
    const error = await putOrganization(createQueryClient(), RECORD, organizationInput(organizationValues(RECORD), RECORD)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(412);
  });

  it('is added with the form’s Idempotency-Key, and a taken slug is a 409', async () => {
    const keys: (string | null)[] = [];
    server.use(
      http.post('*/api/v1/organizations', ({ request }) => {
        keys.push(request.headers.get('Idempotency-Key'));
        return keys.length === 1 ? HttpResponse.json(RECORD, { status: 201 }) : problem(409);
      }),
    );
    const body = organizationInput({ ...EMPTY_ORGANIZATION, slug: 'maison-des-migrants', name: 'Maison des migrants', kind: 'association', city: 'Nancy' });
    await createOrganization(createQueryClient(), body, 'key-1');
    const error = await createOrganization(createQueryClient(), body, 'key-2').catch((e: unknown) => e);
    expect(keys).toEqual(['key-1', 'key-2']);
    expect((error as ApiError).status).toBe(409);
  });

  it('is added through a form whose every input has a visible label', () => {
    // The router reads the address (a browser's; none in Node).
    vi.stubGlobal('location', new URL('http://localhost/admin/organisations/new'));
    const html = render(
      <StaffI18nContext.Provider value={{ lang: 'fr', t: staffTranslator('fr') }}>
        <QueryClientProvider client={createQueryClient()}>
          <LocationProvider>
            <NewOrganisationPage />
          </LocationProvider>
        </QueryClientProvider>
      </StaffI18nContext.Provider>,
    );
    expect(html).toContain('<h1 tabindex="-1">Ajouter une organisation</h1>');
    const ids = [...html.matchAll(/<(?:input|select|textarea)[^>]* id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toEqual([
      'org-slug', 'org-name', 'org-kind', 'org-kindNote', 'org-descriptionFr', 'org-descriptionEn', 'org-website', 'org-email',
      'org-phone', 'org-city', 'org-department', 'org-region', 'org-country', 'org-scope', 'org-scopeNote',
    ]);
    for (const id of ids) expect(html).toContain(`for="${id}"`);
    expect(html).toMatch(/<div lang="en">/);
    expect(html).toContain('Ajouter l’organisation');
    vi.unstubAllGlobals();
  });
});
