// Passerelle's service worker, written by hand (about 100 lines, no library): it keeps the app shell,
// the kiosk domains and the last plan so the kiosk, or a phone that opened a plan, works offline.
//  - pages: network first, else the cached shell;
//  - /assets/* (hashed, immutable): cache first;
//  - GET /api/v1/themes and /api/v1/services/*: network first, else the saved answer;
//  - POST /api/v1/triage and /services/lookup: network first; only the LAST answer is kept, under a
//    hash of its body, in a cache the page deletes on "finish" and on the inactivity reset.
// Answers served from a cache carry X-Passerelle-Offline: 1, so the page can say it is offline.
const VERSION = 'v3';
const SHELL = `passerelle-shell-${VERSION}`;
const API = `passerelle-api-${VERSION}`;
const PLAN = 'passerelle-plan-v1'; // the page's PLAN_CACHE (src/lib/offline-cache.ts)
const KEEP = [SHELL, API, PLAN];

async function cacheShell() {
  const cache = await caches.open(SHELL);
  const response = await fetch('/', { cache: 'no-store' });
  if (!response.ok) return;
  const html = await response.clone().text();
  await cache.put('/', response);
  const assets = [...html.matchAll(/(?:src|href)="(\/(?:assets\/[^"]+|favicon\.svg))"/g)].map((m) => m[1]);
  await Promise.all(assets.map((url) => cache.add(url).catch(() => undefined)));
}

self.addEventListener('install', (event) => {
  event.waitUntil(cacheShell().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((n) => n.startsWith('passerelle-') && !KEEP.includes(n)).map((n) => caches.delete(n))))
      .then(() => self.clients.claim()),
  );
});

// The page lists what it loaded before this worker took control; keep those too.
self.addEventListener('message', (event) => {
  const data = event.data;
  if (!data || data.type !== 'keep' || !Array.isArray(data.urls)) return;
  event.waitUntil(
    Promise.all(
      data.urls
        .filter((u) => typeof u === 'string' && u.startsWith('/'))
        .map(async (url) => {
          const cache = await caches.open(url.startsWith('/assets/') ? SHELL : API);
          if (!(await cache.match(url, { ignoreVary: true }))) await cache.add(url).catch(() => undefined);
        }),
    ),
  );
});

function markOffline(response) {
  const headers = new Headers(response.headers);
  headers.set('X-Passerelle-Offline', '1');
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

async function networkFirst(request, cacheName, key) {
  const cache = await caches.open(cacheName);
  try {
    const response = await fetch(request);
    if (response.ok) {
      if (cacheName === PLAN) {
        const path = new URL(key).pathname;
        for (const old of await cache.keys()) if (new URL(old.url).pathname === path) await cache.delete(old);
      }
      await cache.put(key, response.clone());
    }
    return response;
  } catch (error) {
    const cached = await cache.match(key, { ignoreVary: true });
    if (cached) return markOffline(cached);
    throw error;
  }
}

async function bodyKey(request) {
  const body = await request.clone().text();
  const url = new URL(request.url);
  url.searchParams.delete('replay'); // the same plan asked again (after a reload, from a QR code)
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(url.href + '\n' + body));
  const hex = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${url.origin}/__saved${url.pathname}?k=${hex}`;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.method === 'POST' && (url.pathname === '/api/v1/triage' || url.pathname === '/api/v1/services/lookup')) {
    event.respondWith(bodyKey(request).then((key) => networkFirst(request, PLAN, key)));
    return;
  }
  if (request.method !== 'GET') return;
  if (request.mode === 'navigate') {
    event.respondWith(
      fetch(request)
        .then(async (response) => {
          if (response.ok && (response.headers.get('content-type') || '').includes('text/html')) {
            await (await caches.open(SHELL)).put('/', response.clone());
          }
          return response;
        })
        .catch(async () => (await caches.match('/', { cacheName: SHELL, ignoreVary: true })) || Response.error()),
    );
    return;
  }
  if (url.pathname.startsWith('/assets/') || url.pathname === '/favicon.svg') {
    event.respondWith(
      caches.match(request, { cacheName: SHELL, ignoreVary: true }).then(
        (hit) =>
          hit ||
          fetch(request).then(async (response) => {
            if (response.ok) await (await caches.open(SHELL)).put(request, response.clone());
            return response;
          }),
      ),
    );
    return;
  }
  if (url.pathname === '/api/v1/themes' || url.pathname.startsWith('/api/v1/services/')) {
    event.respondWith(networkFirst(request, API, request));
  }
});
