// The places where services can be held (GET /api/v1/locations), for a partner choosing where to hold one of its
// services: a few per town, read whole in pages of 100 (the API's largest) and kept for the session.
import { queryOptions } from '@tanstack/preact-query';
import { api, unwrap, type components } from '../../../lib/api/client';

export type PlaceSummary = components['schemas']['PlaceSummary'];

export const placesQuery = queryOptions({
  queryKey: ['partner', 'places'] as const,
  queryFn: async ({ signal }) => {
    const all: PlaceSummary[] = [];
    for (let page = 1; page <= 20; page++) {
      const data = unwrap(await api.GET('/api/v1/locations', { params: { query: { page, size: 100 } }, signal })).data;
      all.push(...data.items);
      if (page >= data.totalPages) break;
    }
    return all;
  },
  staleTime: 10 * 60_000,
});
