// The case page against request handlers (MSW): what it renders, the withdrawal and note writes (body,
// cache refresh), the export's object URL revoked, and a case of another desk shown as "not found".
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { render } from 'preact-render-to-string';
import * as v from 'valibot';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { staffTranslator } from '../../../lib/i18n/staff';
import { createQueryClient } from '../../../lib/query/client';
import {
  addCaseNote,
  caseKey,
  caseQuery,
  downloadExport,
  isNotFound,
  referralsQuery,
  withdrawConsent,
  type Case,
  type Note,
  type ReferralCodes,
  type TimelineEvent,
} from '../api/cases';
import { NOTE_MAX, noteSchema } from '../../../components/staff/note-form';
import { withdrawalSchema } from '../model/case-forms';
import { DEFAULT_FILTER } from '../model/dashboard';
import { deskFormat } from '../model/format';
import { printLanguage } from '../model/print';
import { CaseNotFound, CaseView, NoteList, Timeline, WithdrawalResult } from './case';

const ID = '11111111-2222-4333-8444-555555555555';
const ADOMA = { id: 'a0000000-0000-4000-8000-000000000001', slug: 'adoma', name: 'Adoma' };
const CIMADE = { id: 'a0000000-0000-4000-8000-000000000002', slug: 'la-cimade', name: 'La Cimade' };
const referral = (id: string, org: typeof ADOMA, patch: Partial<Case['referrals'][number]>): Case['referrals'][number] => ({
  id,
  caseId: ID,
  caseReference: 'PAS-2026-000123',
  service: { id: `s-${id}`, slug: `s-${id}`, name: `Service ${org.name}` },
  organization: org,
  status: 'sent',
  createdAt: '2026-12-01T09:00:00Z',
  allowed: [],
  version: 1,
  ...patch,
});
const CASE: Case = {
  id: ID,
  reference: 'PAS-2026-000123',
  desk: { id: 'd', slug: 'mairie', name: 'Mairie' },
  openedAt: '2026-12-01T09:00:00Z',
  lastContactAt: '2026-12-01T09:00:00Z',
  person: { name: 'Amal', languages: ['ar', 'fr'], birthYear: 1990 },
  needs: ['housing'],
  consent: { organizations: [ADOMA, CIMADE], fields: [], records: [] },
  referrals: [
    referral('r1', ADOMA, { status: 'declined', reason: 'no-capacity', sentAt: '2026-12-01T09:05:00Z', dueAt: '2026-12-15T09:05:00Z' }),
    referral('r2', CIMADE, { status: 'accepted' }),
  ],
  version: 3,
};
const CODES: ReferralCodes = {
  declineReasons: [{ code: 'no-capacity', labels: { fr: 'Plus de place pour le moment', en: 'No place available for now' } }],
  outcomes: [],
  cancelReasons: [],
};
const TIMELINE: TimelineEvent[] = [
  { at: '2026-12-01T09:00:00Z', actor: 'agent.demo', action: 'case-opened' },
  { at: '2026-12-02T10:00:00Z', actor: 'adoma-user', action: 'referral-declined', referralId: 'r1', detail: 'no-capacity' },
];
const NOTES: Note[] = [{ id: 'n1', author: 'agent.demo', body: 'Rendez-vous mardi.', createdAt: '2026-12-02T08:00:00Z' }];

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  vi.unstubAllGlobals();
});
afterAll(() => server.close());

const en = staffTranslator('en');

describe('the case page', () => {
  it('shows the case, its referrals with state and coded reasons, and the referral notes', () => {
    const html = render(
      <CaseView kase={CASE} codes={CODES} referralNotes={new Map([['r1', NOTES]])} t={en} lang="en" format={deskFormat('en')} />,
    );
    expect(html).toContain('Case PAS-2026-000123');
    expect(html).toContain('Amal');
    expect(html).toContain('Arabic and French');
    expect(html).toContain('Declined');
    expect(html).toContain('Reason: No place available for now');
    expect(html).toContain('Accepted');
    expect(html).toContain('Notes on this referral');
    expect(html).toContain('Rendez-vous mardi.');
  });

  it('tells the timeline in plain words, in Paris time', () => {
    const html = render(<Timeline events={TIMELINE} kase={CASE} codes={CODES} t={en} lang="en" format={deskFormat('en')} />);
    expect(html).toContain('Case opened');
    expect(html).toContain('Referral to Service Adoma: Declined');
    expect(html).toContain('Reason: No place available for now');
    // 09:00 UTC is 10:00 in Paris in December.
    expect(html).toMatch(/10:00/);
    const fr = render(<Timeline events={TIMELINE} kase={CASE} codes={CODES} t={staffTranslator('fr')} lang="fr" format={deskFormat('fr')} />);
    expect(fr).toContain('Dossier ouvert');
    expect(fr).toContain('Plus de place pour le moment');
  });

  it('lists the case notes, and says when there are none', () => {
    expect(render(<NoteList notes={NOTES} t={en} format={deskFormat('en')} empty="No note." />)).toContain('Rendez-vous mardi.');
    expect(render(<NoteList notes={[]} t={en} format={deskFormat('en')} empty="No note." />)).toContain('No note.');
  });

  it('links to the consent receipt and the referral slips, in the person\'s language, in a new tab', () => {
    const html = render(<CaseView kase={CASE} codes={CODES} referralNotes={new Map()} t={en} lang="en" format={deskFormat('en')} />);
    expect(html).toContain(`<a class="button" href="/api/v1/cases/${ID}/consent-receipt?lang=ar" target="_blank" rel="noopener">Print the consent receipt</a>`);
    expect(html).toContain(`<a class="button" href="/api/v1/cases/${ID}/referral-slips?lang=ar" target="_blank" rel="noopener">Print the referral slips</a>`);
    expect(html).toContain('They open in a new tab, in Arabic beside French.');
    expect(html).toContain('aria-label="Papers for the person"');
    const fr = render(<CaseView kase={{ ...CASE, person: { name: 'Amal', languages: ['fr'] } }} codes={CODES} referralNotes={new Map()} t={staffTranslator('fr')} lang="fr" format={deskFormat('fr')} />);
    expect(fr).toContain('referral-slips?lang=fr');
    expect(fr).toContain('Imprimer les fiches d’orientation');
    expect(fr).toContain('S’ouvrent dans un nouvel onglet, en français.');
  });

  it('prints nothing for an anonymised case, or one whose person the reader does not see', () => {
    const anonymised = render(
      <CaseView kase={{ ...CASE, person: null, anonymisedAt: '2027-01-01T00:00:00Z' }} codes={CODES} referralNotes={new Map()} t={en} lang="en" format={deskFormat('en')} />,
    );
    expect(anonymised).not.toContain('referral-slips');
    expect(anonymised).not.toContain('consent-receipt');
    expect(render(<CaseView kase={{ ...CASE, person: null }} codes={CODES} referralNotes={new Map()} t={en} lang="en" format={deskFormat('en')} />)).not.toContain(
      'Print the',
    );
  });

  it('prints in the consent text\'s language, else the person\'s first kiosk language, else French', () => {
    const record = (textLang: string, recordedAt: string, withdrawnAt?: string) => ({
      kind: 'initial',
      textVersion: '2026-12',
      textLang,
      recordedBy: 'agent',
      recordedAt,
      organizations: [],
      fields: [],
      ...(withdrawnAt ? { withdrawnAt } : {}),
    });
    const consent = (records: ReturnType<typeof record>[]) => ({ ...CASE.consent, records });
    expect(printLanguage({ ...CASE, consent: consent([record('uk', '2026-12-01T09:00:00Z'), record('ti', '2026-12-03T09:00:00Z')]) })).toBe('ti');
    expect(
      printLanguage({ ...CASE, consent: consent([record('ti', '2026-12-01T09:00:00Z'), record('ps', '2026-12-03T09:00:00Z', '2026-12-04T09:00:00Z')]) }),
    ).toBe('ti');
    expect(printLanguage({ ...CASE, consent: consent([record('prs', '2026-12-01T09:00:00Z')]) })).toBe('fa-AF');
    expect(printLanguage({ ...CASE, person: { name: 'A', languages: ['de', 'ru-RU'] } })).toBe('ru');
    expect(printLanguage({ ...CASE, person: { name: 'A', languages: ['de'] } })).toBe('fr');
    expect(printLanguage({ ...CASE, person: null })).toBe('fr');
  });

  it('answers a case of another desk with "not found" and no data', async () => {
    server.use(
      http.get('*/api/v1/cases/:id', () =>
        HttpResponse.json({ type: 'about:blank', title: 'Not Found', status: 404 }, { status: 404, headers: { 'content-type': 'application/problem+json' } }),
      ),
    );
    const error = await createQueryClient().fetchQuery(caseQuery(ID)).catch((e: unknown) => e);
    expect(isNotFound(error)).toBe(true);
    const html = render(<CaseNotFound t={en} />);
    expect(html).toContain('Case not found');
    expect(html).not.toContain('PAS-');
    expect(html).not.toContain('Amal');
  });
});

describe('writes on the case', () => {
  it('withdraws consent for the organisations chosen, then shows what is left and refreshes the case and the dashboard', async () => {
    const bodies: unknown[] = [];
    server.use(
      http.post('*/api/v1/cases/:id/consent/withdraw', async ({ request, params }) => {
        expect(params['id']).toBe(ID);
        const body = (await request.json()) as { organizations?: string[] };
        bodies.push(body);
        const left = body.organizations ? CASE.consent.organizations.filter((o) => !body.organizations!.includes(o.slug)) : [];
        return HttpResponse.json({ ...CASE, consent: { ...CASE.consent, organizations: left }, version: 4 });
      }),
    );
    const queries = createQueryClient();
    queries.setQueryData(caseKey(ID), CASE);
    queries.setQueryData(referralsQuery(DEFAULT_FILTER).queryKey, { page: 1, size: 50, totalItems: 0, totalPages: 0, items: [] });

    const some = await withdrawConsent(queries, ID, ['adoma']);
    expect(bodies[0]).toEqual({ organizations: ['adoma'] });
    expect(queries.getQueryData<Case>(caseKey(ID))?.version).toBe(4);
    expect(queries.getQueryState(caseKey(ID))?.isInvalidated).toBe(true);
    expect(queries.getQueryState(referralsQuery(DEFAULT_FILTER).queryKey)?.isInvalidated).toBe(true);
    expect(render(<WithdrawalResult kase={some} t={en} format={deskFormat('en')} />)).toContain('Organisations still allowed: La Cimade.');

    const all = await withdrawConsent(queries, ID, 'all');
    expect(bodies[1]).toEqual({});
    expect(render(<WithdrawalResult kase={all} t={en} format={deskFormat('en')} />)).toContain('No organisation has access');
  });

  it('asks for at least one organisation when only some are chosen', () => {
    const schema = withdrawalSchema(en);
    expect(v.safeParse(schema, { scope: 'all', organizations: [] }).success).toBe(true);
    const issues = v.safeParse(schema, { scope: 'some', organizations: [] }).issues ?? [];
    expect(issues.map((i) => [v.getDotPath(i), i.message])).toEqual([['organizations', 'Choose at least one organisation.']]);
    expect(v.safeParse(schema, { scope: 'some', organizations: ['adoma'] }).success).toBe(true);
  });

  it('bounds a note to 1000 characters and refuses an empty one', () => {
    const schema = noteSchema(en('case.noteEmpty'), en('case.noteTooLong', { max: NOTE_MAX }));
    expect(v.safeParse(schema, { body: 'x'.repeat(NOTE_MAX) }).success).toBe(true);
    expect(v.safeParse(schema, { body: 'x'.repeat(NOTE_MAX + 1) }).issues?.[0]?.message).toBe('1000 characters at most.');
    expect(v.safeParse(schema, { body: '   ' }).issues?.[0]?.message).toBe('Write the note.');
  });

  it('adds a note with an idempotency key and refreshes the case’s notes', async () => {
    let key: string | null = null;
    let sent: unknown;
    server.use(
      http.post('*/api/v1/cases/:id/notes', async ({ request }) => {
        key = request.headers.get('Idempotency-Key');
        sent = await request.json();
        return HttpResponse.json({ id: 'n2', author: 'agent.demo', body: 'Appel demain.', createdAt: '2026-12-07T10:00:00Z' }, { status: 201 });
      }),
    );
    const queries = createQueryClient();
    queries.setQueryData([...caseKey(ID), 'notes'], NOTES);
    await addCaseNote(queries, ID, 'Appel demain.', 'k-1');
    expect(key).toBe('k-1');
    expect(sent).toEqual({ body: 'Appel demain.' });
    expect(queries.getQueryState([...caseKey(ID), 'notes'])?.isInvalidated).toBe(true);
  });

  it('downloads the export through the API and revokes its object URL', async () => {
    server.use(http.get('*/api/v1/cases/:id/export', () => HttpResponse.json({ id: ID, reference: 'PAS-2026-000123' })));
    const link = { href: '', download: '', rel: '', click: vi.fn(), remove: vi.fn() };
    vi.stubGlobal('document', { cookie: '', createElement: () => link, body: { append: vi.fn() } });
    const created: string[] = [];
    const revoked: string[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation(() => {
      created.push('blob:export');
      return 'blob:export';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation((url) => void revoked.push(url));
    await downloadExport(ID, 'PAS-2026-000123');
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(link.click).toHaveBeenCalledOnce();
    expect(link.download).toBe('PAS-2026-000123.json');
    expect(link.remove).toHaveBeenCalledOnce();
    expect(revoked).toEqual(created);
    vi.restoreAllMocks();
  });
});
