// The kiosk's themes: the public list (labelled in the staff language) and, for the one being edited,
// every label with its version; a change sends that version back (If-Match).
import { queryOptions, type QueryClient } from '@tanstack/preact-query';
import { api, unwrap, type components } from '../../../lib/api/client';
import type { ThemeDetail } from '../model/themes';

export const themesQuery = (lang: string) =>
  queryOptions({
    queryKey: ['admin', 'themes', lang] as const,
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/themes', { params: { query: { lang } }, signal })).data,
  });

export const themeQuery = (code: string) =>
  queryOptions({
    queryKey: ['admin', 'theme', code] as const,
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/themes/{code}', { params: { path: { code } }, signal })).data,
  });

export async function putTheme(queries: QueryClient, theme: ThemeDetail, body: components['schemas']['ThemeInput']): Promise<void> {
  unwrap(
    await api.PUT('/api/v1/themes/{code}', {
      params: { path: { code: theme.code }, header: { 'If-Match': `"${theme.version}"` } },
      body,
    }),
  );
  await queries.invalidateQueries({ queryKey: ['admin', 'theme', theme.code] });
  await queries.invalidateQueries({ queryKey: ['admin', 'themes'] });
  await queries.invalidateQueries({ queryKey: ['audit-events'] });
}
