// The desk's visit in Debian's Chromium against the packaged jar and a real Keycloak (StaffE2EIT starts
// both): the agent pastes the kiosk plan link of an Arabic-speaking visitor (rights and French, Nancy),
// picks two offers of two organisations (La Cimade, which has a partner account, and one without), shows
// the consent text in Arabic, records consent, enters a fictional pseudonym, opens the case and sends both
// referrals, and lands on the case page with two sent referrals. axe-core on every step in English and
// French, the consent step with its Arabic text; nothing of the person in the URL, the history or storage.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { axe, BASE_URL, heading, launch, shot } from '../e2e/support.mjs';

const AGENT = ['agent.demo', 'agent-demo-2026'];
const DESKTOP = { width: 1366, height: 900 };
/** A fictional person (LogPrivacyIT lists the name). */
const PERSON = 'Visit Browser Person Wq';
const NOTE = 'Rendez-vous souhaité ce mois-ci.';
/** Organisations of the demo that are a desk or have a partner account (memberships.json). */
const WITH_ACCOUNT = ['la-cimade', 'adoma', 'guichet-unique-nancy', 'guichet-unique-metz'];

async function signIn(page, [username, password]) {
  await page.waitForURL((u) => u.pathname.includes('/protocol/openid-connect/auth'), { timeout: 20_000 });
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(password);
  await page.locator('#kc-login').click();
}

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
        assert.equal(await b.page.evaluate(() => document.activeElement?.tagName), 'H1', 'the step’s heading takes focus');
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

        // Nothing about the person in the URL, the history entries or the page's storage.
        assert.doesNotMatch(b.page.url(), /Visit|Nancy|l=ar|rights/);
        const stored = await b.page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
        assert.doesNotMatch(stored, /Visit Browser|Nancy|rendez-vous/i);
        assert.deepEqual(b.errors, []);
      } finally {
        await b.close();
      }
    });
  }
});
