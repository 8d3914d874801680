// The page's side of the service worker (src/sw/sw.ts): registering it from this module, never from an
// inline script (the CSP allows none), and forgetting the session's cached catalogue reads on "finish".
import { isStale, SESSION_CACHES, SKIP_WAITING } from '../sw/caches';

/** Registers /sw.js (production builds only). */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) {
    return;
  }
  navigator.serviceWorker
    .register('/sw.js', { scope: '/' })
    .catch((error: unknown) => console.warn('service worker not registered', error));
}

/**
 * "Finish" and the inactivity reset: deletes what the worker kept of this session (the service pages
 * the person opened; a plan is never kept) and what an older worker may have left. Then, between two
 * people and only then, lets a new version of the app take over: the page reloads on the start screen.
 */
export async function forgetSession(): Promise<void> {
  if (typeof caches !== 'undefined') {
    const names = await caches.keys();
    await Promise.all(names.filter((n) => SESSION_CACHES.includes(n) || isStale(n)).map((n) => caches.delete(n)));
  }
  const waiting = 'serviceWorker' in navigator ? (await navigator.serviceWorker.getRegistration())?.waiting : null;
  if (waiting) {
    navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
    waiting.postMessage(SKIP_WAITING);
  }
}
