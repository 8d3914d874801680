// The print view: A4, large type, the chosen language and French side by side, a QR code.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { axe, launch, OUT, shot } from './support.mjs';

describe('print view', () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => browser.close());

  it('puts the plan in Arabic and in French side by side, ready for A4', async () => {
    const { page } = browser;
    await page.goto('/kiosk/plan/print#l=ar&n=housing,rights&a=18-25&c=Nancy');
    await page.locator('.print-need').first().waitFor();
    const columns = await page.locator('.print-need').first().locator('.print-col').evaluateAll((cols) =>
      cols.map((c) => [c.getAttribute('lang'), c.getAttribute('dir')]),
    );
    assert.deepEqual(columns, [['ar', 'rtl'], ['fr', 'ltr']]);
    assert.match(await page.locator('.print-head').textContent(), /Mon plan : à montrer à l’accueil/);
    assert.ok(await page.locator('.print-qr svg.qr').isVisible());
    await axe(page, 'ar-print-screen');
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('.site-footer').isVisible(), false, 'no kiosk chrome on paper');
    assert.equal(await page.locator('.print-emergency').isVisible(), true, 'emergency numbers on paper');
    await shot(page, 'print-ar-fr', { fullPage: true });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    writeFileSync(join(OUT, 'print-ar-fr.pdf'), pdf);
    assert.ok(pdf.length > 20_000, `the PDF has content (${pdf.length} bytes)`);
  });
});
