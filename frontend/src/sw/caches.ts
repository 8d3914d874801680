// The one source of the service worker's cache names: the worker (src/sw/sw.ts) and the page
// (src/lib/offline-cache.ts) both import them, so the two can never disagree.
//
// What may be kept on the device, and what may not (docs/architecture.md rule 1: nothing personal is stored):
//  - the app itself (every route chunk, the fonts, index.html): Workbox's precache, named from PREFIX;
//  - the catalogue's public reads: the domains (GET /api/v1/themes) in CATALOGUE, and the service
//    pages opened in this session (GET /api/v1/services/{id}) in SESSION_SERVICES. Which services a
//    person opened says something about them, so "finish" and the inactivity reset delete that cache;
//  - NEVER a plan: POST /api/v1/triage carries facts about a person (and its plan answers them), so no
//    route of the worker stores it; nor POST /api/v1/services/lookup, whose ids are the plan's.
export const PREFIX = 'passerelle';
export const VERSION = 'v4';
export const CATALOGUE_CACHE = `${PREFIX}-catalogue-${VERSION}`;
export const SESSION_SERVICES_CACHE = `${PREFIX}-services-${VERSION}`;

/** Every runtime cache the worker may create; anything else under PREFIX is old and deleted. */
export const RUNTIME_CACHES: readonly string[] = [CATALOGUE_CACHE, SESSION_SERVICES_CACHE];

/** The caches that hold something of the person being served: emptied by "finish" and the reset. */
export const SESSION_CACHES: readonly string[] = [SESSION_SERVICES_CACHE];

/** Workbox's precache is named `${PREFIX}-precache-v2-${scope}`; its own clean-up manages it. */
export function isPrecache(name: string): boolean {
  return name.startsWith(`${PREFIX}-precache-`);
}

/** Caches an earlier worker left (the hand-written one kept the last plan in passerelle-plan-v1). */
export function isStale(name: string): boolean {
  return name.startsWith(`${PREFIX}-`) && !isPrecache(name) && !RUNTIME_CACHES.includes(name);
}

/** The page tells a waiting worker to take over (only between two people: see offline-cache.ts). */
export const SKIP_WAITING = 'passerelle:skip-waiting';

/** The header the worker sets on a catalogue answer it serves from its cache (OfflineBanner). */
export const OFFLINE_HEADER = 'X-Passerelle-Offline';

/**
 * Navigations the worker leaves to the network: server paths that are not screens of the SPA (the API,
 * Quarkus' /q/, the staff sign-in), and a signed link's page, /r/{token}, whose address is a credential: the
 * server answers it with no-store, and nothing of it may pass through a cache of ours either.
 */
export const NOT_SCREENS: readonly RegExp[] = [/^\/api\//, /^\/q\//, /^\/login\b/, /^\/logout\b/, /^\/r(\/|$)/];

/** GET requests the worker may cache, by path: the public catalogue reads the kiosk needs. */
export function catalogueCacheFor(method: string, pathname: string): string | undefined {
  if (method !== 'GET') return undefined;
  if (pathname === '/api/v1/themes') return CATALOGUE_CACHE;
  // One service by id or slug; not /services/lookup (a POST), nor the search list (its query is typed).
  if (/^\/api\/v1\/services\/[^/]+$/.test(pathname) && pathname !== '/api/v1/services/lookup') {
    return SESSION_SERVICES_CACHE;
  }
  return undefined;
}
