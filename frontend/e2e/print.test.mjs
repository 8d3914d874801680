// The print view: A4, compact, the chosen language and French side by side, a QR code; no status unless
// the person ticked "include my status"; the service's own documents first; Latin names isolated in RTL.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import { axe, launch, OUT, readQr, shot } from './support.mjs';

const PLAN = '#l=ar&n=housing,rights&a=18-25&c=Nancy';
const DOCUMENTED = 'cimade-permanences-juridiques';
const DOCUMENTS = ['Récépissé ou titre de séjour', 'Tout courrier de la préfecture'];

/** Pages of a PDF made by Chromium (each page is one `/Type /Page` object, the tree is `/Pages`). */
const pageCount = (pdf) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;

// The service worker would answer the API itself, out of page.route's reach: these tests keep it away.
const noServiceWorker = () => {
  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register = () => new Promise(() => {});
  }
};

describe('print view', () => {
  let browser;
  before(async () => {
    browser = await launch({ init: noServiceWorker });
    // No seeded service lists its documents yet: one gets two, as an organisation would enter them.
    await browser.context.route('**/api/v1/services/lookup*', async (route) => {
      const response = await route.fetch();
      const json = await response.json();
      for (const service of json.items ?? []) {
        if (service.slug === DOCUMENTED) service.requiredDocuments = DOCUMENTS;
      }
      await route.fulfill({ response, json });
    });
  });
  after(async () => browser.close());
  beforeEach(async () => browser.page.emulateMedia({ media: 'screen' }));

  it('fits two needs with three offers each on two A4 pages, Arabic and French side by side', async () => {
    const { page } = browser;
    await page.goto(`/kiosk/plan/print${PLAN}`);
    await page.locator('.print-need').first().waitFor();
    assert.equal(await page.locator('.print-need').count(), 2);
    for (const need of await page.locator('.print-need').all()) {
      assert.ok((await need.locator('li').count()) >= 3, 'three offers per need');
    }
    const columns = await page.locator('.print-need').first().locator('.print-col').evaluateAll((cols) =>
      [...new Map(cols.map((c) => [c.getAttribute('lang'), c.getAttribute('dir')]))],
    );
    assert.deepEqual(columns, [['ar', 'rtl'], ['fr', 'ltr']]);
    assert.match(await page.locator('.print-head').textContent(), /Mon plan : à montrer à l’accueil/);
    assert.ok(await page.locator('.print-qr svg.qr').isVisible());
    await axe(page, 'ar-print-screen');
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('.site-footer').isVisible(), false, 'no kiosk chrome on paper');
    assert.equal(await page.locator('.site-header').isVisible(), false, 'no kiosk chrome on paper');
    assert.equal(await page.locator('.print-emergency').isVisible(), true, 'emergency numbers on paper');
    await shot(page, 'print-ar-fr', { fullPage: true });
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    writeFileSync(join(OUT, 'print-ar-fr.pdf'), pdf);
    assert.ok(pdf.length > 20_000, `the PDF has content (${pdf.length} bytes)`);
    assert.ok(pageCount(pdf) <= 2, `2 needs x 3 offers take ${pageCount(pdf)} A4 pages, at most 2 wanted`);
    // Small but readable: no text on paper under 8 pt (10.67 px).
    const smallest = await page.locator('.print').evaluate((root) => {
      let min = Infinity;
      for (const el of root.querySelectorAll('*')) {
        const style = getComputedStyle(el);
        const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim() !== '');
        if (own && style.display !== 'none' && el.closest('.visually-hidden') === null) {
          min = Math.min(min, parseFloat(style.fontSize));
        }
      }
      return min;
    });
    assert.ok(smallest >= 10.6, `smallest printed text ${smallest}px (8 pt minimum)`);
    await page.emulateMedia({ media: 'screen' });
  });

  it('lists the service’s own documents first, and the general advice only for the others', async () => {
    const { page } = browser;
    await page.goto(`/kiosk/plan/print${PLAN}`);
    await page.locator('.print-need').first().waitFor();
    for (const lang of ['ar', 'fr']) {
      const bring = page.locator(`[data-slug="${DOCUMENTED}"] .print-col[lang="${lang}"] .print-bring li`);
      const items = await bring.allTextContents();
      assert.deepEqual(items.slice(0, 2), DOCUMENTS, `${lang}: the documents come first`);
      const other = page.locator(`[data-slug]:not([data-slug="${DOCUMENTED}"]) .print-col[lang="${lang}"] .print-bring`).first();
      const general = lang === 'fr' ? /une pièce d’identité/ : /وثيقة هوية/;
      assert.doesNotMatch(items.join(' '), general, `${lang}: no general list where the service has its own`);
      assert.match(await other.textContent(), general, `${lang}: the general advice elsewhere`);
    }
  });

  it('isolates Latin names in the Arabic column and marks the language each text is in', async () => {
    const { page } = browser;
    await page.goto(`/kiosk/plan/print${PLAN}`);
    await page.locator('.print-need').first().waitFor();
    const names = await page.locator('.print-col[lang="ar"] .print-offer__name').evaluateAll((els) =>
      els.map((e) => [e.tagName, e.getAttribute('lang'), e.getAttribute('dir')]),
    );
    assert.ok(names.length >= 6, 'six offer names');
    for (const [tag, lang] of names) {
      assert.equal(tag, 'BDI', 'each name is a bdi');
      // Machine translations put Arabic names here too: each name still says which language it is in.
      assert.ok(lang && /^[a-z]{2,3}(-[A-Za-z]{2,4})?$/.test(lang), `the name carries the language it is in (${lang})`);
    }
    // Every run of Latin letters in the Arabic column sits in a bdi, an element with its own direction,
    // or between Unicode isolates: none can reorder the Arabic sentence around it.
    const loose = await page.locator('.print-col[lang="ar"]').evaluateAll((cols) => {
      const found = [];
      for (const col of cols) {
        const walker = document.createTreeWalker(col, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent.replace(/\u2068[^\u2069]*\u2069/g, '');
          if (!/[A-Za-z]{2,}/.test(text)) continue;
          let el = node.parentElement;
          let isolated = false;
          while (el && el !== col) {
            if (el.tagName === 'BDI' || ['auto', 'ltr'].includes(el.getAttribute('dir') ?? '')) isolated = true;
            el = el.parentElement;
          }
          if (!isolated && node.parentElement.closest('.visually-hidden') === null) found.push(text.trim());
        }
      }
      return found;
    });
    assert.deepEqual(loose, [], 'Latin text left loose in the Arabic column');
  });

  it('prints no status unless the person ticked "include my status"', async () => {
    const { page } = browser;
    await page.goto('/kiosk/plan#l=fr&n=housing,rights&c=Nancy&s=undocumented');
    await page.getByRole('heading', { level: 1, name: 'Votre plan' }).waitFor();
    await page.getByRole('link', { name: 'Imprimer mon plan' }).click();
    await page.locator('.print-need').first().waitFor();
    const unticked = await page.locator('.print').textContent();
    assert.doesNotMatch(unticked, /Quels sont vos papiers|Je n’ai pas de papiers en ce moment|votre situation/);
    assert.doesNotMatch(await readQr(page.locator('.print-qr svg.qr')), /[#&]s=/, 'no status in the printed code');

    await page.getByRole('link', { name: 'Retour' }).click();
    await page.getByRole('button', { name: 'L’emporter sur mon téléphone' }).click();
    await page.getByLabel('Inclure ma situation administrative').check();
    await page.getByRole('link', { name: 'Imprimer mon plan' }).click();
    await page.locator('.print-need').first().waitFor();
    assert.match(await page.locator('.print').textContent(), /Je n’ai pas de papiers en ce moment/, 'ticked: printed');
  });
});
