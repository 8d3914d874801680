// The visit's reads and writes. The plan is asked for in a POST body (facts about a person never go in a
// URL) and forgotten as soon as the screen no longer shows it; the case and each referral are written with
// their own Idempotency-Key through the one client, which adds the CSRF header.
import { queryOptions } from '@tanstack/preact-query';
import { api, ApiError, lookupServices, postTriage, unwrap, type NeedsProfile } from '../../../lib/api/client';
import type { Lang } from '../../../lib/i18n/languages';
import { loadCatalogues } from '../../../lib/i18n/load';
import type { Case, Referral } from './cases';
import type { CaseInput, ConsentText, KeyRing, Pick, ReferralInput } from '../model/visit';

/** The kiosk's words in some languages (the visitor's, and the agent's for the reasons), with their later part. */
export const kioskWordsQuery = (langs: readonly [Lang, ...Lang[]]) =>
  queryOptions({
    queryKey: ['kiosk-words', ...langs] as const,
    queryFn: () => loadCatalogues(langs[0], langs.slice(1), { withLater: true }),
    staleTime: Infinity,
  });

/**
 * The plan for the answers, in the agent's language. A plan reopened from the person's kiosk link is a
 * replay (its unmet needs were counted at the kiosk). Kept in the cache only while the screen shows it.
 */
export const visitPlanQuery = (profile: NeedsProfile, lang: string, replay: boolean) =>
  queryOptions({
    queryKey: ['desk', 'visit', 'plan', lang, replay, profile] as const,
    queryFn: async () => (await postTriage(profile, lang, { limit: 10, replay })).data,
    staleTime: Infinity,
    gcTime: 0,
  });

/** The consent texts in one language, newest version first. */
export const consentTextsQuery = (lang: string) =>
  queryOptions({
    queryKey: ['consent-texts', lang] as const,
    queryFn: async ({ signal }): Promise<ConsentText[]> =>
      unwrap(await api.GET('/api/v1/consent-texts', { params: { query: { lang } }, signal })).data,
    staleTime: 60 * 60_000,
  });

/** The offers picked, in full: their eligibility says whether the birth year or the status is worth asking. */
export const pickedServicesQuery = (ids: readonly string[], lang: string) =>
  queryOptions({
    queryKey: ['desk', 'visit', 'services', lang, ...ids] as const,
    queryFn: async () => (await lookupServices(ids, lang)).data,
    staleTime: 10 * 60_000,
  });

const asApiError = (error: unknown): ApiError => (error instanceof ApiError ? error : new ApiError(0));

export async function openCase(input: CaseInput, key: string): Promise<Case> {
  return unwrap(await api.POST('/api/v1/cases', { params: { header: { 'Idempotency-Key': key } }, body: input })).data;
}

export async function sendReferral(caseId: string, input: ReferralInput, key: string): Promise<Referral> {
  return unwrap(
    await api.POST('/api/v1/cases/{id}/referrals', {
      params: { path: { id: caseId }, header: { 'Idempotency-Key': key } },
      body: input,
    }),
  ).data;
}

export type ReferralProgress =
  | { readonly status: 'waiting' | 'sending' | 'sent' }
  | { readonly status: 'failed'; readonly error: ApiError };

export interface OpenedCase {
  readonly id: string;
  readonly reference: string;
}

export interface SendRun {
  readonly input: CaseInput;
  readonly referrals: readonly { readonly pick: Pick; readonly body: ReferralInput }[];
  readonly keys: KeyRing;
  /** The case a previous run opened: it is not opened twice. */
  readonly opened?: OpenedCase | undefined;
  /** The referrals a previous run sent, by slug: they are not sent twice. */
  readonly sent: ReadonlySet<string>;
  readonly onOpened?: (kase: OpenedCase) => void;
  readonly onReferral?: (slug: string, progress: ReferralProgress) => void;
}

export interface SendOutcome {
  readonly opened: OpenedCase;
  readonly sent: readonly string[];
  readonly failed: readonly { readonly slug: string; readonly error: ApiError }[];
}

/**
 * Opens the case (unless a previous run did), then sends each referral not sent yet, one after the other.
 * A failed referral does not stop the others: the outcome names it, and a second run with the same keys
 * sends only what is left, each with the key of its first try. A case the server refuses throws its
 * ApiError, and nothing was stored.
 */
export async function openAndSend(run: SendRun): Promise<SendOutcome> {
  let opened = run.opened;
  if (!opened) {
    try {
      const kase = await openCase(run.input, run.keys.keyFor('case', run.input));
      opened = { id: kase.id, reference: kase.reference };
    } catch (error) {
      throw asApiError(error);
    }
    run.onOpened?.(opened);
  }
  const sent = [...run.sent];
  const failed: { slug: string; error: ApiError }[] = [];
  for (const { pick, body } of run.referrals) {
    if (run.sent.has(pick.slug)) continue;
    run.onReferral?.(pick.slug, { status: 'sending' });
    try {
      await sendReferral(opened.id, body, run.keys.keyFor(`referral:${opened.id}:${pick.slug}`, body));
      sent.push(pick.slug);
      run.onReferral?.(pick.slug, { status: 'sent' });
    } catch (error) {
      const apiError = asApiError(error);
      failed.push({ slug: pick.slug, error: apiError });
      run.onReferral?.(pick.slug, { status: 'failed', error: apiError });
    }
  }
  return { opened, sent, failed };
}

/** The case page, by the case's id only (nothing about the person in the URL). */
export const casePath = (id: string): string => `/desk/cases/${encodeURIComponent(id)}`;

/** Where the visit goes once a run is over: the case page when every referral went, else nowhere yet. */
export function afterSending(outcome: SendOutcome): string | undefined {
  return outcome.failed.length === 0 ? casePath(outcome.opened.id) : undefined;
}
