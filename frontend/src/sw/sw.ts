// Passerelle's service worker, built by Workbox (vite-plugin-pwa, injectManifest): the kiosk, or a
// phone that opened a plan, keeps working offline after one visit.
//  - the app: every file of the build (route chunks, message catalogues, fonts, index.html) is
//    precached at install, so a screen never opened before still opens offline;
//  - pages: any kiosk address gets the precached index.html (the SPA routes itself);
//  - the public catalogue: network first with a short timeout, else the saved answer, marked offline;
//  - nothing personal: no route stores a POST (the triage plan, the lookup of its services), so they
//    go to the network untouched and fail plainly when offline (see src/sw/caches.ts).
import { clientsClaim, setCacheNameDetails, type WorkboxPlugin } from 'workbox-core';
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { NetworkFirst } from 'workbox-strategies';
import { catalogueCacheFor, isStale, NOT_SCREENS, OFFLINE_HEADER, PREFIX, SKIP_WAITING } from './caches';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (string | { url: string; revision: string | null })[] };

setCacheNameDetails({ prefix: PREFIX, suffix: '' });
cleanupOutdatedCaches();
precacheAndRoute(self.__WB_MANIFEST);

// Not for the worker: server paths that are not screens of the SPA, and a signed link's page (see NOT_SCREENS).
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html'), { denylist: [...NOT_SCREENS] }));

/** Only a complete 200 is kept; an answer served from the cache says so in a header. */
const catalogue: WorkboxPlugin = {
  cacheWillUpdate: async ({ response }) => (response.status === 200 ? response : null),
  cachedResponseWillBeUsed: async ({ cachedResponse }) => {
    if (!cachedResponse) return cachedResponse;
    const headers = new Headers(cachedResponse.headers);
    headers.set(OFFLINE_HEADER, '1');
    return new Response(cachedResponse.body, { status: cachedResponse.status, statusText: cachedResponse.statusText, headers });
  },
};
const strategies = new Map<string, NetworkFirst>();
function strategyFor(cacheName: string): NetworkFirst {
  let strategy = strategies.get(cacheName);
  if (!strategy) {
    strategy = new NetworkFirst({ cacheName, networkTimeoutSeconds: 4, plugins: [catalogue] });
    strategies.set(cacheName, strategy);
  }
  return strategy;
}
registerRoute(
  ({ url, request, sameOrigin }) => sameOrigin && catalogueCacheFor(request.method, url.pathname) !== undefined,
  (options) => {
    const url = new URL(options.request.url);
    return strategyFor(catalogueCacheFor(options.request.method, url.pathname) ?? '').handle(options);
  },
);

// A new version waits until the page says the person has finished: swapping the files under a
// person's feet would break the screens their page has not loaded yet.
self.addEventListener('message', (event) => {
  if (event.data === SKIP_WAITING) void self.skipWaiting();
});

// The caches of the hand-written worker (among them the last plan, passerelle-plan-v1) go away.
self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys().then((names) => Promise.all(names.filter(isStale).map((n) => caches.delete(n)))));
});

clientsClaim();
