// The town question in a real browser against the packaged jar: the person types part of a town, the
// kiosk suggests communes (POST /api/v1/places/suggest), the person picks one with the keyboard, and the
// plan is made for that commune. What was typed never appears in a request URL (URLs end up in logs;
// docs/architecture.md §8): page.on('request') records every request of the page. The service worker is
// kept away, as in print.test.mjs: a request that passes through its fetch handler is not always reported
// to the page, and it adds no request of its own with what was typed (it stores no POST; src/sw/sw.ts). A homonym (Saint-Denis) is
// asked about, never picked silently. axe-core on the open list and on the question, in French and Arabic.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { assertControlsUsable, axe, catalogue, heading, KIOSK, launch, shot } from './support.mjs';

const NO_SERVICE_WORKER = () => {
  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register = () => new Promise(() => {});
  }
};

for (const code of ['fr', 'ar']) {
  const M = catalogue(code);
  const native = { fr: 'Français', ar: 'العربية' }[code];

  describe(`the town question in ${code}`, () => {
    let browser;
    /** Every request URL the page made, and the bodies of the posts that carried what was typed. */
    const urls = [];
    const bodies = [];
    before(async () => {
      browser = await launch({ locale: code === 'fr' ? 'fr-FR' : 'de-DE', viewport: KIOSK, init: NO_SERVICE_WORKER });
      browser.page.on('request', (r) => {
        urls.push(r.url());
        if (r.method() === 'POST') bodies.push({ url: r.url(), body: r.postData() ?? '' });
      });
    });
    after(async () => browser.close());

    const toTheTownQuestion = async (page) => {
      await page.goto('/');
      await page.getByRole('button', { name: native, exact: true }).click();
      await page.locator('[data-need="housing"]').click();
      await page.getByRole('button', { name: M['needs.questions'] }).click();
      for (let i = 0; i < 3; i++) {
        await page.getByRole('button', { name: M['q.skip'] }).click();
      }
      await heading(page, M['q.city.heading']);
    };

    it('suggests towns as the person types, chosen with the arrows and Enter; the town is never in a URL', async () => {
      const { page } = browser;
      await toTheTownQuestion(page);
      const field = page.getByRole('combobox', { name: M['q.city.label'] });
      assert.equal(await field.getAttribute('aria-expanded'), 'false');
      // Most populous first: Toulouse before Toulon ("toul" alone is first the commune Toul), Nantes before Nancy.
      const typed = code === 'fr' ? 'toulo' : 'nan';
      const town = code === 'fr' ? 'Toulouse' : 'Nantes';
      await field.pressSequentially(typed, { delay: 60 });
      const list = page.getByRole('listbox');
      await list.getByRole('option', { name: new RegExp(town) }).first().waitFor();
      const count = await list.getByRole('option').count();
      assert.ok(count > 1, `several suggestions for ${typed}`);
      assert.equal(await field.getAttribute('aria-expanded'), 'true');
      assert.equal(await field.getAttribute('aria-controls'), await list.getAttribute('id'));
      await axe(page, `town-${code}-open`);
      await shot(page, `town-${code}-suggestions`);

      // The keyboard: down to the first option (the town), back up wraps to the last, down again to the first.
      await field.press('ArrowDown');
      const first = page.locator('#city-option-0');
      assert.equal(await field.getAttribute('aria-activedescendant'), 'city-option-0');
      assert.equal(await first.getAttribute('aria-selected'), 'true');
      assert.match(await first.textContent(), new RegExp(town));
      await field.press('ArrowUp');
      assert.equal(await field.getAttribute('aria-activedescendant'), `city-option-${count - 1}`);
      await field.press('ArrowDown');
      assert.equal(await field.getAttribute('aria-activedescendant'), 'city-option-0');
      // Escape closes the list, the arrows open it again.
      await field.press('Escape');
      assert.equal(await field.getAttribute('aria-expanded'), 'false');
      await field.press('ArrowDown');
      assert.equal(await field.getAttribute('aria-expanded'), 'true');
      await field.press('Enter');
      await heading(page, M['q.status.heading']);

      const triage = page.waitForRequest((r) => r.url().includes('/api/v1/triage'));
      await page.getByRole('button', { name: M['q.seePlan'] }).click();
      const request = await triage;
      assert.equal(JSON.parse(request.postData()).city, town, 'the chosen commune goes to the triage in the body');
      const plan = await (await request.response()).json();
      assert.equal(plan.place.status, 'found');
      assert.equal(plan.place.commune.name, town);
      await heading(page, M['plan.heading']);

      // Not one request URL of the session holds what was typed or the town chosen.
      assert.ok(urls.length > 5, 'requests were recorded');
      for (const url of urls) {
        const decoded = decodeURIComponent(url).toLowerCase();
        assert.ok(!decoded.includes(typed) && !decoded.includes(town.toLowerCase()), `the town in a URL: ${url}`);
      }
      assert.ok(bodies.some((b) => b.url.endsWith('/api/v1/places/suggest') && b.body.includes(typed)), `typed text in a POST body: ${JSON.stringify(bodies)}`);
    });

    it('asks which Saint-Denis when the name alone does not tell, and places the person in the one chosen', async () => {
      const { page } = browser;
      await toTheTownQuestion(page);
      const field = page.getByRole('combobox', { name: M['q.city.label'] });
      await field.fill('Saint-Denis');
      await page.getByRole('listbox').getByRole('option').first().waitFor();
      // Confirmed without picking a suggestion: several communes have that name, so the kiosk asks.
      await field.press('Enter');
      const question = page.getByText(M['q.city.which'].replace('{city}', 'Saint-Denis'));
      await question.waitFor();
      const choices = page.locator('.town-question .town-choice');
      const codes = await choices.evaluateAll((buttons) => buttons.map((b) => b.dataset.code));
      assert.ok(codes.includes('93066') && codes.includes('97411'), `Saint-Denis of 93 and of 974: ${codes}`);
      await axe(page, `town-${code}-which`);
      await assertControlsUsable(page, `town-${code}-which`);
      await shot(page, `town-${code}-which`);
      await page.locator('.town-question [data-code="93066"]').click();
      await heading(page, M['q.status.heading']);
      const triage = page.waitForRequest((r) => r.url().includes('/api/v1/triage'));
      await page.getByRole('button', { name: M['q.seePlan'] }).click();
      const request = await triage;
      const body = JSON.parse(request.postData());
      assert.equal(body.city, 'Saint-Denis');
      assert.match(body.postcode, /^93\d\d\d$/);
      const plan = await (await request.response()).json();
      assert.equal(plan.place.status, 'found');
      assert.equal(plan.place.commune.departmentCode, '93');
      await heading(page, M['plan.heading']);
      assert.match(page.url(), /[#&]p=93\d\d\d/, 'the postcode travels in the fragment with the town');
      for (const url of urls) {
        assert.ok(!decodeURIComponent(url).toLowerCase().includes('saint-denis'), `the town in a URL: ${url}`);
      }
      assert.deepEqual(browser.errors, []);
    });
  });
}
