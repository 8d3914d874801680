// The one API client of the SPA. Types come from openapi/openapi.yaml (npm run gen:api), never by hand.
import createClient from 'openapi-fetch';
import { OFFLINE_HEADER } from '../../sw/caches';
import { withCsrf } from './csrf';
import type { components, paths } from './schema';

export type { components };

export type Problem = components['schemas']['Problem'];
export type Themes = components['schemas']['Themes'];
export type Domain = components['schemas']['Domain'];
export type TriagePlan = components['schemas']['TriagePlan'];
export type NeedPlan = components['schemas']['NeedPlan'];
export type PlannedOffer = components['schemas']['PlannedOffer'];
export type Service = components['schemas']['Service'];
export type ServiceLocation = components['schemas']['ServiceLocation'];
export type WayIn = components['schemas']['WayIn'];
export type NeedsProfile = components['schemas']['NeedsProfile'];

/** Header the service worker sets on answers it serves from its cache while offline. */
export { OFFLINE_HEADER };
/** Window events: an answer came from the offline copy, or fresh from the network. */
export const OFFLINE_EVENT = 'passerelle:offline';
export const ONLINE_EVENT = 'passerelle:online';
/** Window event: an answer was 401, so the session ended (expired at the server, or its cookie gone). */
export const SESSION_LOST_EVENT = 'passerelle:session-lost';

// fetch is looked up per request (not captured at load) so tests can put handlers in front of it (MSW);
// outside a browser there is no origin to resolve "/api/..." against, hence the placeholder.
export const api = createClient<paths>({
  baseUrl: typeof location === 'undefined' ? 'http://localhost' : '',
  fetch: (request) => globalThis.fetch(request),
});

// Session-cookie writes carry the CSRF header; a 401 means "sign in" (GET /login), never a redirect.
api.use({
  onRequest({ request }) {
    return withCsrf(request, typeof document === 'undefined' ? '' : document.cookie);
  },
  // Tells the page whether answers come from the network or from the offline copy (see OfflineBanner).
  // A 401 is announced too: the staff shell offers to sign in again without leaving the page.
  onResponse({ response }) {
    if (typeof window !== 'undefined') {
      const offline = response.headers.get(OFFLINE_HEADER) === '1';
      window.dispatchEvent(new Event(offline ? OFFLINE_EVENT : ONLINE_EVENT));
      if (response.status === 401) window.dispatchEvent(new Event(SESSION_LOST_EVENT));
    }
    return response;
  },
});

/** Thrown for any non-2xx answer; carries the RFC 9457 problem when the server sent one. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem?: Problem,
  ) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
  }
}

/** An answer and whether it came from the offline copy. */
export interface Fetched<D> {
  readonly data: D;
  readonly offline: boolean;
}

/** The data of a 2xx answer, or an ApiError; for every caller of `api` (the kiosk's loaders, the staff queries). */
export function unwrap<D>(result: { data?: D; error?: unknown; response: Response }): Fetched<D> {
  if (result.data === undefined) {
    throw new ApiError(result.response.status, result.error as Problem | undefined);
  }
  return { data: result.data, offline: result.response.headers.get(OFFLINE_HEADER) === '1' };
}

export async function fetchThemes(lang: string): Promise<Fetched<Themes>> {
  return unwrap(await api.GET('/api/v1/themes', { params: { query: { lang } } }));
}

/** Facts about the person travel in the POST body only, never in the URL (docs/architecture.md §8, privacy). */
export async function postTriage(
  profile: NeedsProfile,
  lang: string,
  options: { limit?: number; replay?: boolean } = {},
): Promise<Fetched<TriagePlan>> {
  const query = { lang, limit: options.limit ?? 5, ...(options.replay ? { replay: true } : {}) };
  return unwrap(await api.POST('/api/v1/triage', { params: { query }, body: profile }));
}

export async function fetchService(idOrSlug: string, lang: string): Promise<Fetched<Service>> {
  return unwrap(await api.GET('/api/v1/services/{idOrSlug}', { params: { path: { idOrSlug }, query: { lang } } }));
}

/** The services of a plan in one request: addresses and hours for the plan page. */
export async function lookupServices(ids: readonly string[], lang: string): Promise<Fetched<Service[]>> {
  if (ids.length === 0) {
    return { data: [], offline: false };
  }
  const result = unwrap(
    await api.POST('/api/v1/services/lookup', { params: { query: { lang } }, body: { ids: [...ids].slice(0, 100) } }),
  );
  return { data: result.data.items, offline: result.offline };
}
