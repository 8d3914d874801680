// Organisations (public reads) and the desks' settings (coordinators). The directory, every organisation
// by id, names the organisations that audit entries, journal entries and memberships only give by id.
import { queryOptions, type QueryClient } from '@tanstack/preact-query';
import { api, unwrap, type components } from '../../../lib/api/client';
import type { MaintainedOrganization, OrganizationInput } from '../model/organization-form';

export type OrganizationSummary = components['schemas']['OrganizationSummary'];
export type OrganizationKind = components['schemas']['OrganizationKind'];
export type DeskSetting = components['schemas']['DeskSetting'];

export interface OrganizationFilter {
  readonly q: string;
  readonly kind: '' | OrganizationKind;
  readonly page: number;
}

export const ORGANIZATION_PAGE_SIZE = 20;

export const organizationsQuery = (filter: OrganizationFilter) => {
  const query = {
    page: filter.page,
    size: ORGANIZATION_PAGE_SIZE,
    ...(filter.q.trim() ? { q: filter.q.trim() } : {}),
    ...(filter.kind ? { kind: filter.kind } : {}),
  };
  return queryOptions({
    queryKey: ['admin', 'organizations', query] as const,
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/organizations', { params: { query }, signal })).data,
  });
};

/** Every organisation, sorted by name: a few dozen, read in pages of 100 (the API's largest). */
export const organizationDirectoryQuery = queryOptions({
  queryKey: ['admin', 'organization-directory'] as const,
  queryFn: async ({ signal }) => {
    const all: OrganizationSummary[] = [];
    for (let page = 1; page <= 50; page++) {
      const data = unwrap(await api.GET('/api/v1/organizations', { params: { query: { page, size: 100 } }, signal })).data;
      all.push(...data.items);
      if (page >= data.totalPages) break;
    }
    return all.sort((a, b) => a.name.localeCompare(b.name));
  },
  staleTime: 5 * 60_000,
});

/** The desks are the organisations of kind public-authority (the server's own rule for /desks/{desk}). */
export const desksQuery = queryOptions({
  queryKey: ['admin', 'desks'] as const,
  queryFn: async ({ signal }) =>
    unwrap(await api.GET('/api/v1/organizations', { params: { query: { kind: 'public-authority', size: 100 } }, signal })).data.items,
});

export const deskSettingsQuery = (desk: string) =>
  queryOptions({
    queryKey: ['admin', 'desk-settings', desk] as const,
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/desks/{desk}/settings', { params: { path: { desk } }, signal })).data,
  });

/** Changes the address decisions are mailed to; blank means the desk organisation's own e-mail. */
export async function putDeskSettings(queries: QueryClient, desk: string, version: number, email: string): Promise<DeskSetting> {
  const trimmed = email.trim();
  const saved = unwrap(
    await api.PUT('/api/v1/desks/{desk}/settings', {
      params: { path: { desk }, header: { 'If-Match': `"${version}"` } },
      body: { notificationEmail: trimmed === '' ? null : trimmed },
    }),
  ).data;
  queries.setQueryData(deskSettingsQuery(desk).queryKey, saved);
  return saved;
}

/** An organisation as coordinators maintain it (every language of its description), never from a cache. */
export const maintainedOrganizationQuery = (slug: string) =>
  queryOptions({
    queryKey: ['admin', 'organization', slug] as const,
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/organizations/{idOrSlug}/maintained', { params: { path: { idOrSlug: slug } }, signal })).data,
    staleTime: 0,
  });

/** The lists that show organisations (and the audit, which now holds the write) read again. */
async function refreshLists(queries: QueryClient): Promise<void> {
  await queries.invalidateQueries({ queryKey: ['admin', 'organizations'] });
  await queries.invalidateQueries({ queryKey: ['admin', 'organization-directory'] });
  await queries.invalidateQueries({ queryKey: ['admin', 'desks'] });
  await queries.invalidateQueries({ queryKey: ['audit-events'] });
}

/**
 * Adds an organisation. The key is the form's, kept while its values do not change, so a retry after a lost
 * answer returns the first organisation instead of a "slug taken".
 */
export async function createOrganization(queries: QueryClient, body: OrganizationInput, idempotencyKey: string): Promise<void> {
  unwrap(await api.POST('/api/v1/organizations', { params: { header: { 'Idempotency-Key': idempotencyKey } }, body }));
  await refreshLists(queries);
}

/** Replaces the maintained fields, with the version read in If-Match (a 412 when someone wrote since). */
export async function putOrganization(queries: QueryClient, record: MaintainedOrganization, body: OrganizationInput): Promise<void> {
  unwrap(
    await api.PUT('/api/v1/organizations/{idOrSlug}', {
      params: { path: { idOrSlug: record.slug }, header: { 'If-Match': `"${record.version}"` } },
      body,
    }),
  );
  await queries.invalidateQueries({ queryKey: ['admin', 'organization', record.slug] });
  await refreshLists(queries);
}
