// Offline after the first visit: the service worker serves the shell, the domains and the last plan.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launch, shot } from './support.mjs';

describe('offline', () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => browser.close());

  it('reloads the plan while offline and says so', async () => {
    const { page, context } = browser;
    await page.goto('/');
    await page.waitForFunction(async () => Boolean((await navigator.serviceWorker.ready).active), null, { timeout: 15000 });
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15000 });
    await page.getByRole('button', { name: 'Français', exact: true }).click();
    await page.locator('[data-need="housing"]').click();
    await page.getByRole('button', { name: 'Voir mon plan maintenant' }).click();
    await page.locator('.offer').first().waitFor();
    const online = await page.locator('.offer').count();

    await context.setOffline(true);
    await page.reload();
    await page.getByText('Vous êtes hors connexion').waitFor();
    await page.locator('.offer').first().waitFor();
    assert.equal(await page.locator('.offer').count(), online, 'the saved plan is shown whole');
    await shot(page, 'offline-plan');

    await page.goto('/kiosk/needs');
    await page.locator('[data-need="housing"]').waitFor();
    await context.setOffline(false);
  });

  it('"finish" deletes the saved plan', async () => {
    const { page } = browser;
    await page.goto('/kiosk/plan#l=fr&n=housing');
    await page.locator('.offer').first().waitFor();
    assert.ok(await page.evaluate(async () => (await caches.keys()).includes('passerelle-plan-v1')));
    await page.getByRole('button', { name: 'Terminer et tout effacer' }).click();
    await page.waitForURL((u) => u.pathname === '/');
    await page.waitForFunction(async () => !(await caches.keys()).includes('passerelle-plan-v1'));
  });
});
