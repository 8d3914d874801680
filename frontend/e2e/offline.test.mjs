// Offline after one visit (Workbox service worker, src/sw/sw.ts): every screen's code is precached, the
// catalogue reads are kept, and no plan (facts about a person) is ever stored on the device.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { heading, launch, shot } from './support.mjs';

const NOT_SAVED = 'Cette page n’est pas enregistrée sur cet appareil';

/** Every request kept in Cache Storage, by cache, and whatever else the page could have stored. */
async function stored(page) {
  return page.evaluate(async () => {
    const caches_ = {};
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      caches_[name] = (await cache.keys()).map((r) => `${r.method} ${new URL(r.url).pathname}`);
    }
    const databases = indexedDB.databases ? (await indexedDB.databases()).map((d) => d.name) : [];
    return { caches: caches_, databases, local: localStorage.length, session: sessionStorage.length, cookie: document.cookie };
  });
}

async function controlled(page) {
  await page.waitForFunction(async () => Boolean((await navigator.serviceWorker.ready).active), null, { timeout: 15000 });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15000 });
}

describe('offline', () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser.context.setOffline(false);
    assert.deepEqual(browser.errors.filter((e) => /Content Security Policy/i.test(e)), [], 'no CSP violation');
    await browser.close();
  });

  it('serves the worker and the manifest with their types, outside the SPA routing', async () => {
    const { page } = browser;
    await page.goto('/');
    const types = await page.evaluate(async () =>
      Promise.all(['/sw.js', '/manifest.webmanifest'].map(async (u) => (await fetch(u, { cache: 'no-store' })).headers.get('content-type'))),
    );
    assert.match(types[0] ?? '', /^(text|application)\/javascript/);
    assert.match(types[1] ?? '', /^application\/manifest\+json/);
  });

  it('after one visit, the print view and a service page open offline', async () => {
    const { page, context } = browser;
    await page.goto('/');
    await controlled(page);
    await page.getByRole('button', { name: 'Français', exact: true }).click();
    await page.locator('[data-need="housing"]').click();
    await page.getByRole('button', { name: 'Voir mon plan maintenant' }).click();
    await page.locator('.offer').first().waitFor();
    const offers = await page.locator('.offer').count();
    await page.locator('.offer__more').first().click();
    const service = page.url();
    await page.locator('.service h1').waitFor();
    const name = await page.locator('.service h1').textContent();
    await page.locator('.back-link').click();
    await page.locator('.offer').first().waitFor();

    // Offline from here on. The print view was never opened: its code comes from the precache, the plan
    // from memory (in-app navigation).
    await context.setOffline(true);
    await page.getByRole('link', { name: /Imprimer/ }).click();
    await heading(page, 'Mon plan : à montrer à l’accueil');
    await page.locator('.print-need').first().waitFor({ timeout: 10000 });
    assert.equal(await page.locator('.loading').count(), 0, 'the print view does not spin');
    await shot(page, 'offline-print');
    await page.locator('.back-link').click();
    await page.locator('.offer').first().waitFor();
    assert.equal(await page.locator('.offer').count(), offers, 'the plan is kept in memory');

    // A reload of the service page: the page, its chunk and its data come from the worker's caches.
    await page.goto(service);
    await page.getByText('Vous êtes hors connexion').waitFor();
    await page.locator('.service h1', { hasText: name ?? '' }).waitFor();
    assert.equal(await page.locator('.loading').count(), 0, 'the service page does not spin');
    await shot(page, 'offline-service');
  });

  it('an offline reload of a plan says it needs a connection: no plan is on the device', async () => {
    const { page, context } = browser;
    await context.setOffline(true);
    await page.goto('/kiosk/plan#l=fr&n=housing');
    await page.getByRole('alert').getByText(NOT_SAVED).waitFor();
    assert.equal(await page.locator('.offer').count(), 0);
    await page.goto('/kiosk/plan/print#l=fr&n=housing');
    await page.getByRole('alert').getByText(NOT_SAVED).waitFor();
    await context.setOffline(false);
  });

  it('never stores a triage response, a lookup of its services, or anything else of the person', async () => {
    const { page, context } = browser;
    await context.setOffline(false);
    await page.goto('/');
    await controlled(page);
    await page.goto('/kiosk/plan#l=fr&n=housing,health&a=18-25&c=Nancy');
    await page.locator('.offer').first().waitFor();
    await page.getByRole('link', { name: /Imprimer/ }).click();
    await page.locator('.print-need').first().waitFor();
    const after = await stored(page);
    const entries = Object.values(after.caches).flat();
    assert.ok(entries.some((e) => e.startsWith('GET /assets/')), `the app is precached: ${JSON.stringify(after.caches)}`);
    assert.ok(entries.includes('GET /api/v1/themes'), 'the domains are kept');
    assert.deepEqual(entries.filter((e) => /triage|lookup/.test(e) || !e.startsWith('GET ')), [], 'no plan in Cache Storage');
    assert.deepEqual(Object.keys(after.caches).filter((n) => /plan/.test(n)), [], 'no plan cache');
    assert.deepEqual([after.databases, after.local, after.session, after.cookie], [[], 0, 0, ''], 'nothing else stored');
  });

  it('"finish" forgets the service pages the person opened', async () => {
    const { page, context } = browser;
    await context.setOffline(false);
    await page.goto('/kiosk/plan#l=fr&n=housing');
    await controlled(page);
    await page.locator('.offer__more').first().click();
    await page.locator('.service h1').waitFor();
    const services = async () =>
      Object.values((await stored(page)).caches)
        .flat()
        .filter((e) => e.startsWith('GET /api/v1/services/'));
    assert.ok((await services()).length > 0, 'the service page is kept while the person is served');
    await page.getByRole('button', { name: 'Terminer et tout effacer' }).click();
    await page.waitForURL((u) => u.pathname === '/' && u.hash === '');
    // Deleting caches is asynchronous: poll from here (waitForFunction does not await a promise).
    let left = await services();
    for (let i = 0; i < 20 && left.length > 0; i++) {
      await page.waitForTimeout(250);
      left = await services();
    }
    assert.deepEqual(left, [], 'no service page of the session is left in Cache Storage');
  });
});
