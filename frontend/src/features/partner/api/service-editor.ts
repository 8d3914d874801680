// The partner's reads and writes of one service. The page starts from the service as maintained and keeps that
// copy until the person saves or reloads (no refetch on focus): the copy is the version its writes send in
// If-Match, and it must not change under the form. Writes go through the one client (CSRF header), never retry on
// their own, and refresh the copy and the list of the home page.
import { queryOptions, type QueryClient } from '@tanstack/preact-query';
import { api, unwrap } from '../../../lib/api/client';
import type { MaintainedService, ServiceInput, TranslationInput } from '../model/service';
import type { ScheduleInput } from '../model/schedule';

export const maintainedKey = (id: string) => ['partner', 'service', id] as const;

export const maintainedQuery = (id: string) =>
  queryOptions({
    queryKey: maintainedKey(id),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/services/{idOrSlug}/maintained', { params: { path: { idOrSlug: id } }, signal })).data,
    staleTime: Number.POSITIVE_INFINITY,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });

/** The If-Match of a write: the version the page holds (an ETag is "<version>" or "<version>-<digest>"). */
export const ifMatch = (record: Pick<MaintainedService, 'version'>) => `"${record.version}"`;

/** The latest copy from the server, replacing the page's (after a save, or to reapply after a 412). */
export async function reloadMaintained(queries: QueryClient, id: string): Promise<MaintainedService> {
  await queries.invalidateQueries({ queryKey: ['services'] });
  return queries.fetchQuery({ ...maintainedQuery(id), staleTime: 0 });
}

export async function putFields(record: MaintainedService, input: ServiceInput): Promise<void> {
  unwrap(
    await api.PUT('/api/v1/services/{idOrSlug}', {
      params: { path: { idOrSlug: record.id }, header: { 'If-Match': ifMatch(record) } },
      body: input,
    }),
  );
}

export async function putSchedule(record: MaintainedService, location: string, schedule: ScheduleInput): Promise<void> {
  unwrap(
    await api.PUT('/api/v1/services/{idOrSlug}/locations/{location}/schedule', {
      params: { path: { idOrSlug: record.id, location }, header: { 'If-Match': ifMatch(record) } },
      body: schedule,
    }),
  );
}

export async function putTranslation(record: MaintainedService, lang: string, translation: TranslationInput): Promise<void> {
  unwrap(
    await api.PUT('/api/v1/services/{idOrSlug}/translations/{lang}', {
      params: {
        path: { idOrSlug: record.id, lang: lang as 'fr' | 'en' | 'ar' | 'fa-AF' | 'ps' | 'ti' | 'uk' | 'ru' },
        header: { 'If-Match': ifMatch(record) },
      },
      body: translation,
    }),
  );
}

/**
 * Adds a service to the organisation. The key is the form's, kept while its values do not change, so a retry
 * after a lost answer returns the first service instead of a "short name taken".
 */
export async function createService(queries: QueryClient, organization: string, input: ServiceInput, idempotencyKey: string): Promise<string> {
  const created = unwrap(
    await api.POST('/api/v1/organizations/{idOrSlug}/services', {
      params: { path: { idOrSlug: organization }, header: { 'Idempotency-Key': idempotencyKey } },
      body: input,
    }),
  ).data;
  await queries.invalidateQueries({ queryKey: ['services'] });
  return created.id;
}
