// The desk's dashboard and case page in Debian's Chromium against the packaged jar and a real Keycloak
// (StaffE2EIT starts both): a case opened through the API with the agent's session, then found on the
// dashboard with the keyboard, read, noted and withdrawn from on the case page; axe-core in fr and en; a
// case id of no desk answers "not found" with nothing of any case on the screen.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { axe, heading, launch, shot } from '../e2e/support.mjs';
import { AGENT, signIn } from './staff-support.mjs';

const DESKTOP = { width: 1366, height: 900 };

/** Opens a case as the page would: the session cookie and the CSRF header, nothing personal in the URL. */
async function openCase(page) {
  return page.evaluate(async () => {
    const csrf = decodeURIComponent(/(?:^|; )passerelle-csrf=([^;]*)/.exec(document.cookie)?.[1] ?? '');
    const response = await fetch('/api/v1/cases', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'X-CSRF-Token': csrf },
      body: JSON.stringify({
        person: { name: 'Demo E2E', languages: ['ar', 'fr'], birthYear: 1998 },
        needs: ['housing'],
        consent: { organizations: ['la-cimade', 'gip-ftlv-caec'], fields: ['name'], textVersion: '2026-12', textLang: 'ar' },
      }),
    });
    if (!response.ok) throw new Error(`POST /api/v1/cases: ${response.status} ${await response.text()}`);
    const kase = await response.json();
    const sent = await fetch(`/api/v1/cases/${kase.id}/referrals`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'X-CSRF-Token': csrf },
      body: JSON.stringify({ service: 'caec-sessions-examens-langue', send: true }),
    });
    if (!sent.ok) throw new Error(`POST referrals: ${sent.status} ${await sent.text()}`);
    return kase;
  });
}

describe('the desk', () => {
  for (const [locale, words] of [
    ['en-GB', { desk: 'The desk', case: 'Case', notFound: 'Case not found', add: 'Add the note', withdraw: 'Withdraw consent…', all: 'All organisations', confirm: 'Confirm the withdrawal', withdrawn: /No organisation has access/, history: 'History', search: 'Search the catalogue' }],
    ['fr-FR', { desk: 'Le guichet', case: 'Dossier', notFound: 'Dossier introuvable', add: 'Ajouter la note', withdraw: 'Retirer le consentement…', all: 'Toutes les organisations', confirm: 'Confirmer le retrait', withdrawn: /Plus aucune organisation/, history: 'Historique', search: 'Chercher dans le catalogue' }],
  ]) {
    it(`lists the desk's referrals, opens a case with the keyboard, notes and withdraws (${locale})`, async () => {
      const b = await launch({ locale, viewport: DESKTOP });
      try {
        await b.page.goto('/desk');
        await signIn(b.page, AGENT);
        await b.page.waitForURL((u) => u.pathname === '/desk');
        await heading(b.page, words.desk);
        const kase = await openCase(b.page);
        await b.page.reload();
        await heading(b.page, words.desk);
        await b.page.locator('#desk-status').waitFor();
        await axe(b.page, `desk-dashboard-${locale}`);
        await shot(b.page, `desk-dashboard-${locale}`);

        // "/" goes to the filters.
        await b.page.locator('h1').click();
        await b.page.keyboard.press('/');
        assert.equal(await b.page.evaluate(() => document.activeElement?.id), 'desk-status');
        await b.page.locator('h1').click();

        // The filter and the order live in the address (codes only): a reload gives the same list.
        await b.page.locator('#desk-sort').selectOption('created');
        await b.page.waitForURL((u) => u.searchParams.get('sort') === 'created');
        await b.page.reload();
        await heading(b.page, words.desk);
        assert.equal(await b.page.locator('#desk-sort').inputValue(), 'created');
        await b.page.goto('/desk');
        await heading(b.page, words.desk);
        await b.page.locator('h1').click();

        // j moves down the list to the new case's row, Enter opens it: the case page, by its id only.
        await b.page.getByRole('link', { name: kase.reference }).waitFor();
        for (let i = 0; i < 20; i++) {
          await b.page.keyboard.press('j');
          if ((await b.page.evaluate(() => document.activeElement?.textContent)) === kase.reference) break;
        }
        assert.equal(await b.page.evaluate(() => document.activeElement?.textContent), kase.reference);
        await b.page.keyboard.press('Enter');
        await b.page.waitForURL((u) => u.pathname === `/desk/cases/${kase.id}`);
        await heading(b.page, `${words.case} ${kase.reference}`);
        await b.page.getByRole('heading', { level: 2, name: words.history }).waitFor();
        assert.ok(!b.page.url().includes('Demo'), 'nothing about the person in the URL');
        await b.page.locator('#case-note').fill('Rendez-vous mardi à la permanence.');
        await b.page.getByRole('button', { name: words.add }).click();
        await b.page.getByText('Rendez-vous mardi à la permanence.', { exact: true }).waitFor();
        await axe(b.page, `desk-case-${locale}`);
        await shot(b.page, `desk-case-${locale}`);

        await b.page.getByRole('button', { name: words.withdraw }).click();
        await b.page.getByRole('dialog').waitFor();
        await axe(b.page, `desk-withdraw-${locale}`);
        await b.page.getByRole('radio', { name: words.all }).check();
        await b.page.getByRole('button', { name: words.confirm }).click();
        await b.page.getByText(words.withdrawn).waitFor();

        // A case of no desk of this agent: "not found", and nothing of any case.
        await b.page.goto('/desk/cases/00000000-0000-4000-8000-000000000000');
        await heading(b.page, words.notFound);
        assert.doesNotMatch(await b.page.locator('#main').innerText(), /PAS-|Demo E2E/);
        await axe(b.page, `desk-not-found-${locale}`);
        await b.page.goto('/desk/search');
        await heading(b.page, words.search);
        await axe(b.page, `desk-search-${locale}`);

        // Nothing personal kept by the page.
        const stored = await b.page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
        assert.doesNotMatch(stored, /Demo E2E|Rendez-vous|1998/);
        assert.deepEqual(b.errors, []);
      } finally {
        await b.close();
      }
    });
  }
});
