// The visit against request handlers (MSW): the side-by-side questions in Arabic, the plan asked for in a
// POST body and picked from, an offer added from the search, the consent text and its gate, printing
// without consent (no write at all), and opening the case and sending its referrals, each write with its
// Idempotency-Key and the CSRF header, a failed referral sent again alone, and the server's field errors.
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { render } from 'preact-render-to-string';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, type Domain, type TriagePlan } from '../../../lib/api/client';
import { problemMessages } from '../../../lib/form/problem';
import { CATALOGUES } from '../../../lib/i18n/messages/all';
import { StaffI18nContext, staffTranslator } from '../../../lib/i18n/staff';
import { createTranslator } from '../../../lib/i18n/translate';
import { createQueryClient } from '../../../lib/query/client';
import { toNeedsProfile } from '../../../lib/triage/answers';
import { reasonLines } from '../../../lib/triage/reasons';
import { createFormatters } from '../../../lib/format';
import { servicesQuery } from '../api/services';
import { afterSending, consentTextsQuery, openAndSend, visitPlanQuery } from '../api/visit';
import { ConsentView, PrintView } from '../components/visit-consent';
import { PersonForm } from '../components/visit-person';
import { PlanView, SearchResultList, SelectedList } from '../components/visit-plan';
import { TriageQuestions, VisitorLanguage } from '../components/visit-triage';
import { deskFormat } from '../model/format';
import {
  caseInput,
  consentTexts,
  defaultScope,
  fromOffer,
  fromSearch,
  KeyRing,
  organizationsOf,
  personFieldOf,
  referable,
  referralInput,
  slipsUrl,
  type ConsentText,
  type PersonValues,
} from '../model/visit';
import { INITIAL_VISIT, visitReducer, type VisitAction, type VisitState } from '../model/visit-flow';
import { readPlanLink } from '../model/visit-link';

const en = staffTranslator('en');
const format = deskFormat('en');
const CIMADE = { id: '7ecc9bd4-5601-5d2a-bab5-e1c5f4b40122', slug: 'la-cimade', name: 'La Cimade' };
const CAEC = { id: 'a0000000-0000-4000-8000-000000000002', slug: 'gip-ftlv-caec', name: 'GIP FTLV — CAEC' };
const AMIS = { id: 'a0000000-0000-4000-8000-000000000003', slug: 'amis-du-monde', name: 'Amis du monde' };
const offer = (slug: string, organization: typeof CIMADE, extra: Partial<TriagePlan['needs'][number]['offers'][number]> = {}) => ({
  id: `00000000-0000-4000-8000-${slug.length.toString().padStart(12, '0')}`,
  slug,
  name: `Offer ${slug}`,
  lang: 'en',
  organization,
  verdict: 'eligible' as const,
  reasons: [
    { key: 'territory.local', effect: 'fits' as const, params: { area: 'Nancy' } },
    { key: 'access.walk-in', effect: 'info' as const },
  ],
  scope: 'local' as const,
  wayIn: { code: 'come' as const, inferred: false, desk: false, contact: { phone: '+33383000000', from: 'service' as const } },
  ...extra,
});
const PLAN: TriagePlan = {
  lang: 'en',
  pathways: [],
  needs: [
    { need: 'rights', themes: ['rights'], unmet: false, safetyNet: [], notEligible: [], offers: [offer('cimade-permanences-juridiques', CIMADE)] },
    {
      need: 'french',
      themes: ['language'],
      unmet: false,
      safetyNet: [],
      notEligible: [],
      offers: [offer('caec-sessions-examens-langue', CAEC, { verdict: 'maybe', scope: 'national-network', wayIn: { code: 'call', inferred: true, desk: false } })],
    },
  ],
};
const DOMAINS = (lang: string, labels: Record<string, string>): Domain[] =>
  Object.entries(labels).map(([code, label]) => ({ code, label, lang, themes: [] }));
const TEXTS: Record<string, ConsentText[]> = {
  ar: [{ version: '2026-12', lang: 'ar', title: 'موافقتك على التوجيه', body: 'لمساعدتك…\nيمكنك سحب موافقتك.', publishedOn: '2026-12-07' }],
  fr: [{ version: '2026-12', lang: 'fr', title: 'Votre accord pour être orienté', body: 'Pour vous aider…', publishedOn: '2026-12-07' }],
  ti: [],
};
const LINK = 'https://passerelle.example/kiosk/plan#l=ar&n=rights,french&c=Nancy&s=asylum-seeker';

const server = setupServer();
const requests: { method: string; path: string }[] = [];
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  requests.length = 0;
  server.events.on('request:start', ({ request }) => void requests.push({ method: request.method, path: new URL(request.url).pathname }));
});
afterEach(() => {
  server.resetHandlers();
  server.events.removeAllListeners();
  vi.unstubAllGlobals();
});
afterAll(() => server.close());

const run = (actions: readonly VisitAction[], from: VisitState = INITIAL_VISIT) => actions.reduce(visitReducer, from);
const withEn = (node: preact.ComponentChildren) => <StaffI18nContext.Provider value={{ lang: 'en', t: en }}>{node}</StaffI18nContext.Provider>;

/** The visit up to the plan, from the pasted link, with two offers of two organisations picked. */
function pickedTwo(): VisitState {
  const link = readPlanLink(LINK);
  if (!link.ok) throw new Error('link');
  const [rights, french] = PLAN.needs;
  return run([
    { type: 'open-link', lang: link.lang, answers: link.answers },
    { type: 'pick', pick: fromOffer(rights!.offers[0]!, 'rights') },
    { type: 'pick', pick: fromOffer(french!.offers[0]!, 'french') },
  ]);
}

describe('the triage at the desk', () => {
  it('shows each question and option in the agent’s words and the visitor’s, Arabic right to left', () => {
    const visitor = createTranslator('ar', { ar: CATALOGUES.ar, en: CATALOGUES.en });
    const html = render(
      <TriageQuestions
        t={en}
        visitor={visitor}
        domains={DOMAINS('en', { housing: 'Housing', rights: 'Rights and papers' })}
        visitorDomains={DOMAINS('ar', { housing: 'السكن', rights: 'الحقوق والأوراق' })}
        answers={{ needs: ['rights'] }}
        onAnswers={() => undefined}
        problems={[]}
      />,
    );
    const rtl = (text: string | undefined) => `lang="ar" dir="rtl">${text}</span>`;
    expect(html).toContain('<span class="visit-pair__agent">Age</span>');
    expect(html).toContain(rtl(CATALOGUES.ar['q.age.heading']));
    expect(html).toContain(rtl(CATALOGUES.ar['q.age.18-25']));
    expect(html).toContain(rtl(CATALOGUES.ar['q.status.prefer-not-to-say']));
    expect(html).toContain(rtl(CATALOGUES.ar['needs.heading']));
    expect(html).toContain(rtl('الحقوق والأوراق'));
    expect(html).toContain('Rights and papers');
    expect(html).toContain('Would rather not say');
    // "I would rather not say" first among the statuses, "no answer" last.
    const statuses = [...html.slice(html.indexOf('name="status"') - 200).matchAll(/data-value(?:="([\w-]*)")?/g)].map((m) => m[1] ?? '');
    expect(statuses[0]).toBe('prefer-not-to-say');
    expect(statuses.at(-1)).toBe('');
    // Checked as answered.
    expect(html).toMatch(/value="rights" checked/);
  });

  it('names each kiosk language in the agent’s words and in itself, and no second column for the agent’s own language', () => {
    const picker = render(<VisitorLanguage t={en} agentLang="en" value="ps" onValue={() => undefined} invalid={false} />);
    expect(picker).toContain('Pashto — <span class="visit-visitor" lang="ps" dir="rtl">پښتو</span>');
    expect(picker).toContain('Tigrinya — <span class="visit-visitor" lang="ti" dir="ltr">ትግርኛ</span>');
    expect(picker).toMatch(/value="ps" checked/);
    const same = render(
      <TriageQuestions t={en} visitor={undefined} domains={[]} visitorDomains={undefined} answers={{ needs: [] }} onAnswers={() => undefined} problems={['needs']} />,
    );
    expect(same).not.toContain('visit-visitor');
    expect(same).toContain('Tick at least one need.');
  });
});

describe('the plan and the offers picked', () => {
  it('asks for the plan in a POST body (a kiosk link is a replay), and shows the why, the area and the way in', async () => {
    let asked: { query: URLSearchParams; body: unknown } | undefined;
    server.use(
      http.post('*/api/v1/triage', async ({ request }) => {
        asked = { query: new URL(request.url).searchParams, body: await request.json() };
        return HttpResponse.json(PLAN);
      }),
    );
    const state = pickedTwo();
    const plan = await createQueryClient().fetchQuery(visitPlanQuery(toNeedsProfile(state.answers, state.lang ?? 'fr'), 'en', state.origin === 'link'));
    expect(asked?.query.get('replay')).toBe('true');
    expect(asked?.query.get('lang')).toBe('en');
    expect(asked?.body).toEqual({ needs: ['rights', 'french'], city: 'Nancy', status: 'asylum-seeker', languages: ['ar'] });
    expect(requests.every((r) => !r.path.includes('Nancy'))).toBe(true);

    const kt = createTranslator('en', { en: CATALOGUES.en });
    const kf = createFormatters('en', 'Europe/Paris');
    const html = render(
      <PlanView
        t={en}
        plan={plan}
        needLabel={(code) => ({ rights: 'Rights and papers', french: 'Learning French' })[code] ?? code}
        reasonsOf={(o) => reasonLines(o.reasons, kt.t, kf)}
        format={format}
        selection={state.selection.slice(0, 1)}
        onPick={() => undefined}
      />,
    );
    expect(html).toContain('<h2 id="visit-need-rights">Rights and papers</h2>');
    expect(html).toContain('In \u2068Nancy\u2069.');
    expect(html).toContain('Walk in, no appointment.');
    expect(html).toContain('In the place it names');
    expect(html).toContain('Branches in several places: ask where the nearest is');
    expect(html).toContain('Come during opening hours.');
    expect(html).toContain('Call.');
    expect(html).toContain('(worked out by Passerelle: advice, to check)');
    expect(html).toContain('03 83 00 00 00');
    expect(html).toContain('May fit: to check');
    // Only the offer picked is ticked: none is ticked by the plan itself.
    expect(html.match(/name="refer" checked/g)).toHaveLength(1);
    expect(html).toContain('Refer<span class="visually-hidden">: Offer cimade-permanences-juridiques</span>');
  });

  it('adds a service found in the catalogue, and lists every offer picked with its organisation', async () => {
    server.use(
      http.get('*/api/v1/services', ({ request }) => {
        expect(new URL(request.url).searchParams.get('q')).toBe('français');
        return HttpResponse.json({
          page: 1,
          size: 20,
          totalItems: 1,
          totalPages: 1,
          facets: {},
          items: [
            {
              id: 'a0000000-0000-4000-8000-0000000000aa',
              slug: 'amis-cours-francais',
              name: 'Cours de français',
              status: 'active',
              primaryTheme: 'language',
              themes: ['language'],
              domains: ['french'],
              organization: AMIS,
              territory: { scope: 'local', city: 'Nancy' },
              updatedAt: '2026-12-01T00:00:00Z',
              version: 1,
            },
          ],
        });
      }),
    );
    const results = await createQueryClient().fetchQuery(servicesQuery({ q: 'français', domain: '', city: '' }, 'en'));
    const before = pickedTwo();
    expect(render(<SearchResultList t={en} items={results.items} selection={before.selection} onPick={() => undefined} />)).not.toContain('checked');
    const after = visitReducer(before, { type: 'pick', pick: fromSearch(results.items[0]!, before.answers.needs) });
    expect(after.selection.map((p) => [p.slug, p.need, p.from])).toEqual([
      ['cimade-permanences-juridiques', 'rights', 'plan'],
      ['caec-sessions-examens-langue', 'french', 'plan'],
      ['amis-cours-francais', 'french', 'search'],
    ]);
    expect(render(<SearchResultList t={en} items={results.items} selection={after.selection} onPick={() => undefined} />)).toContain('checked');
    const list = render(<SelectedList t={en} selection={after.selection} format={format} onRemove={() => undefined} />);
    expect(list).toContain('Offers ticked (3)');
    expect(list).toContain('by La Cimade');
    expect(list).toContain('by GIP FTLV — CAEC');
    expect(list).toContain('by Amis du monde');
    expect(organizationsOf(after.selection).map((o) => o.slug)).toEqual(['la-cimade', 'gip-ftlv-caec', 'amis-du-monde']);
  });
});

describe('consent first', () => {
  beforeEach(() => {
    server.use(http.get('*/api/v1/consent-texts', ({ request }) => HttpResponse.json(TEXTS[new URL(request.url).searchParams.get('lang') ?? ''] ?? [])));
  });

  it('shows the text in Arabic right to left with the French beside it, every organisation ticked and the status not', async () => {
    const queries = createQueryClient();
    const texts = consentTexts(await queries.fetchQuery(consentTextsQuery('ar')), await queries.fetchQuery(consentTextsQuery('fr')));
    const state = visitReducer(pickedTwo(), { type: 'go', step: 'consent' });
    const scope = defaultScope(state.selection);
    const html = render(
      withEn(
        <ConsentView
          t={en}
          agentLang="en"
          visitorLang="ar"
          texts={texts!}
          organizations={organizationsOf(state.selection)}
          scope={scope}
          onScope={() => undefined}
          agreed={false}
          onAgreed={() => undefined}
          problem="not-agreed"
          readAloud={false}
        />,
      ),
    );
    expect(html).toContain('<div class="visit-consent-text" lang="ar" dir="rtl"><h3 id="visit-consent-visitor">موافقتك على التوجيه</h3>');
    expect(html).toContain('lang="fr" dir="ltr"><h3 id="visit-consent-french">Votre accord pour être orienté</h3>');
    expect(html).toContain('The text in the person’s language (Arabic)');
    expect(html).toContain('Version 2026-12, published on Dec 7, 2026');
    expect(html).toMatch(/value="la-cimade" checked/);
    expect(html).toMatch(/value="gip-ftlv-caec" checked/);
    expect(html).toMatch(/value="name" checked/);
    expect(html).not.toMatch(/value="status" checked/);
    expect(html).toContain('Shared only with the services whose eligibility needs it');
    expect(html).toContain('Tick “The person agrees” first');

    // The gate: without "the person agrees", no person step.
    expect(visitReducer(state, { type: 'record-consent', agreed: false, scope, text: texts?.shown }).step).toBe('consent');
    expect(visitReducer(state, { type: 'record-consent', agreed: true, scope, text: texts?.shown }).step).toBe('person');
  });

  it('falls back to the French text for a language that has none yet, and says so', async () => {
    const queries = createQueryClient();
    const texts = consentTexts(await queries.fetchQuery(consentTextsQuery('ti')), await queries.fetchQuery(consentTextsQuery('fr')));
    expect(texts).toMatchObject({ shown: { lang: 'fr' }, fellBack: true, french: undefined });
    const html = render(
      <ConsentView
        t={en}
        agentLang="en"
        visitorLang="ti"
        texts={texts!}
        organizations={[CIMADE]}
        scope={{ organizations: ['la-cimade'], fields: ['name'] }}
        onScope={() => undefined}
        agreed
        onAgreed={() => undefined}
        problem={undefined}
        readAloud={false}
      />,
    );
    expect(html).toContain('There is no text in Tigrinya yet: the French text is shown.');
  });

  it('without consent, offers the public slips of the offers picked in the visitor’s language, and writes nothing', async () => {
    const queries = createQueryClient();
    await queries.fetchQuery(consentTextsQuery('ar'));
    const print = run([{ type: 'go', step: 'consent' }, { type: 'no-consent' }], pickedTwo());
    expect(print.step).toBe('print');
    const html = render(<PrintView t={en} selection={print.selection} lang="ar" agentLang="en" format={format} />);
    const href = '/api/v1/referral-slips?service=cimade-permanences-juridiques&amp;service=caec-sessions-examens-langue&amp;lang=ar';
    expect(html).toContain(`href="${href}" target="_blank" rel="noopener"`);
    expect(slipsUrl(print.selection, 'ar')).toBe(href.replaceAll('&amp;', '&'));
    expect(html).toContain('Print the slips (2)');
    expect(requests.filter((r) => r.method !== 'GET')).toEqual([]);
    expect(requests.some((r) => r.path.startsWith('/api/v1/cases'))).toBe(false);
  });
});

describe('opening the case and sending', () => {
  const PERSON: PersonValues = { name: 'Amal', languages: ['ar'], contactChannel: 'phone', birthYear: '', status: 'asylum-seeker', notes: { 'cimade-permanences-juridiques': 'Needs an appointment this month.' } };
  const CASE_ID = '20b38967-7989-4943-a957-87837b98cfb8';

  function sending() {
    const state = visitReducer(pickedTwo(), { type: 'go', step: 'consent' });
    const scope = defaultScope(state.selection);
    const text = TEXTS['ar']![0]!;
    const ready = run([{ type: 'record-consent', agreed: true, scope, text }, { type: 'person', values: PERSON }], state);
    const ask = { birthYear: false, status: false };
    const input = caseInput(ready.person!, ready.answers, ready.consent!, ask);
    const referrals = referable(ready.selection, ready.consent!.scope).map((pick) => ({ pick, body: referralInput(pick, ready.person!) }));
    return { input, referrals };
  }

  function handlers(options: { failOnce?: string } = {}) {
    const cases: { body: unknown; key: string | null; csrf: string | null }[] = [];
    const referrals: { slug: string; body: unknown; key: string | null; csrf: string | null }[] = [];
    let failed = false;
    server.use(
      http.post('*/api/v1/cases', async ({ request }) => {
        cases.push({ body: await request.json(), key: request.headers.get('Idempotency-Key'), csrf: request.headers.get('X-CSRF-Token') });
        return HttpResponse.json({ id: CASE_ID, reference: 'PAS-2026-000042' }, { status: 201 });
      }),
      http.post('*/api/v1/cases/:id/referrals', async ({ request, params }) => {
        expect(params['id']).toBe(CASE_ID);
        const body = (await request.json()) as { service: string };
        referrals.push({ slug: body.service, body, key: request.headers.get('Idempotency-Key'), csrf: request.headers.get('X-CSRF-Token') });
        if (options.failOnce === body.service && !failed) {
          failed = true;
          return HttpResponse.json({ type: 'about:blank', title: 'Service Unavailable', status: 503 }, { status: 503, headers: { 'content-type': 'application/problem+json' } });
        }
        return HttpResponse.json({ id: `r-${body.service}`, status: 'sent' }, { status: 201 });
      }),
    );
    return { cases, referrals };
  }

  it('opens the case with the consent, sends each referral with its own key and the CSRF header, then goes to the case', async () => {
    vi.stubGlobal('document', { cookie: 'passerelle-csrf=tok-1' });
    const seen = handlers();
    const { input, referrals } = sending();
    const progress: string[] = [];
    const outcome = await openAndSend({ input, referrals, keys: new KeyRing(), sent: new Set(), onReferral: (slug, p) => progress.push(`${slug}:${p.status}`) });
    expect(seen.cases).toHaveLength(1);
    expect(seen.cases[0]?.body).toEqual({
      person: { name: 'Amal', languages: ['ar'], contactChannel: 'phone' },
      needs: ['rights', 'french'],
      consent: { organizations: ['la-cimade', 'gip-ftlv-caec'], fields: ['name', 'contactChannel'], textVersion: '2026-12', textLang: 'ar' },
    });
    expect(seen.cases[0]?.key).toMatch(/^[0-9a-f-]{36}$/);
    expect(seen.cases[0]?.csrf).toBe('tok-1');
    expect(seen.referrals.map((r) => r.body)).toEqual([
      { service: 'cimade-permanences-juridiques', need: 'rights', note: 'Needs an appointment this month.', send: true },
      { service: 'caec-sessions-examens-langue', need: 'french', send: true },
    ]);
    const keys = [seen.cases[0]?.key, ...seen.referrals.map((r) => r.key)];
    expect(new Set(keys).size).toBe(3);
    expect(seen.referrals.every((r) => r.csrf === 'tok-1' && /^[0-9a-f-]{36}$/.test(r.key ?? ''))).toBe(true);
    expect(progress).toEqual([
      'cimade-permanences-juridiques:sending',
      'cimade-permanences-juridiques:sent',
      'caec-sessions-examens-langue:sending',
      'caec-sessions-examens-langue:sent',
    ]);
    expect(afterSending(outcome)).toBe(`/desk/cases/${CASE_ID}`);
  });

  it('names a referral that failed and sends it again alone, with the key of its first try', async () => {
    const seen = handlers({ failOnce: 'caec-sessions-examens-langue' });
    const { input, referrals } = sending();
    const keys = new KeyRing();
    const first = await openAndSend({ input, referrals, keys, sent: new Set() });
    expect(first.sent).toEqual(['cimade-permanences-juridiques']);
    expect(first.failed.map((f) => [f.slug, f.error.status])).toEqual([['caec-sessions-examens-langue', 503]]);
    expect(afterSending(first)).toBeUndefined();

    const second = await openAndSend({ input, referrals, keys, opened: first.opened, sent: new Set(first.sent) });
    expect(second.failed).toEqual([]);
    expect(seen.cases).toHaveLength(1);
    expect(seen.referrals.map((r) => r.slug)).toEqual(['cimade-permanences-juridiques', 'caec-sessions-examens-langue', 'caec-sessions-examens-langue']);
    expect(seen.referrals[2]?.key).toBe(seen.referrals[1]?.key);
    expect(afterSending(second)).toBe(`/desk/cases/${CASE_ID}`);
  });

  it('shows the server’s field errors at the person’s fields', async () => {
    server.use(
      http.post('*/api/v1/cases', () =>
        HttpResponse.json(
          {
            type: 'https://passerelle.example/problems/invalid-parameters',
            title: 'Invalid parameters',
            status: 400,
            errors: [
              { field: 'person.name', message: 'must not be blank' },
              { field: 'person.birthYear', message: 'must be greater than or equal to 1900' },
            ],
          },
          { status: 400, headers: { 'content-type': 'application/problem+json' } },
        ),
      ),
    );
    const { input, referrals } = sending();
    const error = await openAndSend({ input, referrals, keys: new KeyRing(), sent: new Set() }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    const refused = problemMessages((error as ApiError).problem, personFieldOf);
    expect(refused.fields).toEqual({ name: 'must not be blank', birthYear: 'must be greater than or equal to 1900' });
    expect(requests.filter((r) => r.path.includes('/referrals'))).toEqual([]);

    const html = render(
      <PersonForm
        t={en}
        agentLang="en"
        ask={{ birthYear: true, status: false }}
        picks={[]}
        left={[]}
        initial={PERSON}
        refused={refused}
        onSubmit={() => undefined}
        onBack={() => undefined}
      />,
    );
    expect(html).toContain('The server refused some answers');
    expect(html).toMatch(/id="visit-name"[^>]*aria-invalid="true"[^>]*aria-describedby="visit-name-hint visit-name-error"/);
    expect(html).toContain('<p class="form-field__error" id="visit-name-error">must not be blank</p>');
    expect(html).toContain('<p class="form-field__error" id="visit-birth-year-error">must be greater than or equal to 1900</p>');
    // The status was not asked for: no field, and no value of it on the screen.
    expect(html).not.toContain('visit-status');
  });
});
