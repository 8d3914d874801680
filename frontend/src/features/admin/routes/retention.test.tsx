// Retention against request handlers (MSW): the policy set with its version (If-Match), the answer kept
// in the cache, and the whole policy as it reads.
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { render } from 'preact-render-to-string';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../../lib/api/client';
import { staffTranslator } from '../../../lib/i18n/staff';
import { createQueryClient } from '../../../lib/query/client';
import { putRetention, retentionQuery } from '../api/retention';
import { adminFormat } from '../model/format';
import type { RetentionPolicy } from '../model/retention';
import { PolicyFacts } from './retention';

const POLICY: RetentionPolicy = { caseMonths: 24, minCaseMonths: 6, maxCaseMonths: 24, journalMonths: 12, idempotencyHours: 24, updatedAt: null, updatedBy: null, version: 0 };

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('retention', () => {
  it('sets the months with the version read, and keeps the answer', async () => {
    let ifMatch: string | null = null;
    let body: unknown;
    server.use(
      http.put('*/api/v1/retention-policy', async ({ request }) => {
        ifMatch = request.headers.get('If-Match');
        body = await request.json();
        return HttpResponse.json({ ...POLICY, caseMonths: 18, version: 1, updatedAt: '2026-12-07T10:00:00Z', updatedBy: 'coordinator' });
      }),
    );
    const queries = createQueryClient();
    await putRetention(queries, 0, 18);
    expect(ifMatch).toBe('"0"');
    expect(body).toEqual({ caseMonths: 18 });
    expect(queries.getQueryData(retentionQuery.queryKey)).toMatchObject({ caseMonths: 18, version: 1 });
  });

  it('passes the server’s field error on (out of bounds), for the field to show', async () => {
    server.use(
      http.put('*/api/v1/retention-policy', () =>
        HttpResponse.json(
          { title: 'Invalid parameters', status: 400, errors: [{ field: 'caseMonths', message: 'must be at most 24 months' }] },
          { status: 400, headers: { 'content-type': 'application/problem+json' } },
        ),
      ),
    );
    const error = (await putRetention(createQueryClient(), 0, 30).catch((e: unknown) => e)) as ApiError;
    expect(error.status).toBe(400);
    expect(error.problem?.errors?.[0]?.field).toBe('caseMonths');
  });

  it('reads the whole policy in plain words, months through Intl', () => {
    const en = render(<PolicyFacts policy={POLICY} t={staffTranslator('en')} format={adminFormat('en')} />);
    expect(en).toContain('anonymised 24 months after the last contact');
    expect(en).toContain('kept 12 months');
    expect(en).toContain('kept 24 hours');
    expect(en).toContain('Never: the default applies');
    const fr = render(
      <PolicyFacts policy={{ ...POLICY, caseMonths: 18, updatedAt: '2026-12-07T10:00:00Z', updatedBy: 'coord-1' }} t={staffTranslator('fr')} format={adminFormat('fr')} />,
    );
    expect(fr).toMatch(/anonymisés 18\smois après le dernier contact/);
    expect(fr).toContain('7 déc. 2026, 11:00, par coord-1');
  });
});
