// What the history tests share (e2e/history.test.mjs, e2e/idle.test.mjs): a person's whole session,
// the tab's history entries, and the start screen as the next person must find it.
import assert from 'node:assert/strict';
import { heading } from './support.mjs';

/** Every entry of the tab's history, from the first to the last, then back where it was. */
export async function historyUrls(page) {
  const length = await page.evaluate(() => history.length);
  const urls = [];
  for (let i = 0; i < length; i++) {
    if (!(await page.goBack({ waitUntil: 'commit' }).catch(() => null))) break;
  }
  urls.push(page.url());
  for (let i = 1; i < length; i++) {
    if (!(await page.goForward({ waitUntil: 'commit' }).catch(() => null))) break;
    urls.push(page.url());
  }
  return urls;
}

/** The person's plan: five answers, so the fragment holds all of them. */
export async function answerEverything(page) {
  await page.getByRole('button', { name: 'Français', exact: true }).click();
  await page.locator('[data-need="housing"]').click();
  await page.getByRole('button', { name: 'Répondre à 5 questions courtes pour un meilleur plan' }).click();
  for (const step of ['age', 'french', 'household']) {
    await page.waitForURL((u) => u.pathname === `/kiosk/questions/${step}`);
    await page.locator('.choice').first().click();
  }
  await page.waitForURL((u) => u.pathname === '/kiosk/questions/city');
  await page.getByRole('button', { name: /Nancy/ }).click();
  await page.waitForURL((u) => u.pathname === '/kiosk/questions/status');
  await page.getByRole('button', { name: 'Voir mon plan maintenant' }).click();
  await page.locator('.offer').first().waitFor();
  const hash = new URL(page.url()).hash;
  assert.match(hash, /n=housing/);
  assert.match(hash, /Nancy/, 'the plan page carries the town in its fragment');
}

/** The start screen, as the next person finds it: no answer anywhere, nothing to clear. */
export async function assertFreshStart(page, label) {
  const url = new URL(page.url());
  assert.equal(url.pathname, '/', `${label}: the start screen`);
  assert.equal(url.hash, '', `${label}: no fragment`);
  await heading(page, 'Choisissez votre langue');
  assert.equal(await page.locator('.site-header .button--finish').count(), 0, `${label}: nothing left to clear`);
  await page.getByRole('button', { name: 'Français', exact: true }).click();
  await page.locator('[data-need="housing"]').waitFor();
  assert.equal(await page.locator('[aria-pressed="true"]').count(), 0, `${label}: no need chosen`);
}
