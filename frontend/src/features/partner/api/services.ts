// The services of the partner's own organisation, in every status: a service the partner closed for a while or
// stopped stays in its list (with its status), where it can be opened again. The public list gives one status
// at a time (active by default), so the four are read together and merged by name.
import { queryOptions } from '@tanstack/preact-query';
import { api, unwrap, type components } from '../../../lib/api/client';

export type ServiceStatus = components['schemas']['ServiceStatus'];
export type OwnService = components['schemas']['ServiceSummary'];

export const OWN_STATUSES: readonly ServiceStatus[] = ['active', 'temporarily-closed', 'inactive', 'defunct'];

export const ownServicesQuery = (organization: string, lang: string) =>
  queryOptions({
    queryKey: ['services', { organization, lang, status: 'all' }] as const,
    queryFn: async ({ signal }) => {
      const pages = await Promise.all(
        OWN_STATUSES.map(async (status) =>
          unwrap(await api.GET('/api/v1/services', { params: { query: { organization, lang, status, size: 100 } }, signal })).data,
        ),
      );
      return pages.flatMap((page) => page.items).sort((a, b) => a.name.localeCompare(b.name, lang));
    },
  });
