import { queryOptions } from '@tanstack/preact-query';
import { api, unwrap } from '../../../lib/api/client';

/** The services of the partner's own organisation (the list is public; editing is checked server-side). */
export const ownServicesQuery = (organization: string, lang: string) =>
  queryOptions({
    queryKey: ['services', { organization, lang }] as const,
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/services', { params: { query: { organization, lang, size: 100 } }, signal })).data,
  });
