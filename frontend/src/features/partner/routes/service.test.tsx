// The partner's service page against request handlers (MSW): what it asks the server (the maintained service,
// each write with the version in If-Match and the CSRF header), the server's field errors shown at their inputs,
// a stale write (412) kept and reapplied on the latest version with what someone else changed, and what the page
// shows: the sections, each text's provenance, the dates and the nudge, the capacity signal, the hours and closures.
import { QueryClientProvider } from '@tanstack/preact-query';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { render } from 'preact-render-to-string';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Problem } from '../../../lib/api/client';
import { StaffI18nContext, staffTranslator } from '../../../lib/i18n/staff';
import { createQueryClient } from '../../../lib/query/client';
import { placesQuery } from '../api/places';
import { domainsQuery } from '../api/referrals';
import { maintainedQuery, reloadMaintained } from '../api/service-editor';
import { accessSpec, bringSpec } from '../components/details-sections';
import { scheduleSpec } from '../components/schedule-section';
import { translationSpec } from '../components/texts-section';
import { partnerFormat } from '../model/format';
import { reapplyDraft, saveSection } from '../model/save';
import type { MaintainedService } from '../model/service';
import { ServiceEditor, ServiceNotFound } from './service';

const ID = '11111111-2222-4333-8444-555555555555';
const DESK = 'guichet-unique-nancy-exemple';
const en = staffTranslator('en');
const fr = staffTranslator('fr');

const RECORD: MaintainedService = {
  id: ID,
  slug: 'cimade-permanence-test',
  organization: { id: 'o1', slug: 'la-cimade', name: 'La Cimade' },
  fields: {
    slug: 'cimade-permanence-test',
    name: { fr: 'Permanence juridique', en: 'Legal advice desk', uk: 'Юридична консультація', ar: 'استشارة قانونية' },
    description: { fr: 'Conseils.', en: 'Advice.' },
    status: 'active',
    themes: ['rights'],
    primaryTheme: 'rights',
    audience: ['newcomer'],
    eligibility: { statuses: ['any'], specialCriteria: [] },
    access: { mode: 'walk-in', referrerKinds: [] },
    territory: { city: 'Nancy', scope: 'local' },
    wayIn: { code: 'come', note: { fr: 'Le mardi.' } },
    requiredDocuments: [{ fr: 'Passeport', en: 'Passport' }],
  },
  texts: {
    fr: { origin: 'source' },
    en: { origin: 'source' },
    uk: { origin: 'machine' },
    ar: { origin: 'reviewed', reviewedBy: 'partner-cimade', reviewedOn: '2026-11-02' },
  },
  locations: [
    {
      id: 'l1',
      slug: DESK,
      name: 'Guichet unique — Hôtel de ville de Nancy (exemple)',
      address1: '1 place Stanislas',
      postalCode: '54000',
      city: 'Nancy',
      timezone: 'Europe/Paris',
      illustrative: true,
      schedule: {
        slots: [{ weekday: 'TU', opensAt: '14:00', closesAt: '17:00', walkIn: true, appointment: false, interpreting: true }],
        closures: [{ startsOn: '2026-12-24', endsOn: '2027-01-02', reason: 'Fin d’année' }],
      },
    },
  ],
  recentCapacityDeclines: 1.4,
  source: { file: '003.txt', section: 'Permanences', lines: [1, 2], date: '2025-03-14' },
  inferred: [],
  updatedAt: '2026-12-01T09:00:00Z',
  version: 3,
};
/** The same service after someone else's write: a closure added at the desk, the French note changed. */
const THEIRS: MaintainedService = {
  ...RECORD,
  version: 4,
  updatedAt: '2026-12-07T10:00:00Z',
  fields: { ...RECORD.fields, wayIn: { code: 'come', note: { fr: 'Le mardi, entrée B.' } } },
  locations: [
    {
      ...RECORD.locations[0]!,
      schedule: {
        ...RECORD.locations[0]!.schedule,
        closures: [...RECORD.locations[0]!.schedule.closures, { startsOn: '2027-02-10', endsOn: '2027-02-12', reason: 'Travaux' }],
      },
    },
  ],
};
const problem = (status: number, errors: Problem['errors'] = []): Problem => ({
  type: 'about:blank',
  title: status === 412 ? 'Precondition Failed' : 'Bad Request',
  status,
  detail: status === 412 ? 'The record changed since you read it; read it again and reapply your change.' : 'Invalid input.',
  errors,
});

const server = setupServer();
const writes: { method: string; path: string; ifMatch: string | null; csrf: string | null; body: unknown }[] = [];
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  writes.length = 0;
  // The page's cookie, as the browser holds it: the client copies it into X-CSRF-Token.
  vi.stubGlobal('document', { cookie: 'passerelle-csrf=test-token' });
});
afterEach(() => {
  server.resetHandlers();
  vi.unstubAllGlobals();
});
afterAll(() => server.close());

/** The server holds `records` in turn: each GET answers the current one; each PUT answers `put`. */
function serve(records: MaintainedService[], put: (path: string) => Response | Promise<Response>) {
  let current = 0;
  server.use(
    http.get(`*/api/v1/services/${ID}/maintained`, () => HttpResponse.json(records[Math.min(current, records.length - 1)])),
    http.put(`*/api/v1/services/${ID}*`, async ({ request }) => {
      const path = new URL(request.url).pathname;
      writes.push({ method: 'PUT', path, ifMatch: request.headers.get('If-Match'), csrf: request.headers.get('X-CSRF-Token'), body: await request.json() });
      current += 1;
      return put(path);
    }),
  );
}

describe('the partner’s service page: reads and writes', () => {
  it('reads the service as maintained', async () => {
    serve([RECORD], () => HttpResponse.json({}));
    const record = await createQueryClient().fetchQuery(maintainedQuery(ID));
    expect(record.version).toBe(3);
    expect(record.locations[0]?.schedule.slots[0]?.opensAt).toBe('14:00');
  });

  it('saves the hours at a place with the service’s version and the CSRF header, then reads the service again', async () => {
    const saved = { ...RECORD, version: 4 };
    serve([RECORD, saved], () => HttpResponse.json({}, { headers: { ETag: '"4"' } }));
    const queries = createQueryClient();
    const spec = scheduleSpec(DESK, en);
    const values = spec.values(RECORD);
    values.slots.push({ weekday: 'TH', opensAt: '09:30', closesAt: '12:00', validFrom: '', validTo: '', walkIn: false, appointment: true, interpreting: false });
    const result = await saveSection(spec, RECORD, RECORD, values, () => reloadMaintained(queries, ID));
    expect(result).toEqual({ kind: 'saved', fresh: saved });
    expect(writes).toHaveLength(1);
    expect(writes[0]).toMatchObject({ path: `/api/v1/services/${ID}/locations/${DESK}/schedule`, ifMatch: '"3"', csrf: 'test-token' });
    expect(writes[0]?.body).toEqual({
      slots: [
        { weekday: 'TU', opensAt: '14:00', closesAt: '17:00', validFrom: null, validTo: null, walkIn: true, appointment: false, interpreting: true },
        { weekday: 'TH', opensAt: '09:30', closesAt: '12:00', validFrom: null, validTo: null, walkIn: false, appointment: true, interpreting: false },
      ],
      closures: [{ startsOn: '2026-12-24', endsOn: '2027-01-02', reason: 'Fin d’année' }],
    });
  });

  it('shows the server’s field errors at their inputs, and what no input can show above the form', async () => {
    serve([RECORD], () =>
      HttpResponse.json(
        problem(400, [
          { field: 'slots[0].closesAt', message: 'must be after opensAt (14:00)' },
          { field: 'closures[0].endsOn', message: 'must not be before startsOn' },
          { field: 'If-Match', message: 'must be a strong ETag such as "3"' },
        ]),
        { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
      ),
    );
    const spec = scheduleSpec(DESK, en);
    const result = await saveSection(spec, RECORD, RECORD, spec.values(RECORD), () => Promise.resolve(RECORD));
    expect(result).toEqual({
      kind: 'failed',
      fields: { 'slots[0].closesAt': 'must be after opensAt (14:00)', 'closures[0].endsOn': 'must not be before startsOn' },
      general: ['If-Match: must be a strong ETag such as "3"'],
      offline: false,
    });
  });

  it('puts a way in refused for want of a channel at the way in’s input (a full PUT of the service)', async () => {
    serve([RECORD], () =>
      HttpResponse.json(problem(400, [{ field: 'wayIn.code', message: 'call needs a phone: contact.phone, or the organisation\u2019s' }]), {
        status: 400,
        headers: { 'Content-Type': 'application/problem+json' },
      }),
    );
    const spec = accessSpec(en);
    const result = await saveSection(spec, RECORD, RECORD, { ...spec.values(RECORD), wayIn: 'call' }, () => Promise.resolve(RECORD));
    expect(result).toMatchObject({ kind: 'failed', fields: { wayIn: expect.stringContaining('call needs a phone') }, general: [] });
    // The whole input went, this section's fields changed and every other as read.
    expect(writes[0]).toMatchObject({ path: `/api/v1/services/${ID}`, ifMatch: '"3"' });
    expect(writes[0]?.body).toMatchObject({ name: RECORD.fields.name, requiredDocuments: RECORD.fields.requiredDocuments, wayIn: { code: 'call' } });
  });

  it('keeps a stale write (412) and reapplies it on the latest version, saying what someone else changed', async () => {
    serve([THEIRS], () => HttpResponse.json(problem(412), { status: 412, headers: { 'Content-Type': 'application/problem+json' } }));
    const queries = createQueryClient();
    const spec = scheduleSpec(DESK, en);
    const mine = spec.values(RECORD);
    mine.slots[0] = { ...mine.slots[0]!, closesAt: '18:00' };
    const result = await saveSection(spec, RECORD, RECORD, mine, () => reloadMaintained(queries, ID));
    expect(result).toEqual({ kind: 'stale', draft: mine });
    const { latest, merged } = await reapplyDraft(spec, RECORD, mine, () => reloadMaintained(queries, ID));
    expect(latest.version).toBe(4);
    // My slot's new closing time, and their new closure.
    expect(merged.values.slots[0]?.closesAt).toBe('18:00');
    expect(merged.values.closures.map((c) => c.reason)).toEqual(['Fin d’année', 'Travaux']);
    expect(merged.theirs.map(spec.label)).toEqual(['Temporary closures']);
    expect(merged.conflicts).toEqual([]);
    // Saved again, it goes with the latest version.
    serve([THEIRS, { ...THEIRS, version: 5 }], () => HttpResponse.json({}));
    writes.length = 0;
    const again = await saveSection(spec, latest, latest, merged.values, () => reloadMaintained(queries, ID));
    expect(again.kind).toBe('saved');
    expect(writes[0]?.ifMatch).toBe('"4"');
  });

  it('names a field both changed, keeping the person’s version, and sends nothing until they save again', async () => {
    serve([THEIRS], () => HttpResponse.json(problem(412), { status: 412 }));
    const spec = accessSpec(en);
    const mine = { ...spec.values(RECORD), noteFr: 'Le mardi, sonnez.' };
    const { merged } = await reapplyDraft(spec, RECORD, mine, () => Promise.resolve(THEIRS));
    expect(merged.values.noteFr).toBe('Le mardi, sonnez.');
    expect(merged.conflicts.map(spec.label)).toEqual(['Detail in French']);
    // A section whose copy is older than the page's (another section saved) merges before it sends.
    const result = await saveSection(spec, RECORD, THEIRS, mine, () => Promise.resolve(THEIRS));
    expect(result).toMatchObject({ kind: 'merged', base: THEIRS });
    expect(writes).toHaveLength(0);
  });

  it('marks a translation reviewed by saving it through its own endpoint', async () => {
    serve([RECORD], () => HttpResponse.json({}));
    const spec = translationSpec('uk', en);
    const result = await saveSection(spec, RECORD, RECORD, spec.values(RECORD), () => Promise.resolve(RECORD));
    expect(result.kind).toBe('saved');
    expect(writes[0]).toMatchObject({ path: `/api/v1/services/${ID}/translations/uk`, ifMatch: '"3"', body: { name: 'Юридична консультація', description: null } });
  });

  it('says when the server could not be reached, and keeps the values', async () => {
    server.use(http.put(`*/api/v1/services/${ID}`, () => HttpResponse.error()));
    const spec = bringSpec(en);
    const result = await saveSection(spec, RECORD, RECORD, spec.values(RECORD), () => Promise.resolve(RECORD));
    expect(result).toMatchObject({ kind: 'failed', offline: true, general: [] });
  });
});

describe('the partner’s service page: what it shows', () => {
  const page = { record: RECORD, reload: () => Promise.resolve(RECORD) };
  const now = new Date('2026-12-07T12:00:00Z');
  // The places a service can be held at, as GET /api/v1/locations gives them (read once, kept).
  const places = createQueryClient();
  places.setQueryData(placesQuery.queryKey, [
    { id: 'a0000000-0000-4000-8000-00000000000a', slug: 'guichet-unique-nancy-exemple', name: 'Guichet unique — Hôtel de ville de Nancy (exemple)', city: 'Nancy', timezone: 'Europe/Paris', illustrative: true },
    { id: 'a0000000-0000-4000-8000-00000000000b', slug: 'maison-des-associations-metz', name: 'Maison des associations', city: 'Metz', timezone: 'Europe/Paris', illustrative: false },
  ]);
  for (const lang of ['en', 'fr']) {
    places.setQueryData(domainsQuery(lang).queryKey, [
      { code: 'rights', label: lang === 'en' ? 'Rights' : 'Droits', themes: [{ code: 'rights', label: lang === 'en' ? 'Legal help' : 'Aide juridique' }, { code: 'administrative', label: lang === 'en' ? 'Paperwork' : 'Démarches' }] },
    ]);
  }
  const withQueries = (lang: 'en' | 'fr', node: preact.ComponentChildren) => (
    <QueryClientProvider client={places}>
      <StaffI18nContext.Provider value={{ lang, t: lang === 'en' ? en : fr }}>{node}</StaffI18nContext.Provider>
    </QueryClientProvider>
  );
  const inEnglish = (node: preact.ComponentChildren) => withQueries('en', node);

  it('shows every section, each text’s provenance, and the hours and closures at each place', () => {
    const html = render(inEnglish(<ServiceEditor page={page} format={partnerFormat('en')} now={now} />));
    expect(html).toContain('<h1 tabindex="-1" lang="fr">Permanence juridique</h1>');
    for (const heading of ['Name and description', 'Translations', 'Status and who it is for', 'Themes and where it is used', 'Access, first step and contact', 'What to bring', 'Languages spoken', 'Places and waiting list']) {
      expect(html).toContain(`>${heading}</h2>`);
    }
    expect(html).toContain('Hours and permanences — Guichet unique — Hôtel de ville de Nancy (exemple)');
    expect(html).toContain('Automatic translation, not checked');
    expect(html).toContain('Translation checked by partner-cimade on November 2, 2026');
    expect(html).toContain('Mark the Ukrainian translation as checked');
    expect(html).toContain('value="14:00"');
    expect(html).toContain('value="2027-01-02"');
    expect(html).toContain('Remove slot 1');
    expect(html).toContain('Add a closure');
    expect(html).toContain('href="/kiosk/services/cimade-permanence-test"');
    // The derived signal is read, never an input.
    expect(html).toContain('Score 1.4: recent declines for lack of places.');
    expect(html).not.toMatch(/name="recentCapacityDeclines"/);
    // Its themes, with the kiosk's words, the held one ticked and the main one among them.
    expect(html).toMatch(/<input type="checkbox" name="themes" value="rights" checked\/>Rights — Legal help/);
    expect(html).toMatch(/<input type="checkbox" name="themes" value="administrative"\/>Rights — Paperwork/);
    expect(html).toMatch(/<option selected value="rights">Rights — Legal help<\/option>/);
    // Another place to hold it at: only the places it is not held at yet are offered.
    expect(html).toContain('>Hold it at another place</h2>');
    expect(html).toContain('<option value="maison-des-associations-metz">Maison des associations — Metz</option>');
    expect(html).not.toContain('<option value="guichet-unique-nancy-exemple">');
  });

  it('says the source’s date and the last edit apart, and nudges once the information is over six months old', () => {
    const fresh = render(inEnglish(<ServiceEditor page={page} format={partnerFormat('en')} now={now} />));
    expect(fresh).toContain('March 14, 2025');
    expect(fresh).toContain('Dec 1, 2026, 10:00 AM');
    expect(fresh).not.toContain('data-testid="freshness-nudge"');
    const old = { record: { ...RECORD, version: 0 }, reload: page.reload };
    const html = render(withQueries('fr', <ServiceEditor page={old} format={partnerFormat('fr')} now={now} />));
    expect(html).toContain('data-testid="freshness-nudge"');
    expect(html).toContain('Ces informations viennent d’une source de plus de 6 mois.');
    expect(html).toContain('14 mars 2025');
  });

  it('says "not found" for a service of another organisation', () => {
    expect(render(<ServiceNotFound t={en} />)).toContain('Service not found');
  });
});
