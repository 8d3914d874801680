import { queryOptions } from '@tanstack/preact-query';
import { api, unwrap } from '../../../lib/api/client';
import { toQuery, type SearchValues } from '../model/search';

/** The catalogue's domains, for the search form's choice. */
export const domainsQuery = (lang: string) =>
  queryOptions({
    queryKey: ['themes', lang] as const,
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/themes', { params: { query: { lang } }, signal })).data.domains,
    staleTime: 10 * 60_000,
  });

/** A page of services for a search; the signal cancels it when the agent searches again. */
export const servicesQuery = (values: SearchValues, lang: string) =>
  queryOptions({
    queryKey: ['services', toQuery(values, lang)] as const,
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/services', { params: { query: { ...toQuery(values, lang), size: 20 } }, signal })).data,
  });
