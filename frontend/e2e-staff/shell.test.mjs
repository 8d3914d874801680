// The staff shell in Debian's Chromium against the packaged jar and a real Keycloak (StaffE2EIT starts
// both): sign-in on Keycloak's own login page, the guard of each area, sign-out, the idle lock, axe-core
// on every screen. Run by hand: BASE_URL=http://localhost:8080 npm run e2e:staff (with Keycloak up).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertControlsUsable, axe, heading, launch, phone, PHONES, shot } from '../e2e/support.mjs';
import { AGENT, COORDINATOR, PARTNER, signIn } from './staff-support.mjs';

const DESKTOP = { width: 1366, height: 900 };

async function staff({ locale = 'en-GB', viewport = DESKTOP, idleSeconds, ...more } = {}) {
  const init = idleSeconds ? `window.__PASSERELLE_STAFF__ = { idleSeconds: ${idleSeconds} };` : undefined;
  return launch({ locale, viewport, init, ...more });
}

describe('staff shell', () => {
  it('sends an anonymous visitor to sign in, then back to the desk, and the desk searches with the session', async () => {
    const b = await staff();
    try {
      await b.page.goto('/desk');
      await signIn(b.page, AGENT);
      await b.page.waitForURL((u) => u.pathname === '/desk');
      await heading(b.page, 'The desk');
      assert.match(await b.page.locator('.staff-user').innerText(), /agent\.demo/);
      // The desk opens on its dashboard; the catalogue search is one link away.
      await b.page.getByRole('link', { name: 'Search the catalogue for an offer' }).click();
      await heading(b.page, 'Search the catalogue');
      await b.page.getByRole('searchbox', { name: 'Keywords' }).fill('logement');
      await b.page.getByRole('button', { name: 'Search' }).click();
      await b.page.getByRole('heading', { level: 2, name: /\d+ offers/ }).waitFor();
      assert.ok((await b.page.locator('.staff-list__item').count()) > 0, 'the search lists offers');
      await axe(b.page, 'staff-desk');
      await shot(b.page, 'staff-desk');
      // The session cookie is HttpOnly: nothing of the sign-in is readable by the page.
      assert.equal(await b.page.evaluate(() => document.cookie.includes('q_session')), false);
      assert.deepEqual(b.errors, []);
    } finally {
      await b.close();
    }
  });

  it('says "not for your role" to a partner at the desk, and opens the partner area with its own services', async () => {
    const b = await staff();
    try {
      await b.page.goto('/desk');
      await signIn(b.page, PARTNER);
      await heading(b.page, 'This page is not for your role');
      assert.match(await b.page.locator('#main').innerText(), /The desk is for front-desk agents/);
      // Nothing of the desk's screen was drawn for the partner.
      assert.equal(await b.page.getByRole('searchbox', { name: 'Keywords' }).count(), 0);
      await axe(b.page, 'staff-forbidden');
      await b.page.locator('#main').getByRole('link', { name: 'The partner area' }).click();
      await b.page.waitForURL((u) => u.pathname === '/partner');
      await heading(b.page, 'La Cimade');
      await b.page.getByRole('heading', { level: 2, name: /Our services \(\d+\)/ }).waitFor();
      assert.ok((await b.page.locator('.staff-list__item').count()) > 0);
      await axe(b.page, 'staff-partner');
      // The API agrees with the guard: the desk's data is not the partner's.
      const status = await b.page.evaluate(async () => (await fetch('/api/v1/audit-events')).status);
      assert.equal(status, 403);
      assert.deepEqual(b.errors, []);
    } finally {
      await b.close();
    }
  });

  it('brings the coordinator from /staff to coordination, in French, and an unknown page says so', async () => {
    const b = await staff({ locale: 'fr-FR' });
    try {
      await b.page.goto('/staff');
      await signIn(b.page, COORDINATOR);
      await b.page.waitForURL((u) => u.pathname === '/admin');
      await heading(b.page, 'Coordination');
      assert.equal(await b.page.evaluate(() => document.documentElement.lang), 'fr');
      await axe(b.page, 'staff-admin');
      await b.page.goto('/admin/nothing-here');
      await heading(b.page, 'Cette page n’existe pas');
      assert.deepEqual(b.errors, []);
    } finally {
      await b.close();
    }
  });

  it('signs out at the server and at Keycloak: the next visit to the desk asks for the password again', async () => {
    const b = await staff();
    try {
      await b.page.goto('/desk');
      await signIn(b.page, AGENT);
      await heading(b.page, 'The desk');
      await b.page.getByRole('link', { name: 'Sign out' }).click();
      await b.page.waitForURL((u) => u.pathname === '/signed-out');
      await heading(b.page, 'You are signed out');
      await axe(b.page, 'staff-signed-out');
      const me = await b.page.evaluate(async () => (await fetch('/api/v1/me')).status);
      assert.equal(me, 401);
      await b.page.goto('/desk');
      await b.page.waitForURL((u) => u.pathname.includes('/protocol/openid-connect/auth'));
      await b.page.locator('#password').waitFor();
    } finally {
      await b.close();
    }
  });

  it('locks a shared desk PC after the quiet time: warns, lets the agent stay, then signs out', async () => {
    const b = await staff({ idleSeconds: 6 });
    try {
      await b.page.goto('/desk');
      await signIn(b.page, AGENT);
      await heading(b.page, 'The desk');
      const dialog = b.page.getByRole('alertdialog', { name: 'You are about to be signed out' });
      await dialog.waitFor({ timeout: 10_000 });
      await axe(b.page, 'staff-idle-warning');
      await dialog.getByRole('button', { name: 'Stay signed in' }).click();
      await dialog.waitFor({ state: 'detached' });
      await heading(b.page, 'The desk');
      // No input now: the lock signs out and lands on the signed-out page, session gone.
      await b.page.waitForURL((u) => u.pathname === '/signed-out', { timeout: 20_000 });
      const me = await b.page.evaluate(async () => (await fetch('/api/v1/me')).status);
      assert.equal(me, 401);
    } finally {
      await b.close();
    }
  });

  for (const viewport of PHONES) {
    it(`is usable on a ${viewport.width}×${viewport.height} phone`, async () => {
      const b = await staff({ ...phone(viewport) });
      try {
        await b.page.goto('/desk');
        await signIn(b.page, AGENT);
        await heading(b.page, 'The desk');
        const overflow = await b.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `the desk scrolls sideways by ${overflow} px`);
        await assertControlsUsable(b.page, `staff-desk-${viewport.width}`);
        await axe(b.page, `staff-desk-${viewport.width}`);
      } finally {
        await b.close();
      }
    });
  }
});
