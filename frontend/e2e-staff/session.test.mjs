// The desk's session in Debian's Chromium against the packaged jar and a real Keycloak (StaffE2EIT starts
// both): a write without the CSRF header is refused; a session that ends while the agent types a note
// loses nothing (sign in again in another window, press the button again); and the second desk's agent
// who has the first desk's case address gets "not found", with nothing of the case on the screen.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { axe, heading, launch } from '../e2e/support.mjs';
import { AGENT, SECOND_DESK, signIn } from './staff-support.mjs';

const DESKTOP = { width: 1280, height: 900 };
/** A fictional person (LogPrivacyIT lists the name and the note). */
const PERSON = 'Session Person Vb';
const NOTE = 'Called back on Tuesday, session note Qp';

/** A case of the first desk, opened with the page's own session and CSRF header. */
async function openCase(page) {
  return page.evaluate(async (name) => {
    const csrf = decodeURIComponent(/(?:^|; )passerelle-csrf=([^;]*)/.exec(document.cookie)?.[1] ?? '');
    const response = await fetch('/api/v1/cases', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'X-CSRF-Token': csrf },
      body: JSON.stringify({
        person: { name, languages: ['ar'] },
        needs: ['rights'],
        consent: { organizations: ['la-cimade'], fields: ['name'], textVersion: '2026-12', textLang: 'ar' },
      }),
    });
    if (!response.ok) throw new Error(`POST /api/v1/cases: ${response.status}`);
    return response.json();
  }, PERSON);
}

describe('the desk session', () => {
  let kase;

  it('refuses a write without the CSRF header, and keeps a note typed while the session ended', async () => {
    const b = await launch({ locale: 'en-GB', viewport: DESKTOP });
    try {
      await b.page.goto('/desk');
      await signIn(b.page, AGENT);
      await heading(b.page, 'The desk');
      kase = await openCase(b.page);

      // The session cookie alone is not enough to write: another site could make the browser send it.
      const forged = await b.page.evaluate(async (id) => {
        const response = await fetch(`/api/v1/cases/${id}/notes`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ body: 'forged' }),
        });
        const notes = await (await fetch(`/api/v1/cases/${id}/notes`)).json();
        return { status: response.status, type: response.headers.get('content-type'), notes: notes.length };
      }, kase.id);
      assert.equal(forged.status, 403);
      assert.match(forged.type, /application\/problem\+json/);
      assert.equal(forged.notes, 0, 'the refused write stored a note');

      await b.page.goto(`/desk/cases/${kase.id}`);
      await heading(b.page, `Case ${kase.reference}`);
      const field = b.page.getByRole('textbox', { name: 'New note' });
      await field.fill(NOTE);

      // The session ends at the server while the agent types (here: its cookie is gone).
      await b.context.clearCookies({ name: /^q_session/ });
      await b.page.getByRole('button', { name: 'Add the note' }).click();
      const dialog = b.page.getByRole('alertdialog', { name: 'Your session has ended' });
      await dialog.waitFor();
      await axe(b.page, 'desk-session-ended');
      assert.equal(await field.inputValue(), NOTE, 'the typed note was lost');

      // Signing in again happens in another window; Keycloak may still know the agent (no password then).
      const popupOpened = b.page.waitForEvent('popup');
      await dialog.getByRole('link', { name: 'Sign in again in a new window' }).click();
      const popup = await popupOpened;
      await popup.waitForURL((u) => u.pathname === '/staff/signed-in' || u.pathname.includes('/protocol/openid-connect/auth'));
      if (new URL(popup.url()).pathname !== '/staff/signed-in') {
        await popup.locator('#username').fill(AGENT[0]);
        await popup.locator('#password').fill(AGENT[1]);
        await popup.locator('#kc-login').click();
      }
      await b.page.getByRole('status').filter({ hasText: 'You are signed in again' }).waitFor();
      assert.equal(await dialog.count(), 0, 'the dialog stayed open');
      assert.equal(await field.inputValue(), NOTE, 'the typed note was lost after signing in again');

      await b.page.getByRole('button', { name: 'Add the note' }).click();
      await b.page.getByText('Note added.').waitFor();
      await b.page.locator('.staff-note__body').filter({ hasText: NOTE }).first().waitFor();
      assert.equal(await field.inputValue(), '');
      assert.deepEqual(b.errors, []);
    } finally {
      await b.close();
    }
  });

  it("shows the second desk's agent 'not found' for the first desk's case, and nothing of it", async () => {
    assert.ok(kase, 'the first test opened the case');
    const b = await launch({ locale: 'en-GB', viewport: DESKTOP });
    try {
      await b.page.goto(`/desk/cases/${kase.id}`);
      await signIn(b.page, SECOND_DESK);
      await heading(b.page, 'Case not found');
      const text = await b.page.locator('body').innerText();
      for (const secret of [PERSON, kase.reference, NOTE]) assert.ok(!text.includes(secret), `the page shows ${secret}`);
      const status = await b.page.evaluate(async (id) => (await fetch(`/api/v1/cases/${id}`)).status, kase.id);
      assert.equal(status, 404);
      await axe(b.page, 'desk-case-not-found-second-desk');
    } finally {
      await b.close();
    }
  });
});
