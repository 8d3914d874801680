// The retention policy: read by the area, set by a coordinator with the version read (If-Match).
import { queryOptions, type QueryClient } from '@tanstack/preact-query';
import { api, unwrap } from '../../../lib/api/client';
import type { RetentionPolicy } from '../model/retention';

export const retentionQuery = queryOptions({
  queryKey: ['admin', 'retention'] as const,
  queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/retention-policy', { signal })).data,
});

export async function putRetention(queries: QueryClient, version: number, caseMonths: number): Promise<RetentionPolicy> {
  const saved = unwrap(
    await api.PUT('/api/v1/retention-policy', { params: { header: { 'If-Match': `"${version}"` } }, body: { caseMonths } }),
  ).data;
  queries.setQueryData(retentionQuery.queryKey, saved);
  await queries.invalidateQueries({ queryKey: ['audit-events'] });
  return saved;
}
