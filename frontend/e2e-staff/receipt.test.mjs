// The consent receipt in Debian's Chromium against the packaged jar and a real Keycloak (StaffE2EIT starts
// both): the desk's agent opens a case for a fictional person, prints the receipt in Arabic, Tigrinya and
// French to PDF, and the text read back from each PDF (pdftotext) holds the sentences; the Noto Arabic and Ethiopic
// faces the app serves are embedded (no empty boxes), the QR code reads as the public privacy notice in
// the person's language, and a 360 px phone reads the page without scrolling sideways.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { axe, BASE_URL, launch, OUT, readQr } from '../e2e/support.mjs';
import { AGENT, cameBack, collapse, embeddedFonts, pdfText, post, signIn } from './staff-support.mjs';

/** A fictional person (LogPrivacyIT lists the name). */
const PERSON = 'Receipt Browser Person Yh';
const LABELS = JSON.parse(
  readFileSync(new URL('../../src/main/resources/referral/receipt-labels.json', import.meta.url), 'utf8'),
).labels;

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
      const file = join(OUT, `receipt-${lang}.pdf`);
      writeFileSync(file, await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }));
      const text = pdfText(file);
      for (const key of ['title', 'intro', 'withdrawTitle', 'withdraw', 'sharedAlways']) {
        const sentence = LABELS[lang][key];
        assert.ok(cameBack(text, sentence, lang), `${lang} ${key} in the PDF: ${sentence}`);
        assert.ok(cameBack(text, LABELS.fr[key], 'fr'), `fr ${key} in the PDF`);
      }
      assert.ok(text.includes('La Cimade'), 'the organisation');
      assert.ok(collapse(text).includes(PERSON), 'the name given');
      assert.ok(!text.includes('1999'), 'no birth year on paper');
      if (font) {
        const embedded = embeddedFonts(file);
        assert.match(embedded, new RegExp(`\\+${font}-Regular\\s`), `${font} embedded, not a fallback:\n${embedded}`);
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
