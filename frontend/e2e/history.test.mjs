// A kiosk is shared: when a person finishes, the browser's history must hold nothing of them. Before
// issue 11 every screen pushed an entry with the answers in its `#…`, so one Back and a reload brought
// the previous person's plan back (needs, age band, French level, household, town).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { heading, launch } from './support.mjs';
import { answerEverything, assertFreshStart, historyUrls } from './session.mjs';

describe('browser history after "finish"', () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    assert.deepEqual(browser.errors, []);
    await browser.close();
  });

  it('a session adds no history entry, and the in-app Back buttons still work', async () => {
    const { page } = browser;
    await page.goto('/');
    const before = await page.evaluate(() => history.length);
    await page.getByRole('button', { name: 'Français', exact: true }).click();
    await page.locator('[data-need="housing"]').click();
    await page.getByRole('button', { name: 'Répondre à 5 questions courtes pour un meilleur plan' }).click();
    await page.waitForURL((u) => u.pathname === '/kiosk/questions/age');
    await page.locator('.back-link').click();
    await heading(page, 'De quoi avez-vous besoin ?');
    assert.equal(await page.locator('[data-need="housing"]').getAttribute('aria-pressed'), 'true', 'answers kept in memory');
    await page.getByRole('button', { name: 'Voir mon plan maintenant' }).click();
    await page.locator('.offer').first().waitFor();
    await page.locator('.offer__more').first().click();
    await page.waitForURL((u) => u.pathname.startsWith('/kiosk/services/'));
    await page.locator('.back-link').click();
    await heading(page, 'Votre plan');
    await page.locator('.offer').first().waitFor();
    // The skip link moves focus without following "#main" (a fragment link would push an entry).
    await page.locator('.skip-link').focus();
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');
    assert.match(page.url(), /#.*n=housing/, 'the skip link kept the plan in the address');
    assert.equal(await page.evaluate(() => history.length), before, 'no entry was pushed');
    await page.getByRole('button', { name: 'Terminer et tout effacer' }).click();
    await page.waitForURL((u) => u.pathname === '/');
  });

  it('finish, then Back and reload, shows the start screen with no answer', async () => {
    const page = await browser.context.newPage(); // a tab of its own: its history is this test's only
    page.on('pageerror', (e) => browser.errors.push(e.message));
    await page.goto('/');
    await answerEverything(page);
    await page.locator('.offer__more').first().click();
    await page.waitForURL((u) => u.pathname.startsWith('/kiosk/services/'));
    await page.getByRole('button', { name: 'Terminer et tout effacer' }).click();
    await page.waitForURL((u) => u.pathname === '/' && u.hash === '');

    const urls = await historyUrls(page);
    for (const u of urls) {
      assert.ok(!u.includes('#') && !u.includes('/kiosk/'), `a history entry keeps the session: ${u} (all: ${urls})`);
    }
    // One Back and a reload; where Back leaves the kiosk (its first entry), come forward to it again.
    // Back may land on the tab's initial about:blank, whose renderer Chromium swaps: wait for it to
    // settle before the reload, and retry a reload that races that swap ("not attached").
    await page.goBack().catch(() => null);
    await page.waitForLoadState('load').catch(() => null);
    if (page.url() === 'about:blank') await page.goForward().catch(() => null);
    await page.waitForLoadState('load').catch(() => null);
    for (let attempt = 0; ; attempt++) {
      try {
        await page.reload();
        break;
      } catch (e) {
        if (attempt >= 2) throw e;
        await page.waitForTimeout(250);
      }
    }
    if (page.url() === 'about:blank') await page.goForward();
    await assertFreshStart(page, 'after finish, Back and reload');
    assert.ok(!(await page.content()).includes('Nancy'), 'the town is gone');
  });
});
