// The signed link's reads and its one write (decision 0018). The token is the credential: it travels in the
// request's path to this origin only, and the query cache that holds the answer lives in the page's memory.
import { queryOptions, type QueryClient } from '@tanstack/preact-query';
import { api, ApiError, fetchThemes, unwrap, type components } from '../../../lib/api/client';
import { shouldRetry } from '../../../lib/query/client';
import { bodyOf, type ReferralLink, type Values, type Verb } from '../model/link-flow';

export type ReferralCodes = components['schemas']['ReferralCodes'];
export type Themes = components['schemas']['Themes'];

export const linkKey = (token: string) => ['referral-link', token] as const;

export const linkQuery = (token: string) =>
  queryOptions({
    queryKey: linkKey(token),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/referral-links/{token}', { params: { path: { token } }, signal })).data,
    // Reading changes nothing, and a used link answers 410: the page reads it once and keeps the answer.
    staleTime: Infinity,
    // Asking again past the link limit only spends the next minute's requests: the page says to wait.
    retry: (failures, error) => !(error instanceof ApiError && error.status === 429) && shouldRetry(failures, error),
  });

export const codesQuery = queryOptions({
  queryKey: ['referral-codes'] as const,
  queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/referral-codes', { signal })).data,
  staleTime: 60 * 60_000,
});

/** The kiosk's domains and themes in the page's language: the words for the referral's needs. */
export const themesQuery = (lang: string) =>
  queryOptions({
    queryKey: ['themes', lang] as const,
    queryFn: async () => (await fetchThemes(lang)).data,
    staleTime: 60 * 60_000,
  });

/**
 * Uses the link once. The answer (the referral as it now is, the person's shared fields after an
 * acceptance) replaces the cached read: reading the link again would only say it was used.
 */
export async function actOnLink(queries: QueryClient, token: string, verb: Verb, values: Values): Promise<ReferralLink> {
  const link = unwrap(
    await api.POST('/api/v1/referral-links/{token}/{verb}', { params: { path: { token, verb } }, body: bodyOf(verb, values) }),
  ).data;
  queries.setQueryData(linkKey(token), link);
  return link;
}

/** Code → label in each language, for the needs (a need is a kiosk domain or a theme code). */
export function needLabels(themes: Themes | undefined): ReadonlyMap<string, string> {
  const labels = new Map<string, string>();
  for (const domain of themes?.domains ?? []) {
    for (const theme of domain.themes) labels.set(theme.code, theme.label);
  }
  // A domain's own word wins over a theme of the same code (housing is both).
  for (const domain of themes?.domains ?? []) labels.set(domain.code, domain.label);
  return labels;
}
