// The partner's first screen against request handlers (MSW): the inbox's requests (filters, order,
// paging, the three counts), the rows as links by id only, the counts as links to their lists, the
// filter read from the address, and the organisation's services kept below the inbox.
import { QueryClientProvider, type QueryClient } from '@tanstack/preact-query';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { render } from 'preact-render-to-string';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AuthProvider } from '../../../lib/auth/context';
import { meQuery } from '../../../lib/auth/me';
import { StaffI18nContext, staffTranslator, type StaffLang } from '../../../lib/i18n/staff';
import { createQueryClient } from '../../../lib/query/client';
import { staffFormat } from '../../../lib/staff-format';
import { ownServicesQuery } from '../api/services';
import { countQuery, domainsQuery, inboxQuery } from '../api/referrals';
import { InboxCounts, InboxShortcuts, InboxTable, needNamer } from '../components/inbox';
import { DEFAULT_INBOX, inboxFromQuery, type PartnerReferral } from '../model/inbox';
import { AtAddress } from './at-address.testing';
import PartnerHome from './home';

const NOW = Date.parse('2026-12-07T12:00:00Z');
const DAY = 24 * 3600_000;
const iso = (ms: number) => new Date(ms).toISOString();
const base = {
  service: { id: 's1', slug: 'cimade-permanences-juridiques', name: 'Permanences juridiques' },
  needs: ['rights'],
  languages: ['ar'],
  facts: [],
  allowed: [],
  version: 1,
};
const ITEMS: PartnerReferral[] = [
  { ...base, id: 'r1', caseReference: 'PAS-2026-000001', status: 'sent', sentAt: iso(NOW - DAY), dueAt: iso(NOW + DAY), allowed: ['accept', 'decline'] },
  { ...base, id: 'r2', caseReference: 'PAS-2026-000002', status: 'accepted', sentAt: iso(NOW - 9 * DAY), dueAt: iso(NOW - DAY) },
  { ...base, id: 'r3', caseReference: 'PAS-2026-000003', status: 'completed', sentAt: iso(NOW - 20 * DAY), dueAt: null, needs: [] },
];
const DOMAINS = [{ code: 'rights', label: 'Rights and papers', themes: [] }];
const CIMADE = { id: 'o1', slug: 'la-cimade', name: 'La Cimade' };

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('the inbox’s requests', () => {
  it('ask the server for the organisation’s referrals with the filter, the order and the page, and keep the partner’s shape only', async () => {
    let asked: URLSearchParams | undefined;
    server.use(
      http.get('*/api/v1/referrals', ({ request }) => {
        asked = new URL(request.url).searchParams;
        return HttpResponse.json({ page: 2, size: 25, totalItems: 30, totalPages: 2, items: [...ITEMS, { id: 'x', caseId: 'c' }] });
      }),
    );
    const page = await createQueryClient().fetchQuery(inboxQuery({ status: 'accepted', due: 'overdue', sort: 'created', page: 2 }));
    expect(Object.fromEntries(asked ?? [])).toEqual({ status: 'accepted', due: 'overdue', sort: 'created', page: '2', size: '25' });
    expect(page.items.map((r) => r.id)).toEqual(['r1', 'r2', 'r3']);
  });

  it('count what awaits an answer, what is due soon and what is overdue from one-row pages', async () => {
    const asked: Record<string, string>[] = [];
    server.use(
      http.get('*/api/v1/referrals', ({ request }) => {
        const query = Object.fromEntries(new URL(request.url).searchParams);
        asked.push(query);
        const total = query['status'] === 'sent' ? 3 : query['due'] === 'soon' ? 1 : 2;
        return HttpResponse.json({ page: 1, size: 1, totalItems: total, totalPages: total, items: [] });
      }),
    );
    const queries = createQueryClient();
    expect(await queries.fetchQuery(countQuery('awaiting'))).toBe(3);
    expect(await queries.fetchQuery(countQuery('soon'))).toBe(1);
    expect(await queries.fetchQuery(countQuery('overdue'))).toBe(2);
    expect(asked).toEqual([
      { page: '1', size: '1', status: 'sent' },
      { page: '1', size: '1', due: 'soon' },
      { page: '1', size: '1', due: 'overdue' },
    ]);
  });
});

/** The first screen as the browser paints it at an address, from what the queries hold. */
function home(queries: QueryClient, url: string, lang: StaffLang = 'en') {
  return render(
    <QueryClientProvider client={queries}>
      <StaffI18nContext.Provider value={{ lang, t: staffTranslator(lang) }}>
        <AuthProvider>
          <AtAddress url={url} path="/partner" component={PartnerHome} />
        </AuthProvider>
      </StaffI18nContext.Provider>
    </QueryClientProvider>,
  );
}

function filled(url: string, lang: StaffLang = 'en'): QueryClient {
  const queries = createQueryClient();
  queries.setQueryData(meQuery.queryKey, { kind: 'user', principal: 'p', username: 'partner.cimade', roles: ['partner'], organization: CIMADE });
  queries.setQueryData(inboxQuery(inboxFromQuery(Object.fromEntries(new URL(url, 'http://x').searchParams))).queryKey, {
    page: 1,
    size: 25,
    totalItems: 3,
    totalPages: 1,
    items: ITEMS,
  });
  queries.setQueryData(countQuery('awaiting').queryKey, 1);
  queries.setQueryData(countQuery('soon').queryKey, 1);
  queries.setQueryData(countQuery('overdue').queryKey, 1234);
  queries.setQueryData(domainsQuery(lang).queryKey, DOMAINS as never);
  queries.setQueryData(ownServicesQuery('la-cimade', lang).queryKey, [
    { id: 's1', slug: 's', name: 'Permanences juridiques', status: 'active', updatedAt: '2026-11-30T10:00:00Z' },
    { id: 's2', slug: 't', name: 'Cours du soir', status: 'temporarily-closed', updatedAt: '2026-11-30T10:00:00Z' },
  ] as never);
  return queries;
}

describe('the first screen', () => {
  it('puts the inbox under the organisation’s name, then its services; the filter comes from the address', () => {
    const html = home(filled('/partner?status=sent'), '/partner?status=sent');
    expect(html).toContain('<h1 tabindex="-1">La Cimade</h1>');
    expect(html.indexOf('Referrals sent to you')).toBeLessThan(html.indexOf('Our services (2)'));
    // A service closed for a while stays in the list, marked; a new one is added from here.
    expect(html).toMatch(/href="\/partner\/services\/s2">Cours du soir<\/a><span class="badge">Closed for a while<\/span>/);
    expect(html).toContain('href="/partner/services/new"');
    // The count of what awaits an answer is the list on screen.
    expect(html).toMatch(/<a href="\/partner\?status=sent" aria-current="page">/);
    expect(html).toContain('1,234');
    expect(html).toContain('<option selected value="sent">Sent</option>');
    expect(html).toContain('href="/partner/referrals/r1"');
    expect(html).toContain('id="inbox-status"');
  });

  it('speaks French with French numbers', () => {
    const html = home(filled('/partner', 'fr'), '/partner', 'fr');
    expect(html).toContain('Orientations reçues');
    expect(html).toMatch(/1\s234/);
    expect(html).toContain('attendent votre réponse');
    expect(html).not.toContain('aria-current');
  });
});

describe('the inbox’s rows', () => {
  it('link to each referral by id only, say what is awaited and what is late, each cell named for the phone’s cards', () => {
    const t = staffTranslator('en');
    const html = render(<InboxTable rows={ITEMS} now={NOW} t={t} format={staffFormat('en')} needName={needNamer(DOMAINS)} />);
    expect(html).toContain('<a data-row="true" href="/partner/referrals/r1">PAS-2026-000001</a>');
    expect(html.indexOf('PAS-2026-000001')).toBeLessThan(html.indexOf('PAS-2026-000002'));
    expect(html).toContain('data-label="Due"');
    expect(html).toContain('Rights and papers');
    expect(html).toContain('None given');
    expect(html).toContain('Answer awaited');
    expect(html).toContain('Outcome awaited');
    expect(html).toContain('Overdue');
    expect(html).toContain('Due soon');
    expect(html).toContain('No due date');
    expect(html).toContain('Dec 8, 2026');
  });

  it('say when nothing matches, and document the shortcuts on screen', () => {
    const t = staffTranslator('en');
    expect(render(<InboxTable rows={[]} now={NOW} t={t} format={staffFormat('en')} needName={needNamer(undefined)} />)).toContain('No referral matches');
    const help = render(<InboxShortcuts t={t} />);
    expect(help).toContain('go to the filters');
    expect(help).toContain('next or previous referral');
    expect(help).toContain('Enter: open the referral');
    expect(help).toContain('while you type in a field');
  });

  it('show a count as loading until it is known', () => {
    const html = render(<InboxCounts counts={{ awaiting: 2 }} filter={DEFAULT_INBOX} t={staffTranslator('en')} format={staffFormat('en')} />);
    expect(html).toContain('>2<');
    expect(html).toContain('…');
  });
});
