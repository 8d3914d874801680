import { queryOptions } from '@tanstack/preact-query';
import { api, unwrap } from '../../../lib/api/client';

/** The latest catalogue writes, newest first (coordinators only; the server checks it). */
export const latestAuditQuery = () =>
  queryOptions({
    queryKey: ['audit-events', { page: 1 }] as const,
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/audit-events', { params: { query: { page: 1, size: 20 } }, signal })).data,
  });
