// The signed-link page against request handlers (MSW): the read and its ends (404, 410 by type, 429), the
// one write with its body and what it leaves in the cache, and every step rendered as the page renders it:
// what shows before acceptance (never the person), the forms and their confirmations, the person's shared
// fields after acceptance, and the outcome link. In French, English and Arabic.
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { render } from 'preact-render-to-string';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../../lib/api/client';
import { createFormatters } from '../../../lib/format';
import { linkTranslator, type LinkLang } from '../../../lib/i18n/link';
import { createQueryClient } from '../../../lib/query/client';
import { actOnLink, codesQuery, linkKey, linkQuery, needLabels, type ReferralCodes, type Themes } from '../api/link';
import { BlockedView, DoneView } from '../components/states';
import { INITIAL_FLOW, linkFlow, type FlowState, type ReferralLink } from '../model/link-flow';
import { CITY_TIME_ZONE, LinkView, screenOf } from './link-page';

const TOKEN = 'AQHx3b2cY9xk1bq0ZQ4mE7u9fH2Jr6wLpN8sT1vA3cD5eF7gH9iJ0kL2mN4oP6qR8sT0uV2wX4yZ6.k3J9mQ2xV7bN1cR5tY8uI0oP4aS6dF9gH2jK5lZ8xC1v';
/** Fictional (LogPrivacyIT lists them). */
const PERSON = 'Link Page Person Qd';
const NOTE = 'Link page note Hv: besoin d’une session ce mois-ci.';

const ANSWER: ReferralLink = {
  purpose: 'answer',
  expiresAt: '2026-12-21T08:25:29Z',
  allowed: ['accept', 'decline'],
  organization: { id: 'o-1', slug: 'gip-ftlv-caec', name: 'GIP FTLV CAEC' },
  desk: { name: 'Guichet unique de Nancy', email: 'guichet@ville.example', phone: '+33383000000' },
  referral: {
    id: 'r-1',
    caseReference: 'PAS-2026-000123',
    service: { id: 's-1', slug: 'caec-sessions-examens-langue', name: 'Sessions d’examens de langue (CAEC)' },
    status: 'sent',
    needs: ['language', 'unknown-need'],
    languages: ['ar', 'fr'],
    note: NOTE,
    facts: [
      { fact: 'age', met: 'met' },
      { fact: 'language', met: 'unknown' },
    ],
    person: null,
    sentAt: '2026-12-07T08:25:29Z',
    dueAt: '2026-12-17T08:25:29Z',
    allowed: ['accept', 'decline'],
    version: 1,
  },
};
const ACCEPTED: ReferralLink = {
  ...ANSWER,
  allowed: [],
  referral: {
    ...ANSWER.referral,
    status: 'accepted',
    person: { name: PERSON, contactChannel: 'phone', birthYear: 1999, status: null },
    answeredAt: '2026-12-08T09:00:00Z',
    allowed: ['complete', 'no-show'],
    version: 2,
  },
};
const OUTCOME: ReferralLink = { ...ACCEPTED, purpose: 'outcome', allowed: ['complete', 'no-show'] };
const CODES: ReferralCodes = {
  declineReasons: [
    { code: 'no-capacity', labels: { fr: 'Plus de place ou de créneau pour le moment', en: 'No place or slot available for now' } },
    { code: 'other', labels: { fr: 'Autre raison (préciser dans une note)', en: 'Another reason (say which in a note)' } },
  ],
  outcomes: [{ code: 'got-help', labels: { fr: 'La personne a reçu l’aide demandée', en: 'The person got the help they needed' } }],
  cancelReasons: [],
};
const THEMES: Themes = {
  domains: [{ code: 'language', label: 'Learning French', themes: [{ code: 'language', label: 'French language' }] }],
};
const problem = (status: number, slug: string) =>
  HttpResponse.json(
    { type: `https://passerelle.example/problems/${slug}`, title: 'Gone', status, instance: '/api/v1/referral-links/{token}' },
    { status, headers: { 'content-type': 'application/problem+json' } },
  );

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

function view(link: ReferralLink, flow: FlowState = INITIAL_FLOW, lang: LinkLang = 'en') {
  return render(
    <LinkView
      link={link}
      flow={flow}
      codes={CODES}
      needs={needLabels(THEMES)}
      t={linkTranslator(lang)}
      lang={lang}
      format={createFormatters(lang, CITY_TIME_ZONE)}
      dispatch={() => undefined}
      send={() => undefined}
    />,
  );
}

describe('reading the link', () => {
  it('asks the API with the token in the path only, and keeps the answer (a second read would only say "used")', async () => {
    let asked = '';
    server.use(
      http.get('*/api/v1/referral-links/:token', ({ request, params }) => {
        asked = new URL(request.url).pathname;
        expect(params['token']).toBe(TOKEN);
        expect(new URL(request.url).search).toBe('');
        return HttpResponse.json(ANSWER, { headers: { 'cache-control': 'no-store' } });
      }),
    );
    const queries = createQueryClient();
    expect(await queries.fetchQuery(linkQuery(TOKEN))).toEqual(ANSWER);
    expect(asked).toBe(`/api/v1/referral-links/${TOKEN}`);
    expect(linkQuery(TOKEN).staleTime).toBe(Infinity);
  });

  it('turns a 404 into "not valid" and each 410 into its own words, without retrying', async () => {
    const cases: [string, number, string, string][] = [
      ['not-found', 404, 'invalid', 'This link is not valid'],
      ['link-used', 410, 'used', 'This link was already used'],
      ['link-expired', 410, 'expired', 'This link has expired'],
      ['link-revoked', 410, 'revoked', 'This link was withdrawn'],
      ['too-many-requests', 429, 'busy', 'Too many attempts'],
    ];
    for (const [slug, status, kind, title] of cases) {
      let calls = 0;
      server.use(
        http.get('*/api/v1/referral-links/:token', () => {
          calls++;
          return problem(status, slug);
        }),
      );
      const error = await createQueryClient().fetchQuery(linkQuery(TOKEN)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ApiError);
      expect(calls, slug).toBe(1);
      const screen = screenOf(TOKEN, { status: 'error', data: undefined, error: error as ApiError }, INITIAL_FLOW);
      expect(screen).toEqual({ kind: 'blocked', blocked: { kind } });
      const html = render(<BlockedView blocked={{ kind } as never} t={linkTranslator('en')} retry={() => undefined} />);
      expect(html).toContain(title);
      expect(html.includes('Try again'), slug).toBe(kind === 'busy');
    }
  });

  it('says "not valid" at once for an address with no token, and waits while the read is on its way', () => {
    expect(screenOf('', { status: 'pending', data: undefined, error: null }, INITIAL_FLOW)).toEqual({ kind: 'blocked', blocked: { kind: 'invalid' } });
    expect(screenOf(TOKEN, { status: 'pending', data: undefined, error: null }, INITIAL_FLOW)).toEqual({ kind: 'loading' });
    expect(screenOf(TOKEN, { status: 'success', data: ANSWER, error: null }, INITIAL_FLOW)).toEqual({ kind: 'open', link: ANSWER });
    expect(screenOf(TOKEN, { status: 'success', data: { ...ANSWER, allowed: [] }, error: null }, INITIAL_FLOW)).toEqual({
      kind: 'blocked',
      blocked: { kind: 'used' },
    });
  });

  it('offers to try again when the server does not answer', () => {
    const html = render(<BlockedView blocked={{ kind: 'failed' }} t={linkTranslator('fr')} retry={() => undefined} />);
    expect(html).toContain('La page n’a pas pu se charger');
    expect(html).toContain('Réessayer');
  });

  it('reads the coded reasons and the needs’ words from the public API', async () => {
    server.use(http.get('*/api/v1/referral-codes', () => HttpResponse.json(CODES)));
    expect(await createQueryClient().fetchQuery(codesQuery)).toEqual(CODES);
    expect(needLabels(THEMES).get('language')).toBe('Learning French');
  });
});

describe('before acceptance', () => {
  it('shows what the organisation needs to decide, and never the person', () => {
    const html = view(ANSWER);
    for (const text of [
      'Referral <bdi class="link-ref">PAS-2026-000123</bdi>',
      'Sessions d’examens de langue (CAEC)',
      'GIP FTLV CAEC',
      'Guichet unique de Nancy',
      'Learning French and unknown-need',
      'Arabic and French',
      NOTE,
      'Answer expected by',
      'December 17, 2026',
      'Age',
      'met',
      'not known',
      'Accept the referral',
      'Decline',
      'once you accept',
      'mailto:guichet@ville.example',
      'tel:+33383000000',
    ]) {
      expect(html, text).toContain(text);
    }
    expect(html).not.toContain(PERSON);
    expect(html).not.toContain('The person</h2>');
    expect(html).not.toContain('Record the outcome');
    // No way anywhere else: the only links are the desk's own e-mail and phone.
    expect([...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1])).toEqual(['mailto:guichet@ville.example', 'tel:+33383000000']);
  });

  it('says the dates in Paris time and in the page’s language, right to left in Arabic with a note that it is a translation', () => {
    const fr = view(ANSWER, INITIAL_FLOW, 'fr');
    expect(fr).toContain('17 décembre 2026');
    expect(fr).toContain('Accepter l’orientation');
    expect(fr).not.toContain('traduite automatiquement');
    const ar = view(ANSWER, INITIAL_FLOW, 'ar');
    expect(ar).toContain('قبول التوجيه');
    expect(ar).toContain('تُرجمت هذه الصفحة آليًا');
    expect(ar).toContain('التوجيه <bdi class="link-ref">PAS-2026-000123</bdi>');
    expect(ar).toContain('<bdi>PAS-2026-000123</bdi>');
    // 23:30 UTC is already the next day in Paris.
    expect(view({ ...ANSWER, referral: { ...ANSWER.referral, dueAt: '2026-12-17T23:30:00Z' } })).toContain('December 18, 2026');
  });
});

describe('the steps', () => {
  it('asks a reason before declining, with the coded reasons in the page’s language', () => {
    const form = linkFlow(INITIAL_FLOW, { type: 'start', verb: 'decline', allowed: ANSWER.allowed });
    const html = view(ANSWER, form);
    expect(html).toContain('Decline the referral');
    expect(html).toContain('<label class="field-label" for="link-reason">Reason for declining</label>');
    expect(html).toContain('No place or slot available for now');
    expect(html).toContain('Message for the desk (optional)');
    expect(html).toContain('0 of 1000 characters');
    expect(view(ANSWER, form, 'ar')).toContain('لا يوجد مكان أو موعد متاح حاليًا');
    // The referral's details stay out of the way of the form.
    expect(html).not.toContain(NOTE);
  });

  it('shows the server’s refusal at the field, in the page’s words', () => {
    const refused: FlowState = { ...linkFlow(INITIAL_FLOW, { type: 'start', verb: 'decline', allowed: ANSWER.allowed }), refused: { fields: { reason: 'must be a decline reason of GET /api/v1/referral-codes' }, general: [] } };
    const html = view(ANSWER, refused);
    expect(html).toContain('<p class="form-field__error" id="link-reason-error">Choose a reason from the list.</p>');
    expect(html).toContain('aria-describedby="link-reason-error"');
    expect(html).toContain('aria-invalid="true"');
  });

  it('confirms a decline, saying the reason and the message back', () => {
    const confirm = [
      { type: 'start', verb: 'decline', allowed: ANSWER.allowed },
      { type: 'review', values: { reason: 'no-capacity', note: 'Pas de session avant mars.' } },
    ].reduce((s, a) => linkFlow(s, a as never), INITIAL_FLOW);
    const html = view(ANSWER, confirm, 'fr');
    // French typography: a no-break space before ? and :.
    expect(html).toContain('Refuser cette orientation\u00a0?');
    expect(html).toContain('Motif\u00a0: Plus de place ou de créneau pour le moment');
    expect(html).toContain('Message\u00a0: Pas de session avant mars.');
    expect(html).toContain('Oui, refuser');
    expect(html).toContain('Revenir');
    const failed = linkFlow(linkFlow(confirm, { type: 'send', verb: 'decline', allowed: ANSWER.allowed }), { type: 'failed', error: new TypeError('x') });
    expect(view(ANSWER, failed)).toContain('Nothing was recorded');
  });

  it('after acceptance shows the person’s shared fields and says the outcome link comes by e-mail', () => {
    const html = render(<DoneView verb="accept" link={ACCEPTED} t={linkTranslator('en')} />);
    expect(html).toContain('You accepted the referral');
    expect(html).toContain('a link to record the outcome later');
    expect(html).toContain(PERSON);
    expect(html).toContain('phone');
    expect(html).toContain('1999');
    expect(html).not.toContain('Residence status');
  });

  it('opens an outcome link on the person and the two ways it can end', () => {
    const html = view(OUTCOME);
    expect(html).toContain('You accepted this referral');
    expect(html).toContain('Accepted on');
    expect(html).toContain(PERSON);
    expect(html).toContain('Record the outcome');
    expect(html).toContain('The person did not come');
    expect(html).not.toContain('Accept the referral');
    const noShow = view(OUTCOME, linkFlow(INITIAL_FLOW, { type: 'start', verb: 'no-show', allowed: OUTCOME.allowed }));
    expect(noShow).toContain('The person did not come?');
    expect(noShow).toContain('Yes, the person did not come');
    const confirm = [
      { type: 'start', verb: 'complete', allowed: OUTCOME.allowed },
      { type: 'review', values: { reason: 'got-help', note: '' } },
    ].reduce((s, a) => linkFlow(s, a as never), INITIAL_FLOW);
    expect(view(OUTCOME, confirm)).toContain('Outcome: The person got the help they needed');
    expect(render(<DoneView verb="complete" link={OUTCOME} t={linkTranslator('en')} />)).toContain('The outcome is recorded');
  });
});

describe('using the link', () => {
  it('posts the verb with its body, and the answer replaces the read in the cache', async () => {
    const bodies: unknown[] = [];
    server.use(
      http.post('*/api/v1/referral-links/:token/:verb', async ({ request, params }) => {
        expect(params['token']).toBe(TOKEN);
        bodies.push([params['verb'], await request.json()]);
        return HttpResponse.json(params['verb'] === 'accept' ? ACCEPTED : { ...ANSWER, allowed: [] });
      }),
    );
    const queries = createQueryClient();
    queries.setQueryData(linkKey(TOKEN), ANSWER);
    const accepted = await actOnLink(queries, TOKEN, 'accept', { reason: '', note: '' });
    expect(accepted.referral.person?.name).toBe(PERSON);
    expect(queries.getQueryData(linkKey(TOKEN))).toEqual(ACCEPTED);
    await actOnLink(queries, TOKEN, 'decline', { reason: 'other', note: ' Sur rendez-vous seulement. ' });
    expect(bodies).toEqual([
      ['accept', {}],
      ['decline', { reason: 'other', note: 'Sur rendez-vous seulement.' }],
    ]);
  });

  it('fails with the problem, so the page can say a link used meanwhile is used', async () => {
    server.use(http.post('*/api/v1/referral-links/:token/:verb', () => problem(410, 'link-used')));
    const error = await actOnLink(createQueryClient(), TOKEN, 'accept', { reason: '', note: '' }).catch((e: unknown) => e);
    const sending = linkFlow(INITIAL_FLOW, { type: 'send', verb: 'accept', allowed: ANSWER.allowed });
    const ended = linkFlow(sending, { type: 'failed', error });
    expect(screenOf(TOKEN, { status: 'success', data: ANSWER, error: null }, ended)).toEqual({ kind: 'blocked', blocked: { kind: 'used' } });
  });
});
