// A referral's page against request handlers (MSW): the page as the partner sees it before and after
// accepting, the commands (If-Match, body, what they refresh), a stale or illegal answer in plain words,
// the shared notes (Idempotency-Key), the capacity signal, and another organisation's referral as "not found".
import { QueryClientProvider, type QueryClient } from '@tanstack/preact-query';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { render } from 'preact-render-to-string';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../../lib/api/client';
import { StaffI18nContext, staffTranslator, type StaffLang } from '../../../lib/i18n/staff';
import { createQueryClient } from '../../../lib/query/client';
import { staffFormat } from '../../../lib/staff-format';
import {
  addReferralNote,
  countQuery,
  domainsQuery,
  inboxQuery,
  isNotFound,
  moveReferral,
  referralCodesQuery,
  referralKey,
  referralNotesQuery,
  referralQuery,
  serviceQuery,
} from '../api/referrals';
import { DEFAULT_INBOX, type PartnerReferral } from '../model/inbox';
import { refusalOf, type Note, type ReferralCodes } from '../model/referral';
import { AtAddress } from './at-address.testing';
import ReferralPage, { CapacitySignal, ReferralNotFound, RefusalNotice } from './referral';

const ID = '11111111-2222-4333-8444-555555555555';
const SERVICE = { id: '99999999-2222-4333-8444-555555555555', slug: 'cimade-permanences-juridiques', name: 'Permanences juridiques' };
const SENT: PartnerReferral = {
  id: ID,
  caseReference: 'PAS-2026-000042',
  service: SERVICE,
  status: 'sent',
  needs: ['rights'],
  languages: ['ar', 'fr'],
  note: 'Rendez-vous souhaité avant fin décembre.',
  facts: [
    { fact: 'age', met: 'met' },
    { fact: 'status', met: 'unknown' },
  ],
  person: null,
  sentAt: '2026-12-01T09:00:00Z',
  dueAt: '2026-12-08T09:00:00Z',
  allowed: ['accept', 'decline'],
  version: 3,
};
const ACCEPTED: PartnerReferral = {
  ...SENT,
  status: 'accepted',
  person: { name: 'Inbox Route Person Qz', contactChannel: 'phone', birthYear: 1990 },
  answeredAt: '2026-12-02T09:00:00Z',
  allowed: ['start', 'complete', 'no-show', 'cancel'],
  version: 4,
};
const CODES: ReferralCodes = {
  declineReasons: [{ code: 'no-capacity', labels: { fr: 'Plus de place pour le moment', en: 'No place or slot available for now' } }],
  outcomes: [{ code: 'got-help', labels: { fr: 'La personne a reçu l’aide demandée', en: 'The person got the help they needed' } }],
  cancelReasons: [],
};
const DOMAINS = [{ code: 'rights', label: 'Rights and papers', themes: [] }];
const NOTES: Note[] = [{ id: 'n1', author: 'agent', authorOrganizationId: 'desk-org', body: 'Merci de rappeler la personne.', createdAt: '2026-12-01T10:00:00Z' }];

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const problem = (status: number, errors: { field: string; message: string }[] = []) =>
  HttpResponse.json({ type: 'about:blank', title: 'Problem', status, errors }, { status, headers: { 'content-type': 'application/problem+json' } });

/** The whole page as the partner's browser first paints it, from what the queries hold. */
function page(queries: QueryClient, lang: StaffLang = 'en') {
  return render(
    <QueryClientProvider client={queries}>
      <StaffI18nContext.Provider value={{ lang, t: staffTranslator(lang) }}>
        <AtAddress url={`/partner/referrals/${ID}`} path="/partner/referrals/:id" component={ReferralPage} />
      </StaffI18nContext.Provider>
    </QueryClientProvider>,
  );
}

/** The queries as the page's own requests fill them, through the handlers. */
async function loaded(referral: PartnerReferral, lang: StaffLang = 'en', score: number | null = null) {
  server.use(
    http.get('*/api/v1/referrals/:id', ({ params }) => (params['id'] === ID ? HttpResponse.json(referral, { headers: { ETag: `"${referral.version}"` } }) : problem(404))),
    http.get('*/api/v1/referrals/:id/notes', () => HttpResponse.json(NOTES)),
    http.get('*/api/v1/referral-codes', () => HttpResponse.json(CODES)),
    http.get('*/api/v1/themes', () => HttpResponse.json({ domains: DOMAINS })),
    http.get('*/api/v1/services/:id', () => HttpResponse.json({ id: SERVICE.id, name: SERVICE.name, recentCapacityDeclines: score })),
  );
  const queries = createQueryClient();
  await Promise.all([
    queries.fetchQuery(referralQuery(ID)),
    queries.fetchQuery(referralNotesQuery(ID)),
    queries.fetchQuery(referralCodesQuery),
    queries.fetchQuery(domainsQuery(lang)),
    queries.fetchQuery(serviceQuery(SERVICE.id, lang)),
  ]);
  return queries;
}

describe('a referral before it is accepted', () => {
  it('shows what the partner needs to decide, never the person, and the buttons the server allows', async () => {
    const html = page(await loaded(SENT));
    expect(html).toContain('Referral PAS-2026-000042');
    expect(html).toContain('Permanences juridiques');
    expect(html).toContain('Rights and papers');
    expect(html).toContain('Arabic and French');
    expect(html).toContain('Rendez-vous souhaité avant fin décembre.');
    expect(html).toContain('Dec 8, 2026');
    expect(html).toMatch(/Age: <strong>met<\/strong>/);
    expect(html).toMatch(/Papers \(status\): <strong>not known<\/strong>/);
    expect(html).toContain('Once you accept, you see what the person agreed to share with you.');
    expect(html).toContain('>Accept</button>');
    expect(html).toContain('>Decline…</button>');
    expect(html).not.toContain('Complete…');
    expect(html).toContain('Merci de rappeler la personne.');
    expect(html).toContain('The desk, Dec 1, 2026');
    expect(html).toContain('No recent decline for lack of capacity.');
    // Headings in order: one h1, then h2 sections.
    expect(html.match(/<h1/g)).toHaveLength(1);
  });

  it('speaks French with French dates', async () => {
    const html = page(await loaded(SENT, 'fr'), 'fr');
    expect(html).toContain('Orientation PAS-2026-000042');
    expect(html).toContain('>Accepter</button>');
    expect(html).toContain('>Refuser…</button>');
    expect(html).toContain('8 déc. 2026');
    expect(html).toContain('arabe et français');
  });
});

describe('a referral once accepted', () => {
  it('shows the fields the person agreed to share, and the next commands', async () => {
    const html = page(await loaded(ACCEPTED, 'en', 1));
    expect(html).toContain('Inbox Route Person Qz');
    expect(html).toContain('By phone');
    expect(html).toContain('1990');
    expect(html).not.toContain('>Accept</button>');
    for (const button of ['The help has started', 'Complete…', 'The person did not come…', 'Cancel…']) expect(html).toContain(`>${button}</button>`);
    expect(html).toContain('Recent declines for lack of capacity: 1');
  });

  it('says there is nothing more to do once closed', async () => {
    const html = page(await loaded({ ...ACCEPTED, status: 'completed', reason: 'got-help', allowed: [] }));
    expect(html).toContain('Nothing more to do here. Status: Completed.');
    expect(html).toContain('Outcome: The person got the help they needed');
    expect(html).not.toContain('</button><button');
  });
});

describe('commands', () => {
  it('send the version read as If-Match with the coded reason, then refresh the referral, the inbox, its counts and the service', async () => {
    let ifMatch: string | null = null;
    let body: unknown;
    let path = '';
    server.use(
      http.post('*/api/v1/referrals/:id/:command', async ({ request, params }) => {
        ifMatch = request.headers.get('If-Match');
        body = await request.json();
        path = `${String(params['id'])}/${String(params['command'])}`;
        return HttpResponse.json({ ...SENT, status: 'declined', reason: 'no-capacity', allowed: [], version: 4 });
      }),
    );
    const queries = createQueryClient();
    queries.setQueryData(referralKey(ID), SENT);
    queries.setQueryData(inboxQuery(DEFAULT_INBOX).queryKey, { page: 1, size: 25, totalItems: 1, totalPages: 1, items: [SENT] });
    queries.setQueryData(countQuery('awaiting').queryKey, 1);
    queries.setQueryData(serviceQuery(SERVICE.id, 'en').queryKey, { recentCapacityDeclines: null } as never);

    const moved = await moveReferral(queries, SENT, 'decline', { reason: 'no-capacity', note: 'Complet jusqu’en janvier.' });
    expect(path).toBe(`${ID}/decline`);
    expect(ifMatch).toBe('"3"');
    expect(body).toEqual({ reason: 'no-capacity', note: 'Complet jusqu’en janvier.' });
    expect(moved.status).toBe('declined');
    expect(queries.getQueryData<PartnerReferral>(referralKey(ID))?.version).toBe(4);
    expect(queries.getQueryState(inboxQuery(DEFAULT_INBOX).queryKey)?.isInvalidated).toBe(true);
    expect(queries.getQueryState(countQuery('awaiting').queryKey)?.isInvalidated).toBe(true);
    expect(queries.getQueryState(serviceQuery(SERVICE.id, 'en').queryKey)?.isInvalidated).toBe(true);
  });

  it('explain a stale answer (412) and an illegal move (409) in plain words, with a reload', async () => {
    const t = staffTranslator('en');
    server.use(http.post('*/api/v1/referrals/:id/accept', () => problem(412)));
    const stale = await moveReferral(createQueryClient(), SENT, 'accept', {}).catch((e: unknown) => e);
    expect(stale).toBeInstanceOf(ApiError);
    const staleHtml = render(<RefusalNotice refusal={refusalOf(stale) as never} t={t} again={() => undefined} />);
    expect(staleHtml).toContain('This referral changed since you opened it');
    expect(staleHtml).toContain('Reload the referral');

    server.use(
      http.post('*/api/v1/referrals/:id/start', () =>
        problem(409, [
          { field: 'status', message: 'cancelled' },
          { field: 'allowed', message: '' },
        ]),
      ),
    );
    const illegal = await moveReferral(createQueryClient(), ACCEPTED, 'start', {}).catch((e: unknown) => e);
    const illegalHtml = render(<RefusalNotice refusal={refusalOf(illegal) as never} t={t} again={() => undefined} />);
    expect(illegalHtml).toContain('This referral is now “Cancelled”: that answer is no longer possible. Nothing was saved.');
    expect(illegalHtml).toContain('role="alert"');
  });

  it('add a shared note with an idempotency key and refresh the notes', async () => {
    let key: string | null = null;
    let sent: unknown;
    server.use(
      http.post('*/api/v1/referrals/:id/notes', async ({ request }) => {
        key = request.headers.get('Idempotency-Key');
        sent = await request.json();
        return HttpResponse.json({ id: 'n2', author: 'p', body: 'Rappel fait.', createdAt: '2026-12-03T10:00:00Z' }, { status: 201 });
      }),
    );
    const queries = createQueryClient();
    queries.setQueryData(referralNotesQuery(ID).queryKey, NOTES);
    await addReferralNote(queries, ID, 'Rappel fait.', 'k-1');
    expect(key).toBe('k-1');
    expect(sent).toEqual({ body: 'Rappel fait.' });
    expect(queries.getQueryState(referralNotesQuery(ID).queryKey)?.isInvalidated).toBe(true);
  });
});

describe('the capacity signal', () => {
  it('says the score and its effect in plans, in both languages', () => {
    const en = render(<CapacitySignal name="Logement" score={1.4} t={staffTranslator('en')} format={staffFormat('en')} />);
    expect(en).toContain('Recent declines for lack of capacity: 1.4');
    expect(en).toContain('comes after equal offers');
    const fr = render(<CapacitySignal name="Logement" score={0.3} t={staffTranslator('fr')} format={staffFormat('fr')} />);
    expect(fr).toContain('Refus récents faute de place : 0,3');
    expect(fr).toContain('Pas assez pour changer sa place');
  });
});

describe('another organisation’s referral', () => {
  it('is "not found", with nothing of it on the page', async () => {
    server.use(http.get('*/api/v1/referrals/:id', () => problem(404)));
    const error = await createQueryClient().fetchQuery(referralQuery(ID)).catch((e: unknown) => e);
    expect(isNotFound(error)).toBe(true);
    const html = render(<ReferralNotFound t={staffTranslator('en')} />);
    expect(html).toContain('Referral not found');
    expect(html).not.toContain('PAS-');
    expect(html).toContain('href="/partner"');
  });

  it('is "not found" too if the desk’s shape ever came back', async () => {
    server.use(http.get('*/api/v1/referrals/:id', () => HttpResponse.json({ id: ID, caseId: 'c', caseReference: 'PAS-2026-000001', allowed: [], version: 1 })));
    const error = await createQueryClient().fetchQuery(referralQuery(ID)).catch((e: unknown) => e);
    expect(isNotFound(error)).toBe(true);
  });
});
