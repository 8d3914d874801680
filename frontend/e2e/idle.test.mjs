// The inactivity reset (design.md rule 1), with a short timeout set through the kiosk's global hook.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launch, shot } from './support.mjs';
import { answerEverything, assertFreshStart, historyUrls } from './session.mjs';

describe('inactivity reset', () => {
  let browser;
  before(async () => {
    browser = await launch({
      init: () => {
        window.__PASSERELLE_KIOSK__ = { idleSeconds: 6 };
      },
    });
  });
  after(async () => browser.close());

  it('shows a countdown, then clears the answers and goes home', async () => {
    const { page } = browser;
    await page.goto('/');
    await page.getByRole('button', { name: 'English', exact: true }).click();
    await page.locator('[data-need="health"]').click();
    assert.equal(await page.locator('[data-need="health"]').getAttribute('aria-pressed'), 'true');
    const dialog = page.getByRole('alertdialog', { name: 'Are you still there?' });
    await dialog.waitFor({ timeout: 8000 });
    const count = Number(await page.getByTestId('idle-count').textContent());
    assert.ok(count >= 1 && count <= 3, `countdown shows the seconds left (${count})`);
    await shot(page, 'idle-countdown');
    await page.waitForURL((u) => u.pathname === '/', { timeout: 8000 });
    await page.getByRole('heading', { level: 1 }).waitFor();
    assert.equal(await page.locator('.site-header .button--finish').count(), 0, 'nothing left to clear');
    await page.getByRole('button', { name: 'English', exact: true }).click();
    await page.locator('[data-need="health"]').waitFor();
    assert.equal(await page.locator('[aria-pressed="true"]').count(), 0, 'the answers are gone');
  });

  it('"I am still here" keeps the person where they were', async () => {
    const { page } = browser;
    await page.locator('[data-need="housing"]').click();
    const stay = page.getByRole('button', { name: 'I am still here' });
    await stay.waitFor({ timeout: 8000 });
    await stay.click();
    assert.equal(await page.getByRole('alertdialog').count(), 0);
    assert.match(page.url(), /\/kiosk\/needs$/);
    assert.equal(await page.locator('[data-need="housing"]').getAttribute('aria-pressed'), 'true');
  });

  it('leaves nothing in the history: after the reset, Back and reload show the start screen', async () => {
    const page = await browser.context.newPage(); // a tab of its own: its history is this test's only
    await page.goto('/');
    await answerEverything(page);
    await page.locator('.offer__more').first().click();
    await page.waitForURL((u) => u.pathname.startsWith('/kiosk/services/'));
    await page.waitForURL((u) => u.pathname === '/' && u.hash === '', { timeout: 10000 });
    const urls = await historyUrls(page);
    for (const u of urls) {
      assert.ok(!u.includes('#') && !u.includes('/kiosk/'), `a history entry keeps the session: ${u} (all: ${urls})`);
    }
    await page.goBack().catch(() => null);
    await page.reload();
    if (page.url() === 'about:blank') await page.goForward();
    await assertFreshStart(page, 'after the reset, Back and reload');
    await page.close();
  });
});
