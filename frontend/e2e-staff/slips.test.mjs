// The referral slips in Debian's Chromium against the packaged jar and a real Keycloak (StaffE2EIT starts
// both), as receipt.test.mjs does for the consent receipt: the desk's agent opens a case for a fictional
// person with two live referrals, follows the case page's link, and the slips print to a PDF of exactly
// two A4 pages whose text (pdftotext) holds each service and the labels in Arabic and French, with the
// Noto Arabic face embedded; the QR code reads as the service's kiosk page in Arabic; axe finds nothing.
// The public slips (no case) print one page per service too, in Tigrinya beside French.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { axe, BASE_URL, launch, readQr } from '../e2e/support.mjs';
import { AGENT, cameBack, collapse, embeddedFonts, pdfPages, pdfText, post, printToPdf, signIn } from './staff-support.mjs';

/** A fictional person (LogPrivacyIT lists the name); the slips must never show it. */
const PERSON = 'Slips Browser Person Jd';
const LABELS = JSON.parse(
  readFileSync(new URL('../../src/main/resources/referral/slip-labels.json', import.meta.url), 'utf8'),
).labels;
const CIMADE = 'cimade-permanences-juridiques';
const ADOMA = 'adoma-logement-accompagne';
/** The two services as the catalogue names them, in French and in Arabic (demo catalogue, translations/ar.json). */
const NAMES = {
  [CIMADE]: { fr: "Permanences d'accompagnement juridique et administratif (La Cimade)", ar: 'جلسات استشارة قانونية وإدارية' },
  [ADOMA]: { fr: 'Logement accompagné en résidence (Adoma)', ar: 'سكن مع مرافقة في إقامات' },
};

describe('referral slips', () => {
  let b;
  let caseId;

  before(async () => {
    b = await launch({ locale: 'fr-FR', viewport: { width: 1280, height: 900 } });
    await b.page.goto('/desk');
    await signIn(b.page, AGENT);
    await b.page.waitForURL((u) => u.pathname === '/desk');
    const opened = await post(b.page, '/api/v1/cases', {
      person: { name: PERSON, languages: ['ar'], contactChannel: 'phone', birthYear: 1999, status: 'asylum-seeker' },
      needs: ['rights', 'housing'],
      consent: { organizations: ['la-cimade', 'adoma'], fields: ['name'], textVersion: '2026-12', textLang: 'ar' },
    });
    assert.equal(opened.status, 201, JSON.stringify(opened.json));
    caseId = opened.json.id;
    for (const [service, need, send] of [
      [CIMADE, 'rights', true],
      [ADOMA, 'housing', false],
    ]) {
      const referred = await post(b.page, `/api/v1/cases/${caseId}/referrals`, { service, need, send });
      assert.equal(referred.status, 201, JSON.stringify(referred.json));
    }
  });
  after(async () => b?.close());

  it('links from the case page, and prints one A4 page per referral with the services in Arabic and French', async () => {
    const { page } = b;
    await page.goto(`/desk/cases/${caseId}`);
    const link = page.getByRole('link', { name: 'Imprimer les fiches d’orientation' });
    assert.equal(await link.getAttribute('href'), `/api/v1/cases/${caseId}/referral-slips?lang=ar`);
    assert.equal(await link.getAttribute('target'), '_blank');
    assert.equal(
      await page.getByRole('link', { name: 'Imprimer le reçu de consentement' }).getAttribute('href'),
      `/api/v1/cases/${caseId}/consent-receipt?lang=ar`,
    );

    const response = await page.goto(await link.getAttribute('href'));
    assert.equal(response.status(), 200);
    assert.equal(response.headers()['cache-control'], 'no-store');
    assert.match(response.headers()['content-security-policy'], /default-src 'none'/);
    await page.evaluate(() => document.fonts.ready);
    assert.equal(await page.locator('section.slip').count(), 2);
    assert.equal(await page.locator('.col[lang="ar"]').first().getAttribute('dir'), 'rtl');
    assert.equal(await page.locator('.col[lang="fr"]').first().getAttribute('dir'), 'ltr');
    await axe(page, 'slips-ar');
    // The QR code, read as a phone would: the service's kiosk page, in Arabic; nothing about the person.
    const codes = page.locator('svg.qr');
    assert.equal(await readQr(codes.nth(0)), `${BASE_URL}/kiosk/services/${CIMADE}#l=ar`);
    assert.equal(await readQr(codes.nth(1)), `${BASE_URL}/kiosk/services/${ADOMA}#l=ar`);

    const file = await printToPdf(page, 'slips-ar');
    assert.equal(pdfPages(file), 2, 'one A4 page per referral');
    const text = pdfText(file);
    for (const names of Object.values(NAMES)) {
      assert.ok(cameBack(text, names.fr, 'fr'), `the service in French: ${names.fr}`);
      assert.ok(cameBack(text, names.ar, 'ar'), `the service in Arabic: ${names.ar}`);
    }
    for (const key of ['title', 'wayInTitle', 'bringTitle', 'show']) {
      assert.ok(cameBack(text, LABELS.fr[key], 'fr'), `fr ${key} in the PDF`);
      assert.ok(cameBack(text, LABELS.ar[key], 'ar'), `ar ${key} in the PDF: ${LABELS.ar[key]}`);
    }
    assert.ok(!collapse(text).includes(PERSON) && !text.includes('Slips Browser'), 'no name on a slip');
    assert.ok(!text.includes('1999'), 'no birth year on a slip');
    const embedded = embeddedFonts(file);
    assert.match(embedded, /\+NotoSansArabic-Regular\s/, `Noto Sans Arabic embedded, not a fallback:\n${embedded}`);
  });

  it('prints the public slips, with no case, one page per service, in Tigrinya beside French', async () => {
    const { page } = b;
    const services = [CIMADE, ADOMA, 'ftda-information-orientation'];
    const response = await page.goto(`/api/v1/referral-slips?${services.map((s) => `service=${s}`).join('&')}&lang=ti`);
    assert.equal(response.status(), 200);
    await page.evaluate(() => document.fonts.ready);
    assert.equal(await page.locator('section.slip').count(), 3);
    assert.equal(await page.locator('.ref').count(), 0, 'no reference without a case');
    await axe(page, 'slips-ti');
    assert.equal(await readQr(page.locator('svg.qr').nth(2)), `${BASE_URL}/kiosk/services/ftda-information-orientation#l=ti`);
    const file = await printToPdf(page, 'slips-public-ti');
    assert.equal(pdfPages(file), 3, 'one A4 page per service');
    const text = pdfText(file);
    for (const key of ['title', 'wayInTitle', 'qr']) {
      assert.ok(cameBack(text, LABELS.ti[key], 'ti'), `ti ${key} in the PDF: ${LABELS.ti[key]}`);
      assert.ok(cameBack(text, LABELS.fr[key], 'fr'), `fr ${key} in the PDF`);
    }
    assert.match(embeddedFonts(file), /\+NotoSansEthiopic-Regular\s/);
  });

  it('reads on a 360 px phone without scrolling sideways, with nothing blocked', async () => {
    const { page } = b;
    await page.setViewportSize({ width: 360, height: 640 });
    await page.goto(`/api/v1/cases/${caseId}/referral-slips?lang=ar`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the slips scroll sideways by ${overflow} px`);
    assert.deepEqual(b.errors, [], 'no script error and nothing the Content-Security-Policy blocked');
  });
});
