// The consent receipt in Debian's Chromium against the packaged jar and a real Keycloak (StaffE2EIT starts
// both): the desk's agent opens a case for a fictional person, prints the receipt in Arabic, Tigrinya and
// French to PDF, and the text read back from each PDF holds the sentences; the Noto Arabic and Ethiopic
// faces the app serves are embedded (no empty boxes), the QR code reads as the public privacy notice in
// the person's language, and a 360 px phone reads the page without scrolling sideways.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { axe, BASE_URL, launch, OUT, readQr } from '../e2e/support.mjs';

const AGENT = ['agent.demo', 'agent-demo-2026'];
/** A fictional person (LogPrivacyIT lists the name). */
const PERSON = 'Receipt Browser Person Yh';
const LABELS = JSON.parse(
  readFileSync(new URL('../../src/main/resources/referral/receipt-labels.json', import.meta.url), 'utf8'),
).labels;
const ARABIC_LETTERS = /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/;

/**
 * The text of a PDF, read back with pdf.js. Chromium writes right-to-left runs in visual order, so a run
 * of Arabic letters (and no Latin ones) is turned back to reading order before comparing; then NFKC folds
 * the presentation forms a PDF may hold into the letters, and white space is collapsed.
 */
async function pdfText(pdf) {
  const doc = await getDocument({ data: new Uint8Array(pdf), disableFontFace: true, verbosity: 0 }).promise;
  const runs = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    for (const item of content.items) {
      const rtl = ARABIC_LETTERS.test(item.str) && !/[A-Za-z]/.test(item.str);
      runs.push(rtl ? Array.from(item.str).reverse().join('') : item.str);
    }
  }
  return normalise(runs.join(' '));
}

const normalise = (text) => text.normalize('NFKC').replace(/\s+/g, ' ').trim();

/** The font names a Chromium PDF embeds (its font dictionaries are not compressed). */
const embeddedFonts = (pdf) =>
  [...pdf.toString('latin1').matchAll(/\/BaseFont\s*\/(?:[A-Z]{6}\+)?([A-Za-z0-9_-]+)/g)].map((m) => m[1]);

async function signIn(page, [username, password]) {
  await page.waitForURL((u) => u.pathname.includes('/protocol/openid-connect/auth'), { timeout: 20_000 });
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(password);
  await page.locator('#kc-login').click();
}

/** The desk's own API calls, from the signed-in page: session cookie and CSRF header, as the SPA sends them. */
async function post(page, path, body) {
  return page.evaluate(
    async ([p, b]) => {
      const csrf = document.cookie.split('; ').find((c) => c.startsWith('passerelle-csrf='))?.split('=')[1] ?? '';
      const response = await fetch(p, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-CSRF-Token': decodeURIComponent(csrf) },
        body: JSON.stringify(b),
      });
      return { status: response.status, json: await response.json() };
    },
    [path, body],
  );
}

describe('consent receipt', () => {
  let b;
  let caseId;
  const fonts = [];

  before(async () => {
    b = await launch({ locale: 'fr-FR', viewport: { width: 1280, height: 900 } });
    b.page.on('response', (r) => {
      if (r.url().includes('/receipt-fonts/')) fonts.push([new URL(r.url()).pathname, r.status()]);
    });
    await b.page.goto('/desk');
    await signIn(b.page, AGENT);
    await b.page.waitForURL((u) => u.pathname === '/desk');
    const opened = await post(b.page, '/api/v1/cases', {
      person: { name: PERSON, languages: ['ti'], contactChannel: 'phone', birthYear: 1999 },
      needs: ['rights'],
      consent: { organizations: ['la-cimade'], fields: ['name'], textVersion: '2026-12', textLang: 'ti' },
    });
    assert.equal(opened.status, 201, JSON.stringify(opened.json));
    caseId = opened.json.id;
    const referred = await post(b.page, `/api/v1/cases/${caseId}/referrals`, {
      service: 'cimade-permanences-juridiques',
      need: 'rights',
      send: true,
    });
    assert.equal(referred.status, 201, JSON.stringify(referred.json));
  });
  after(async () => b?.close());

  for (const [lang, font] of [
    ['ar', 'NotoSansArabic'],
    ['ti', 'NotoSansEthiopic'],
    ['fr', null],
  ]) {
    it(`prints the receipt in ${lang}${lang === 'fr' ? '' : ' and French'} and reads the sentences back from the PDF`, async () => {
      const { page } = b;
      await page.emulateMedia({ media: 'screen' });
      const response = await page.goto(`/api/v1/cases/${caseId}/consent-receipt?lang=${lang}`);
      assert.equal(response.status(), 200);
      assert.equal(response.headers()['cache-control'], 'no-store');
      await page.evaluate(() => document.fonts.ready);
      const hint = page.locator('.hint');
      assert.equal(await hint.isVisible(), true, 'the print hint shows on screen');
      if (font) {
        const family = font === 'NotoSansArabic' ? 'Noto Sans Arabic' : 'Noto Sans Ethiopic';
        const loaded = await page.evaluate(
          (f) => [...document.fonts].filter((face) => face.family.replace(/"/g, '') === f && face.status === 'loaded').length,
          family,
        );
        assert.ok(loaded > 0, `${family} came from the app`);
        assert.equal(
          await page.locator(`.col[lang="${lang}"]`).first().getAttribute('dir'),
          lang === 'ar' ? 'rtl' : 'ltr',
        );
        await axe(page, `receipt-${lang}`);
        // The QR code, read as a phone would: the public privacy notice in the person's language, nothing else.
        assert.equal(await readQr(page.locator('svg.qr')), `${BASE_URL}/kiosk/privacy#l=${lang}`);
      }
      await page.emulateMedia({ media: 'print' });
      assert.equal(await hint.isVisible(), false, 'the hint is not printed');
      const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
      writeFileSync(join(OUT, `receipt-${lang}.pdf`), pdf);
      const text = await pdfText(pdf);
      for (const key of ['title', 'intro', 'withdrawTitle']) {
        assert.ok(text.includes(normalise(LABELS[lang][key])), `${lang} ${key} in the PDF: ${LABELS[lang][key]}`);
        assert.ok(text.includes(normalise(LABELS.fr[key])), `fr ${key} in the PDF`);
      }
      assert.ok(text.includes('La Cimade'), 'the organisation');
      assert.ok(text.includes(PERSON), 'the name given');
      assert.ok(!text.includes('1999'), 'no birth year on paper');
      if (font) {
        const embedded = embeddedFonts(pdf);
        assert.ok(embedded.some((name) => name.startsWith(font)), `${font} embedded, not a fallback: ${embedded}`);
      } else {
        assert.equal(await page.locator('.col[lang="ar"], .col[lang="ti"]').count(), 0, 'French only');
      }
      await page.emulateMedia({ media: 'screen' });
    });
  }

  it('served the faces from the app, and the page is readable on a 360 px phone', async () => {
    assert.ok(fonts.some(([path, status]) => path.includes('noto-sans-arabic') && status === 200), JSON.stringify(fonts));
    assert.ok(fonts.some(([path, status]) => path.includes('noto-sans-ethiopic') && status === 200), JSON.stringify(fonts));
    const { page } = b;
    await page.setViewportSize({ width: 360, height: 640 });
    await page.goto(`/api/v1/cases/${caseId}/consent-receipt?lang=ar`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the receipt scrolls sideways by ${overflow} px`);
    const size = await page.locator('.intro').first().evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    assert.ok(size >= 16, `body text ${size}px on a phone`);
    assert.deepEqual(b.errors, [], 'no script error and nothing the Content-Security-Policy blocked');
  });
});
