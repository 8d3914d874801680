// The partner's reads and writes on the referrals sent to its organisation. Reads are queries (TanStack
// Query, cancelled by their signal, kept in memory only); writes go through the one client, which adds
// the CSRF header, and refresh what they change: the referral, the inbox and its counts, the service.
import { queryOptions, type QueryClient } from '@tanstack/preact-query';
import { api, ApiError, unwrap } from '../../../lib/api/client';
import { isPartnerReferral, toCountQuery, toInboxQuery, type CountKind, type InboxFilter, type PartnerReferral } from '../model/inbox';
import { ifMatch, type Note, type PartnerCommand } from '../model/referral';

/** Every list and count of the inbox sits under this key, so one invalidation refreshes them all. */
export const INBOX_KEY = ['partner', 'inbox'] as const;

export const inboxQuery = (filter: InboxFilter) =>
  queryOptions({
    queryKey: [...INBOX_KEY, 'list', toInboxQuery(filter)] as const,
    queryFn: async ({ signal }) => {
      const page = unwrap(await api.GET('/api/v1/referrals', { params: { query: toInboxQuery(filter) }, signal })).data;
      return { ...page, items: page.items.filter(isPartnerReferral) };
    },
  });

/** One count at the top of the inbox: the total of a one-row page. */
export const countQuery = (kind: CountKind) =>
  queryOptions({
    queryKey: [...INBOX_KEY, 'count', kind] as const,
    queryFn: async ({ signal }) =>
      Number(unwrap(await api.GET('/api/v1/referrals', { params: { query: toCountQuery(kind) }, signal })).data.totalItems),
  });

export const referralKey = (id: string) => ['partner', 'referral', id] as const;

/** One referral as the partner may see it; anything but the partner's shape is "not found" here. */
export const referralQuery = (id: string) =>
  queryOptions({
    queryKey: referralKey(id),
    queryFn: async ({ signal }) => {
      const referral = unwrap(await api.GET('/api/v1/referrals/{id}', { params: { path: { id } }, signal })).data;
      if (!('facts' in referral)) throw new ApiError(404);
      return referral;
    },
  });

export const referralNotesQuery = (id: string) =>
  queryOptions({
    queryKey: [...referralKey(id), 'notes'] as const,
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/referrals/{id}/notes', { params: { path: { id } }, signal })).data,
  });

export const referralCodesQuery = queryOptions({
  queryKey: ['referral-codes'] as const,
  queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/referral-codes', { signal })).data,
  staleTime: 60 * 60_000,
});

/** The referral's service as the public catalogue reads it: its capacity signal, after a decline too. */
export const serviceQuery = (id: string, lang: string) =>
  queryOptions({
    queryKey: ['partner', 'service', id, lang] as const,
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/services/{idOrSlug}', { params: { path: { idOrSlug: id }, query: { lang } }, signal })).data,
  });

/** The kiosk's domains, for the words of a referral's needs (their codes). */
export const domainsQuery = (lang: string) =>
  queryOptions({
    queryKey: ['partner', 'domains', lang] as const,
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/themes', { params: { query: { lang } }, signal })).data.domains,
    staleTime: 60 * 60_000,
  });

/**
 * Gives a command with the version the page read (If-Match). The answer is the referral as it now is:
 * it replaces the page's copy at once, and the inbox, its counts and the service (a decline for lack of
 * capacity moves its signal) are asked again.
 */
export async function moveReferral(
  queries: QueryClient,
  referral: Pick<PartnerReferral, 'id' | 'version' | 'service'>,
  command: PartnerCommand,
  body: { reason?: string; note?: string },
): Promise<PartnerReferral> {
  const moved = unwrap(
    await api.POST('/api/v1/referrals/{id}/{command}', {
      params: { path: { id: referral.id, command }, header: { 'If-Match': ifMatch(referral.version) } },
      body,
    }),
  ).data;
  if (!isPartnerReferral(moved)) throw new ApiError(404);
  queries.setQueryData(referralKey(referral.id), moved);
  await Promise.all([
    queries.invalidateQueries({ queryKey: INBOX_KEY }),
    queries.invalidateQueries({ queryKey: [...referralKey(referral.id), 'notes'] }),
    queries.invalidateQueries({ queryKey: ['partner', 'service', referral.service.id] }),
  ]);
  return moved;
}

/** A note shared with the desk; the key makes a retry of the same note harmless. */
export async function addReferralNote(queries: QueryClient, id: string, body: string, idempotencyKey: string): Promise<Note> {
  const note = unwrap(
    await api.POST('/api/v1/referrals/{id}/notes', {
      params: { path: { id }, header: { 'Idempotency-Key': idempotencyKey } },
      body: { body },
    }),
  ).data;
  await queries.invalidateQueries({ queryKey: [...referralKey(id), 'notes'] });
  return note;
}

/** The referral is another organisation's, or no longer to be seen: the API says 404 (403 without a membership). */
export const isNotFound = (error: unknown): boolean => error instanceof ApiError && (error.status === 404 || error.status === 403);
