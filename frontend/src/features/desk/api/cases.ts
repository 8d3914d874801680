// The desk's reads and writes on referrals and cases. Reads are queries (TanStack Query, cancelled by
// their signal); writes go through the one client, which adds the CSRF header, and invalidate the case.
import { queryOptions, type QueryClient } from '@tanstack/preact-query';
import { api, ApiError, unwrap, type components } from '../../../lib/api/client';
import type { DashboardFilter } from '../model/dashboard';
import { toReferralQuery } from '../model/dashboard';

export type Case = components['schemas']['Case'];
export type Note = components['schemas']['Note'];
export type TimelineEvent = components['schemas']['TimelineEvent'];
export type ReferralCodes = components['schemas']['ReferralCodes'];
export type Referral = components['schemas']['Referral'];

/** Only the desk's own referrals come back to an agent; a partner's view has another shape. */
const isDeskReferral = (item: components['schemas']['ReferralItem']): item is Referral => 'caseId' in item;

export const referralsQuery = (filter: DashboardFilter) =>
  queryOptions({
    queryKey: ['desk', 'referrals', toReferralQuery(filter)] as const,
    queryFn: async ({ signal }) => {
      const page = unwrap(await api.GET('/api/v1/referrals', { params: { query: toReferralQuery(filter) }, signal })).data;
      return { ...page, items: page.items.filter(isDeskReferral) };
    },
  });

export const caseKey = (id: string) => ['desk', 'case', id] as const;

export const caseQuery = (id: string) =>
  queryOptions({
    queryKey: caseKey(id),
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/cases/{id}', { params: { path: { id } }, signal })).data,
  });

export const timelineQuery = (id: string) =>
  queryOptions({
    queryKey: [...caseKey(id), 'timeline'] as const,
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/cases/{id}/timeline', { params: { path: { id } }, signal })).data,
  });

export const caseNotesQuery = (id: string) =>
  queryOptions({
    queryKey: [...caseKey(id), 'notes'] as const,
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/cases/{id}/notes', { params: { path: { id } }, signal })).data,
  });

export const referralNotesQuery = (caseId: string, referralId: string) =>
  queryOptions({
    queryKey: [...caseKey(caseId), 'referral-notes', referralId] as const,
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/referrals/{id}/notes', { params: { path: { id: referralId } }, signal })).data,
  });

export const referralCodesQuery = queryOptions({
  queryKey: ['referral-codes'] as const,
  queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/referral-codes', { signal })).data,
  staleTime: 60 * 60_000,
});

/** A case note; the key makes a retry of the same note harmless. */
export async function addCaseNote(queries: QueryClient, id: string, body: string, idempotencyKey: string): Promise<Note> {
  const note = unwrap(
    await api.POST('/api/v1/cases/{id}/notes', {
      params: { path: { id }, header: { 'Idempotency-Key': idempotencyKey } },
      body: { body },
    }),
  ).data;
  await queries.invalidateQueries({ queryKey: caseKey(id) });
  return note;
}

/** Withdraws consent for the organisations named (their slugs), or for all of them with none named. */
export async function withdrawConsent(queries: QueryClient, id: string, organizations: readonly string[] | 'all'): Promise<Case> {
  const body = organizations === 'all' ? {} : { organizations: [...organizations] };
  const updated = unwrap(await api.POST('/api/v1/cases/{id}/consent/withdraw', { params: { path: { id } }, body })).data;
  queries.setQueryData(caseKey(id), updated);
  await queries.invalidateQueries({ queryKey: caseKey(id) });
  await queries.invalidateQueries({ queryKey: ['desk', 'referrals'] });
  return updated;
}

/**
 * The case's export as a JSON file, fetched with the session; the object URL is revoked once the
 * download has started, so no copy of the person's data stays reachable in the page.
 */
export async function downloadExport(id: string, reference: string): Promise<void> {
  const { data, response } = await api.GET('/api/v1/cases/{id}/export', { params: { path: { id } }, parseAs: 'blob' });
  if (!data) throw new ApiError(response.status);
  const url = URL.createObjectURL(data);
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = `${reference}.json`;
    link.rel = 'noopener';
    document.body.append(link);
    link.click();
    link.remove();
  } finally {
    // The click has handed the file to the browser's download; nothing needs the URL after this turn.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}

export const isNotFound = (error: unknown): boolean => error instanceof ApiError && (error.status === 404 || error.status === 403);
