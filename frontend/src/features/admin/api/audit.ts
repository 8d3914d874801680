// The audit trail's reads and the revert. Reads are queries (cancelled by their signal); the revert goes
// through the one client (CSRF header) and refreshes every audit list, since a revert is a write of its own.
import { queryOptions, type QueryClient } from '@tanstack/preact-query';
import { api, unwrap } from '../../../lib/api/client';
import { toAuditQuery, type AuditEvent, type AuditFilter } from '../model/audit';

/** The latest catalogue writes, newest first (coordinators only; the server checks it). */
export const latestAuditQuery = () =>
  queryOptions({
    queryKey: ['audit-events', { page: 1 }] as const,
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/audit-events', { params: { query: { page: 1, size: 5 } }, signal })).data,
  });

export const auditEventsQuery = (filter: AuditFilter) =>
  queryOptions({
    queryKey: ['audit-events', toAuditQuery(filter)] as const,
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/audit-events', { params: { query: toAuditQuery(filter) }, signal })).data,
  });

/** Every audit entry of one record, newest first (a membership's grant and revocation, say). */
export const recordAuditQuery = (entityType: string, entityKey: string) =>
  queryOptions({
    queryKey: ['audit-events', { entityType, entityKey }] as const,
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/audit-events', { params: { query: { entityType, entityKey, size: 100 } }, signal })).data,
  });

/** Reverts a write; the answer is the revert's own audit event. Throws an ApiError (409, 412…) when refused. */
export async function revertEvent(queries: QueryClient, id: string): Promise<AuditEvent> {
  const event = unwrap(await api.POST('/api/v1/audit-events/{id}/revert', { params: { path: { id } } })).data;
  await queries.invalidateQueries({ queryKey: ['audit-events'] });
  return event;
}

/** The names of the services a page of events names, in one request (a removed service is simply absent). */
export const serviceNamesQuery = (ids: readonly string[], lang: string) =>
  queryOptions({
    queryKey: ['admin', 'service-names', lang, [...ids].sort()] as const,
    queryFn: async ({ signal }) => {
      if (ids.length === 0) return new Map<string, string>();
      const found = unwrap(
        await api.POST('/api/v1/services/lookup', { params: { query: { lang } }, body: { ids: [...ids].slice(0, 100) }, signal }),
      ).data;
      return new Map(found.items.map((s) => [s.id, s.name]));
    },
    staleTime: 5 * 60_000,
  });
