import { queryOptions } from '@tanstack/preact-query';
import { api, unwrap, type components } from '../api/client';

export type Me = components['schemas']['Me'];

/** Who is signed in: one query that every staff screen shares (its key is the cache entry). */
export const meQuery = queryOptions({
  queryKey: ['me'] as const,
  queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/me', { signal })).data,
  // Who you are changes only by signing in or out, both of which reload the page.
  staleTime: Infinity,
});
