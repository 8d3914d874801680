// Themes against request handlers (MSW): a theme read with every label, the change sent with its version
// (If-Match) and the lists refreshed, a 412 said as such, and the form's eight inputs, each with its
// language and direction.
import { QueryClientProvider } from '@tanstack/preact-query';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { render } from 'preact-render-to-string';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../../lib/api/client';
import { staffTranslator } from '../../../lib/i18n/staff';
import { createQueryClient } from '../../../lib/query/client';
import { putTheme, themeQuery, themesQuery } from '../api/themes';
import { labelValues, themeInput, type ThemeDetail } from '../model/themes';
import { LabelsForm, languageLabel } from './themes';

const THEME: ThemeDetail = { code: 'housing', domain: 'housing', sortOrder: 1, labels: { fr: 'Logement', en: 'Housing', ar: 'السكن' }, version: 2 };

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('themes', () => {
  it('reads one theme with every label, and changes it with the version read', async () => {
    let ifMatch: string | null = null;
    let body: unknown;
    server.use(
      http.get('*/api/v1/themes/:code', () => HttpResponse.json(THEME, { headers: { ETag: '"2"' } })),
      http.put('*/api/v1/themes/:code', async ({ request, params }) => {
        expect(params['code']).toBe('housing');
        ifMatch = request.headers.get('If-Match');
        body = await request.json();
        return HttpResponse.json({ code: 'housing', label: 'Housing', lang: 'en' });
      }),
    );
    const queries = createQueryClient();
    const theme = await queries.fetchQuery(themeQuery('housing'));
    queries.setQueryData(themesQuery('en').queryKey, { domains: [] });
    await putTheme(queries, theme, themeInput(theme, { ...labelValues(theme), 'fa-AF': 'مسکن' }));
    expect(ifMatch).toBe('"2"');
    expect(body).toEqual({ domain: 'housing', sortOrder: 1, labels: { fr: 'Logement', en: 'Housing', ar: 'السكن', 'fa-AF': 'مسکن' } });
    expect(queries.getQueryState(themeQuery('housing').queryKey)?.isInvalidated).toBe(true);
    expect(queries.getQueryState(themesQuery('en').queryKey)?.isInvalidated).toBe(true);
  });

  it('throws a 412 when the theme changed since it was read', async () => {
    server.use(
      http.put('*/api/v1/themes/:code', () =>
        HttpResponse.json({ title: 'Precondition Failed', status: 412 }, { status: 412, headers: { 'content-type': 'application/problem+json' } }),
      ),
    );
    const error = await putTheme(createQueryClient(), THEME, themeInput(THEME, labelValues(THEME))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(412);
  });

  it('has one labelled input per kiosk language, with its lang and dir', () => {
    const t = staffTranslator('en');
    const html = render(
      <QueryClientProvider client={createQueryClient()}>
        <LabelsForm theme={THEME} label="Housing" t={t} reload={() => undefined} onSaved={() => undefined} />
      </QueryClientProvider>,
    );
    expect(html).toContain('<legend class="field-label">Labels of Housing</legend>');
    expect(html).toContain('Missing in 5 languages');
    expect(html).toMatch(/<label class="field-label" for="label-housing-fa-AF">Dari \(fa-AF\)<\/label>/);
    expect(html).toMatch(/id="label-housing-ar"[^>]*lang="ar"[^>]*dir="rtl"[^>]*value="السكن"/);
    expect(html).toMatch(/id="label-housing-ps"[^>]*lang="ps"[^>]*dir="rtl"/);
    expect(html).toMatch(/id="label-housing-ti"[^>]*lang="ti"[^>]*dir="ltr"/);
    expect(html).toMatch(/id="label-housing-fr"[^>]*aria-describedby="label-housing-fr-hint"/);
    expect(html.match(/<input /g)).toHaveLength(8);
    expect(languageLabel('uk', staffTranslator('fr'))).toBe('Ukrainien (uk)');
  });
});
