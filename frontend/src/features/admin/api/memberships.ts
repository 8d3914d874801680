// Who acts for which organisation: the whole list, a grant and a revocation (each audited by the server).
import { queryOptions, type QueryClient } from '@tanstack/preact-query';
import { api, ApiError, unwrap, type Problem } from '../../../lib/api/client';
import type { GrantValues, Membership } from '../model/memberships';

export const membershipsQuery = queryOptions({
  queryKey: ['admin', 'memberships'] as const,
  queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/memberships', { signal })).data,
});

export async function grantMembership(queries: QueryClient, values: GrantValues): Promise<Membership> {
  const created = unwrap(
    await api.POST('/api/v1/memberships', {
      body: { principalKind: values.principalKind, principal: values.principal.trim(), organization: values.organization },
    }),
  ).data;
  await queries.invalidateQueries({ queryKey: membershipsQuery.queryKey });
  await queries.invalidateQueries({ queryKey: ['audit-events'] });
  return created;
}

/** Ends a membership (204, no body); the principal acts for no organisation from then on. */
export async function revokeMembership(queries: QueryClient, id: string): Promise<void> {
  const { response, error } = await api.DELETE('/api/v1/memberships/{id}', { params: { path: { id } } });
  if (!response.ok) throw new ApiError(response.status, error as Problem | undefined);
  await queries.invalidateQueries({ queryKey: membershipsQuery.queryKey });
  await queries.invalidateQueries({ queryKey: ['audit-events'] });
}
