// The service worker keeps the last plan so it can be reopened offline; "finish" and the inactivity
// reset delete it, so nothing about the person stays on a shared kiosk.
export const PLAN_CACHE = 'passerelle-plan-v1';

export async function forgetSavedPlan(): Promise<void> {
  if (typeof caches !== 'undefined') {
    await caches.delete(PLAN_CACHE);
  }
}

/** Registers /sw.js (production builds only) and asks it to keep the files this page already loaded. */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) {
    return;
  }
  navigator.serviceWorker.register('/sw.js', { scope: '/' }).then(
    async () => {
      const ready = await navigator.serviceWorker.ready;
      const urls = performance
        .getEntriesByType('resource')
        .map((e) => new URL(e.name))
        .filter((u) => u.origin === location.origin && (u.pathname.startsWith('/assets/') || u.pathname === '/api/v1/themes'))
        .map((u) => u.pathname + u.search);
      ready.active?.postMessage({ type: 'keep', urls });
    },
    (error: unknown) => console.warn('service worker not registered', error),
  );
}
