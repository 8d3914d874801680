// The dashboard against request handlers (MSW): what it asks the server, and what the table shows.
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { render } from 'preact-render-to-string';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { staffTranslator } from '../../../lib/i18n/staff';
import { createQueryClient } from '../../../lib/query/client';
import { referralsQuery } from '../api/cases';
import { DEFAULT_FILTER, type Referral } from '../model/dashboard';
import { deskFormat } from '../model/format';
import { ReferralTable, Shortcuts } from './dashboard';

const NOW = Date.parse('2026-12-07T12:00:00Z');
const DAY = 24 * 3600_000;
const iso = (ms: number) => new Date(ms).toISOString();
const base = {
  service: { id: 's1', slug: 'cours', name: 'Cours de français' },
  organization: { id: 'o1', slug: 'adoma', name: 'Adoma' },
  allowed: [],
  version: 1,
};
const ITEMS: Referral[] = [
  { ...base, id: 'r1', caseId: 'c1', caseReference: 'PAS-2026-000001', status: 'sent', createdAt: iso(NOW - 3 * DAY), dueAt: iso(NOW + DAY) },
  { ...base, id: 'r2', caseId: 'c2', caseReference: 'PAS-2026-000002', status: 'accepted', createdAt: iso(NOW - 9 * DAY), dueAt: iso(NOW - DAY) },
  { ...base, id: 'r3', caseId: 'c3', caseReference: 'PAS-2026-000003', status: 'completed', createdAt: iso(NOW - 20 * DAY), dueAt: null },
];

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('the dashboard', () => {
  it('asks the server for the desk’s referrals with every filter and the order, and keeps only desk referrals', async () => {
    let asked: URLSearchParams | undefined;
    server.use(
      http.get('*/api/v1/referrals', ({ request }) => {
        asked = new URL(request.url).searchParams;
        return HttpResponse.json({ page: 1, size: 50, totalItems: 3, totalPages: 1, items: ITEMS });
      }),
    );
    const page = await createQueryClient().fetchQuery(
      referralsQuery({ ...DEFAULT_FILTER, status: 'accepted', due: 'overdue', waiting: true, sort: 'created' }),
    );
    expect(asked?.get('status')).toBe('accepted');
    expect(asked?.get('due')).toBe('overdue');
    expect(asked?.get('waiting')).toBe('true');
    expect(asked?.get('sort')).toBe('created');
    expect(asked?.get('size')).toBe('50');
    expect(page.items.map((r) => r.id)).toEqual(['r1', 'r2', 'r3']);
  });

  it('shows status, age, due and waiting, each row a link to its case by id only', () => {
    const t = staffTranslator('en');
    const html = render(<ReferralTable rows={ITEMS} now={NOW} t={t} format={deskFormat('en')} />);
    expect(html).toContain('href="/desk/cases/c2"');
    expect(html).toContain('href="/desk/cases/c1"');
    // In the server's order, each cell named for the phone layout, where the table becomes cards.
    expect(html.indexOf('PAS-2026-000001')).toBeLessThan(html.indexOf('PAS-2026-000002'));
    expect(html).toContain('data-label="Due"');
    expect(html).toContain('Overdue');
    expect(html).toContain('Due soon');
    expect(html).toContain('Waiting for an outcome');
    expect(html).toMatch(/9\sdays/);
    expect(html).toContain('No due date');
    expect(html).toContain('Dec 8, 2026');
  });

  it('speaks French with French dates and numbers', () => {
    const t = staffTranslator('fr');
    const html = render(<ReferralTable rows={ITEMS} now={NOW} t={t} format={deskFormat('fr')} />);
    expect(html).toContain('En retard');
    expect(html).toContain('Attend un résultat');
    expect(html).toMatch(/20\sjours/);
    expect(html).toContain('8 déc. 2026');
  });

  it('dates in Paris time, not UTC', () => {
    const late = [{ ...ITEMS[0]!, dueAt: '2026-12-08T23:30:00Z' }];
    expect(render(<ReferralTable rows={late} now={NOW} t={staffTranslator('en')} format={deskFormat('en')} />)).toContain('Dec 9, 2026');
  });

  it('says when nothing matches, and documents the shortcuts on screen', () => {
    const t = staffTranslator('en');
    expect(render(<ReferralTable rows={[]} now={NOW} t={t} format={deskFormat('en')} />)).toContain('No referral matches');
    const help = render(<Shortcuts t={t} />);
    expect(help).toContain('go to the filters');
    expect(help).toContain('next or previous referral');
    expect(help).toContain('while you type in a field');
  });
});
