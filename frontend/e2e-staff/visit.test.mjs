// The desk's visit in Debian's Chromium against the packaged jar and a real Keycloak (StaffE2EIT starts
// both): the agent pastes the kiosk plan link of an Arabic-speaking visitor (rights and French, Nancy),
// picks two offers of two organisations (La Cimade, which has a partner account, and one without), shows
// the consent text in Arabic, records consent, enters a fictional pseudonym, opens the case and sends both
// referrals, and lands on the case page with two sent referrals. axe-core on every step in English and
// French, the consent step with its Arabic text; nothing of the person in the URL, the history or storage.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { axe, BASE_URL, heading, launch, shot } from '../e2e/support.mjs';
import { readFileSync } from 'node:fs';
import { AGENT, assertFocus, assertNothingPersonalLeft, cameBack, pdfPages, pdfText, printToPdf, recordVisitedUrls, signIn } from './staff-support.mjs';

const labels = (file) => JSON.parse(readFileSync(new URL(`../../src/main/resources/referral/${file}`, import.meta.url), 'utf8')).labels;
const SLIP = labels('slip-labels.json');
const RECEIPT = labels('receipt-labels.json');

const DESKTOP = { width: 1366, height: 900 };
/** A fictional person (LogPrivacyIT lists the name). */
const PERSON = 'Visit Browser Person Wq';
const NOTE = 'Rendez-vous souhaité ce mois-ci.';
/** Organisations of the demo that are a desk or have a partner account (memberships.json). */
const WITH_ACCOUNT = ['la-cimade', 'adoma', 'guichet-unique-nancy', 'guichet-unique-metz'];

/** Ticks "refer" on an offer of the plan, or finds it with the catalogue search when the plan has none. */
async function pick(page, planOffer, query, result) {
  if ((await planOffer.count()) > 0) {
    const offer = planOffer.first();
    await offer.locator('input[name="refer"]').check();
    return { slug: await offer.getAttribute('data-slug'), org: await offer.getAttribute('data-org') };
  }
  await page.locator('#visit-q').fill(query);
  await page.locator('#visit-q').press('Enter');
  const found = page.locator(result).first();
  await found.waitFor();
  await found.locator('input[name="refer"]').check();
  return { slug: await found.getAttribute('data-slug'), org: await found.getAttribute('data-org') };
}

describe('the visit', () => {
  for (const [locale, words] of [
    [
      'en-GB',
      {
        desk: 'The desk', start: 'Start with a visitor', open: 'Open this plan', triage: 'Start a triage', questions: 'The questions',
        back: 'Back', plan: 'The plan', toConsent: 'Go on to consent', consent: 'Consent', none: 'No consent: print only',
        print: 'No consent: nothing is saved', slips: /Print the slips/, record: 'Record consent and go on', person: 'The person',
        next: 'Go on', send: 'Open the case and send', go: 'Open the case and send 2 referrals', kase: 'Case', referrals: 'Referrals (2)', sent: 'Sent',
      },
    ],
    [
      'fr-FR',
      {
        desk: 'Le guichet', start: 'Commencer avec une personne', open: 'Ouvrir ce plan', triage: 'Commencer un questionnaire', questions: 'Les questions',
        back: 'Retour', plan: 'Le plan', toConsent: 'Passer au consentement', consent: 'Consentement', none: 'Pas de consentement : impression seulement',
        print: 'Pas de consentement : rien n’est enregistré', slips: /Imprimer les fiches/, record: 'Enregistrer le consentement et continuer',
        person: 'La personne', next: 'Continuer', send: 'Ouvrir le dossier et envoyer', go: 'Ouvrir le dossier et envoyer 2 orientations',
        kase: 'Dossier', referrals: 'Orientations (2)', sent: 'Envoyée',
      },
    ],
  ]) {
    it(`opens an Arabic visitor's kiosk plan, records consent in Arabic, opens the case and sends two referrals (${locale})`, async () => {
      const b = await launch({ locale, viewport: DESKTOP });
      const visited = recordVisitedUrls(b.page);
      try {
        await b.page.goto('/desk');
        await signIn(b.page, AGENT);
        await b.page.waitForURL((u) => u.pathname === '/desk');
        await heading(b.page, words.desk);
        await b.page.getByRole('link', { name: words.start }).click();
        await b.page.waitForURL((u) => u.pathname === '/desk/visit');
        await heading(b.page, words.start);
        await axe(b.page, `visit-start-${locale}`);

        // The triage's questions side by side, in the agent's words and in Arabic, right to left.
        await b.page.getByRole('button', { name: words.triage }).click();
        await heading(b.page, words.questions);
        await b.page.locator('input[name="visitor-lang"][value="ar"]').check();
        await b.page.locator('.visit-pair__visitor[lang="ar"][dir="rtl"]').first().waitFor();
        await axe(b.page, `visit-triage-ar-${locale}`);
        await b.page.getByRole('button', { name: words.back, exact: true }).click();
        await heading(b.page, words.start);

        // An invalid link says so at the field; the kiosk's link opens the plan, with the keyboard.
        await b.page.locator('#visit-link').fill(`${BASE_URL}/kiosk/services/nothing`);
        await b.page.locator('#visit-link').press('Enter');
        await b.page.locator('#visit-link-error').waitFor();
        await b.page.locator('#visit-link').fill(`${BASE_URL}/kiosk/plan#l=ar&n=rights,french&c=Nancy&o=qr`);
        await b.page.locator('#visit-link').press('Enter');
        await heading(b.page, words.plan);
        await assertFocus(b.page, () => document.activeElement?.tagName === 'H1', undefined, 'the step’s heading takes focus');
        await b.page.locator('li.visit-offer').first().waitFor();
        assert.equal(new URL(b.page.url()).pathname, '/desk/visit');
        assert.equal(new URL(b.page.url()).hash, '', 'the answers never enter the desk’s URL');
        await axe(b.page, `visit-plan-${locale}`);

        // La Cimade (a partner account), and an offer for French of an organisation without one.
        const cimade = await pick(b.page, b.page.locator('li.visit-offer[data-org="la-cimade"]'), 'Cimade', '.staff-list__item[data-org="la-cimade"]');
        const without = WITH_ACCOUNT.map((o) => `:not([data-org="${o}"])`).join('');
        const caec = b.page.locator('li.visit-offer[data-slug="caec-sessions-examens-langue"]');
        const other = await pick(
          b.page,
          (await caec.count()) > 0 ? caec : b.page.locator(`section[aria-labelledby="visit-need-french"] li.visit-offer${without}`),
          'CAEC',
          `.staff-list__item${without}`,
        );
        assert.equal(cimade.org, 'la-cimade');
        assert.ok(other.org && !WITH_ACCOUNT.includes(other.org), `an organisation without an account: ${other.org}`);
        await b.page.locator('#visit-selected').scrollIntoViewIfNeeded();
        assert.equal(await b.page.locator('section[aria-labelledby="visit-selected"] li').count(), 2);
        await shot(b.page, `visit-plan-${locale}`);
        await b.page.getByRole('button', { name: words.toConsent }).click();

        // Consent: the text in Arabic beside the French; without consent, only the public slips.
        await heading(b.page, words.consent);
        await b.page.locator('.visit-consent-text[lang="ar"][dir="rtl"]').waitFor();
        await b.page.locator('.visit-consent-text[lang="fr"]').waitFor();
        for (const org of [cimade.org, other.org]) assert.ok(await b.page.locator(`[data-org="${org}"] input`).isChecked(), org);
        assert.equal(await b.page.locator('input[name="fields"][value="status"]').isChecked(), false);
        await axe(b.page, `visit-consent-ar-${locale}`);
        await shot(b.page, `visit-consent-ar-${locale}`);
        await b.page.getByRole('button', { name: words.none }).click();
        await heading(b.page, words.print);
        const slips = new URL(await b.page.getByRole('link', { name: words.slips }).getAttribute('href'), BASE_URL);
        assert.equal(slips.pathname, '/api/v1/referral-slips');
        assert.deepEqual(slips.searchParams.getAll('service').sort(), [cimade.slug, other.slug].sort());
        assert.equal(slips.searchParams.get('lang'), 'ar');
        // The public slips answer without the session's help: a page to print, in Arabic.
        const printed = await b.page.evaluate(async (url) => {
          const response = await fetch(url, { credentials: 'omit' });
          return { status: response.status, type: response.headers.get('content-type'), html: await response.text() };
        }, slips.href);
        assert.equal(printed.status, 200);
        assert.match(printed.type ?? '', /text\/html/);
        assert.match(printed.html, /lang="ar"/);
        await axe(b.page, `visit-print-${locale}`);
        await b.page.getByRole('button', { name: words.back, exact: true }).click();
        await heading(b.page, words.consent);

        // The gate: not without "the person agrees".
        await b.page.getByRole('button', { name: words.record }).click();
        await b.page.locator('#visit-agrees-error').waitFor();
        await heading(b.page, words.consent);
        await b.page.locator('#visit-agrees').check();
        await b.page.getByRole('button', { name: words.record }).click();

        await heading(b.page, words.person);
        await b.page.locator('#visit-name').waitFor();
        assert.ok(await b.page.locator('input[name="languages"][value="ar"]').isChecked(), 'the visitor’s language is ticked');
        await axe(b.page, `visit-person-${locale}`);
        await b.page.locator('#visit-name').fill(PERSON);
        await b.page.locator(`#visit-note-${cimade.slug}`).fill(NOTE);
        await b.page.locator('#visit-contact').selectOption('through-the-desk');
        await b.page.getByRole('button', { name: words.next, exact: true }).click();

        await heading(b.page, words.send);
        await axe(b.page, `visit-send-${locale}`);
        await shot(b.page, `visit-send-${locale}`);
        await b.page.getByRole('button', { name: words.go }).click();

        // The case page, by its id only, with both referrals sent.
        await b.page.waitForURL((u) => /^\/desk\/cases\/[0-9a-f-]{36}$/.test(u.pathname), { timeout: 20_000 });
        await heading(b.page, new RegExp(`${words.kase} PAS-\\d{4}-\\d{6}`));
        await b.page.getByRole('heading', { level: 2, name: words.referrals }).waitFor();
        const referrals = b.page.locator('section[aria-labelledby="case-referrals"] li.staff-list__item');
        assert.equal(await referrals.count(), 2);
        assert.equal(await referrals.locator('strong', { hasText: words.sent }).count(), 2);
        await b.page.getByText(PERSON, { exact: true }).waitFor();
        await axe(b.page, `visit-case-${locale}`);

        // What the visitor takes away, from the case page's links: the receipt and one slip per referral,
        // in Arabic beside French, read back from the printed PDF (once: the words are the server's).
        const reference = /PAS-\d{4}-\d{6}/.exec(await b.page.locator('h1').innerText())?.[0];
        if (locale === 'en-GB') {
          const receiptHref = await b.page.getByRole('link', { name: 'Print the consent receipt' }).getAttribute('href');
          const slipsHref = await b.page.getByRole('link', { name: 'Print the referral slips' }).getAttribute('href');
          assert.match(receiptHref, /lang=ar$/);
          assert.match(slipsHref, /lang=ar$/);
          const printout = await b.context.newPage();
          try {
            await printout.goto(slipsHref);
            await printout.evaluate(() => document.fonts.ready);
            await axe(printout, 'visit-slips-ar');
            const slipsPdf = await printToPdf(printout, 'visit-slips-ar');
            assert.equal(pdfPages(slipsPdf), 2, 'one A4 page per referral');
            const slipsText = pdfText(slipsPdf);
            for (const [lang, key] of [['fr', 'title'], ['ar', 'title'], ['fr', 'wayInTitle'], ['ar', 'wayInTitle']]) {
              assert.ok(cameBack(slipsText, SLIP[lang][key], lang), `slips: ${lang} ${key}`);
            }
            assert.ok(slipsText.includes(reference), 'the case reference on the slips');
            assert.ok(!slipsText.includes(PERSON), 'no name on a slip');

            await printout.goto(receiptHref);
            await printout.evaluate(() => document.fonts.ready);
            await axe(printout, 'visit-receipt-ar');
            const receiptText = pdfText(await printToPdf(printout, 'visit-receipt-ar'));
            assert.ok(cameBack(receiptText, RECEIPT.ar.title, 'ar'), 'receipt: the Arabic title');
            assert.ok(cameBack(receiptText, RECEIPT.fr.title, 'fr'), 'receipt: the French title');
          } finally {
            await printout.close();
          }
        }

        // Nothing about the person left in the browser: storage of every kind, cookies, the addresses shown.
        assert.ok(visited.some((u) => u.includes('/desk/visit')), 'the visited addresses were recorded');
        await assertNothingPersonalLeft(b, visited, [PERSON, NOTE, 'Visit Browser', 'rights,french', 'n=rights', /l=ar(&|$)/]);
        assert.deepEqual(b.errors, []);
      } finally {
        await b.close();
      }
    });
  }
});
