// The partner's inbox in Debian's Chromium against the packaged jar and a real Keycloak (StaffE2EIT starts
// both), issue 18's journeys 1, 2 and 6. The desk's agent opens a case for a fictional person with consent
// for La Cimade and Adoma and sends one referral to each, through the API with the agent's session. Then:
// (1) partner.cimade finds its referral in the inbox (the count, the filter, j and Enter), reads it before
// and after accepting, starts and completes it with an outcome, notes for the desk, and the agent's
// dashboard shows it completed; (6) partner.cimade opening Adoma's referral by its address gets "not
// found" with nothing of it, and Adoma Cimade's likewise; (2) partner.adoma declines for lack of capacity
// and sees its service's capacity signal. axe-core on every partner page in English and French; the inbox
// on a 390×844 phone; nothing of the person left in the partners' browsers.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { assertControlsUsable, axe, heading, launch, phone, shot } from '../e2e/support.mjs';
import { AGENT, assertNothingPersonalLeft, PARTNER, PARTNER_ADOMA, post, recordVisitedUrls, signIn } from './staff-support.mjs';

const DESKTOP = { width: 1366, height: 900 };
/** A fictional person and notes (LogPrivacyIT lists them); a partner sees the name only once it accepts. */
const PERSON = 'Inbox Browser Person Kx';
const CIMADE_NOTE = 'Rendez-vous juridique souhaité cette semaine.';
const ADOMA_NOTE = 'Cherche un logement pour une personne seule.';
const OUTCOME_NOTE = 'Inbox outcome note oc4';
const PARTNER_NOTE = 'Inbox partner note pq3';
const DECLINE_NOTE = 'Inbox decline note dn5';
const SECRETS = [PERSON, 'Inbox Browser', CIMADE_NOTE, ADOMA_NOTE, OUTCOME_NOTE, PARTNER_NOTE, DECLINE_NOTE];
const CIMADE = 'cimade-permanences-juridiques';
const ADOMA = 'adoma-logement-accompagne';

const WORDS = {
  'en-GB': {
    inbox: 'Referrals sent to you',
    awaiting: /awaiting your answer/,
    referral: (reference) => `Referral ${reference}`,
    later: 'Once you accept, you see what the person agreed to share with you.',
    accept: 'Accept',
    accepted: 'Referral accepted. The desk is told.',
    start: 'The help has started',
    started: 'Marked as started.',
    complete: 'Complete…',
    completeConfirm: 'Complete the referral',
    outcomeRequired: 'Choose an outcome.',
    completed: 'Referral completed. The desk is told.',
    addNote: 'Add the note',
    notFound: 'Referral not found',
    decline: 'Decline…',
    declineConfirm: 'Decline the referral',
    declined: 'Referral declined. The desk is told.',
    signal: /Recent declines for lack of capacity: \d/,
  },
  'fr-FR': {
    inbox: 'Orientations reçues',
    awaiting: /attendent votre réponse/,
    referral: (reference) => `Orientation ${reference}`,
    later: 'Une fois l’orientation acceptée, vous voyez ce que la personne a accepté de vous transmettre.',
    accept: 'Accepter',
    accepted: 'Orientation acceptée. Le guichet est prévenu.',
    start: 'L’accompagnement a commencé',
    started: 'Accompagnement noté comme commencé.',
    complete: 'Terminer…',
    completeConfirm: 'Terminer l’orientation',
    outcomeRequired: 'Choisissez un résultat.',
    completed: 'Orientation terminée. Le guichet est prévenu.',
    addNote: 'Ajouter la note',
    notFound: 'Orientation introuvable',
    decline: 'Refuser…',
    declineConfirm: 'Refuser l’orientation',
    declined: 'Orientation refusée. Le guichet est prévenu.',
    signal: /Refus récents faute de place : \d/,
  },
};

/** Signs a partner in from the partner area's address, and waits for its inbox. */
async function partnerBrowser(persona, locale, options = { viewport: DESKTOP }) {
  const b = await launch({ locale, ...options });
  const visited = recordVisitedUrls(b.page);
  await b.page.goto('/partner');
  await signIn(b.page, persona);
  await b.page.waitForURL((u) => u.pathname === '/partner');
  await b.page.getByRole('heading', { level: 2, name: WORDS[locale].inbox }).waitFor();
  return { b, visited };
}

/** The main region's text, to say what a page shows and what it does not. */
const mainText = (page) => page.locator('#main').innerText();

describe('the partner inbox', () => {
  let agent;
  let kase;
  const referrals = {};
  const partners = [];

  before(async () => {
    agent = await launch({ locale: 'en-GB', viewport: DESKTOP });
    await agent.page.goto('/desk');
    await signIn(agent.page, AGENT);
    await agent.page.waitForURL((u) => u.pathname === '/desk');
    const opened = await post(agent.page, '/api/v1/cases', {
      person: { name: PERSON, languages: ['ar', 'fr'], contactChannel: 'phone' },
      needs: ['rights', 'housing'],
      consent: { organizations: ['la-cimade', 'adoma'], fields: ['name', 'contactChannel'], textVersion: '2026-12', textLang: 'ar' },
    });
    assert.equal(opened.status, 201, JSON.stringify(opened.json));
    kase = opened.json;
    for (const [service, need, note] of [
      [CIMADE, 'rights', CIMADE_NOTE],
      [ADOMA, 'housing', ADOMA_NOTE],
    ]) {
      const sent = await post(agent.page, `/api/v1/cases/${kase.id}/referrals`, { service, need, note, send: true });
      assert.equal(sent.status, 201, JSON.stringify(sent.json));
      assert.equal(sent.json.status, 'sent');
      referrals[service] = sent.json.id;
    }
  });
  after(async () => {
    await agent?.close();
    for (const p of partners) await p.b.close();
  });

  it('(1) La Cimade finds the referral, accepts, starts and completes it with an outcome; the desk sees it completed', async () => {
    const words = WORDS['en-GB'];
    const cimade = await partnerBrowser(PARTNER, 'en-GB');
    partners.push(cimade);
    const { page } = cimade.b;
    await heading(page, 'La Cimade');
    await page.locator('#inbox-status').waitFor();
    await axe(page, 'partner-inbox-en');
    await shot(page, 'partner-inbox-en');

    // "/" goes to the filters, never while typing; the count of what awaits an answer opens that list.
    await page.locator('h1').click();
    await page.keyboard.press('/');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'inbox-status');
    await page.keyboard.press('j');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'inbox-status', 'j in a field is not a shortcut');
    await page.getByRole('link', { name: words.awaiting }).click();
    await page.waitForURL((u) => u.search === '?status=sent');
    assert.equal(await page.locator('#inbox-status').inputValue(), 'sent');
    assert.equal(await page.getByRole('link', { name: words.awaiting }).getAttribute('aria-current'), 'page');

    // j moves down the rows to the new referral, Enter opens it: its page, by its id only.
    await page.getByRole('link', { name: kase.reference, exact: true }).waitFor();
    await page.locator('h1').click();
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press('j');
      if ((await page.evaluate(() => document.activeElement?.textContent)) === kase.reference) break;
    }
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), kase.reference);
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.pathname === `/partner/referrals/${referrals[CIMADE]}`);
    await heading(page, words.referral(kase.reference));

    // Before accepting: the request, never the person.
    let text = await mainText(page);
    assert.ok(text.includes(CIMADE_NOTE), 'the desk’s note is there to decide');
    assert.ok(text.includes(words.later));
    assert.ok(!text.includes(PERSON), 'no name before acceptance');
    await axe(page, 'partner-referral-sent-en');

    await page.getByRole('button', { name: words.accept, exact: true }).click();
    // The buttons pressed are gone: the focus goes to what happened.
    await page.waitForFunction((text) => document.activeElement?.textContent === text, words.accepted);
    await page.getByText(PERSON).waitFor();
    await page.getByRole('button', { name: words.start }).click();
    await page.getByText(words.started).waitFor();

    // Complete asks for an outcome: refused at the field without one, then sent with it and a note.
    await page.getByRole('button', { name: words.complete }).click();
    await page.locator('#ref-reason').waitFor();
    await axe(page, 'partner-referral-complete-en');
    await page.getByRole('button', { name: words.completeConfirm }).click();
    await page.getByText(words.outcomeRequired).waitFor();
    assert.equal(await page.locator('#ref-reason').getAttribute('aria-invalid'), 'true');
    await page.locator('#ref-reason').selectOption('got-help');
    await page.locator('#ref-command-note').fill(OUTCOME_NOTE);
    await page.getByRole('button', { name: words.completeConfirm }).click();
    await page.getByText(words.completed).waitFor();
    await page.getByText(OUTCOME_NOTE).waitFor();

    // A note shared with the desk.
    await page.locator('#ref-note').fill(PARTNER_NOTE);
    await page.getByRole('button', { name: words.addNote }).click();
    await page.getByText(PARTNER_NOTE, { exact: true }).waitFor();
    await axe(page, 'partner-referral-completed-en');
    await shot(page, 'partner-referral-completed-en');
    assert.deepEqual(cimade.b.errors, []);

    // The agent's dashboard shows the referral completed, and the case the partner's note.
    await agent.page.goto('/desk?status=completed');
    await heading(agent.page, 'The desk');
    const row = agent.page.locator('tbody tr', { has: agent.page.getByRole('link', { name: kase.reference, exact: true }) });
    await row.waitFor();
    assert.match(await row.innerText(), /Completed/);
    await agent.page.goto(`/desk/cases/${kase.id}`);
    await agent.page.getByText(PARTNER_NOTE).waitFor();
  });

  it('(6) a partner opening another organisation’s referral by its address gets "not found", with nothing of it', async () => {
    const [cimade] = partners;
    const { page } = cimade.b;
    await page.goto(`/partner/referrals/${referrals[ADOMA]}`);
    await heading(page, WORDS['en-GB'].notFound);
    const text = await mainText(page);
    for (const absent of [kase.reference, 'PAS-', PERSON, ADOMA_NOTE, 'Adoma', 'Logement']) {
      assert.ok(!text.includes(absent), `"${absent}" on the not-found page`);
    }
    await axe(page, 'partner-not-found-en');
    assert.deepEqual(cimade.b.errors, []);
  });

  it('(2) Adoma declines for lack of capacity and sees its service’s capacity signal (in French)', async () => {
    const words = WORDS['fr-FR'];
    const adoma = await partnerBrowser(PARTNER_ADOMA, 'fr-FR');
    partners.push(adoma);
    const { page } = adoma.b;
    await heading(page, 'Adoma');
    await page.locator('#inbox-status').waitFor();
    await axe(page, 'partner-inbox-fr');

    await page.getByRole('link', { name: kase.reference, exact: true }).click();
    await page.waitForURL((u) => u.pathname === `/partner/referrals/${referrals[ADOMA]}`);
    await heading(page, words.referral(kase.reference));
    assert.ok(!(await mainText(page)).includes(PERSON), 'no name before acceptance');
    await page.locator('.inbox-capacity').waitFor();
    await axe(page, 'partner-referral-sent-fr');

    await page.getByRole('button', { name: words.decline }).click();
    await page.locator('#ref-reason').selectOption('no-capacity');
    await page.locator('#ref-capacity-hint').waitFor();
    await page.locator('#ref-command-note').fill(DECLINE_NOTE);
    await axe(page, 'partner-referral-decline-fr');
    await page.getByRole('button', { name: words.declineConfirm }).click();
    await page.getByText(words.declined).waitFor();
    // The decline raised the service's signal, read back from the catalogue.
    await page.getByText(words.signal).waitFor();
    assert.ok(!(await mainText(page)).includes(PERSON), 'a declined referral never shows the person');
    await axe(page, 'partner-referral-declined-fr');
    await shot(page, 'partner-referral-declined-fr');

    // Journey 6 the other way, in French: La Cimade's referral is not Adoma's.
    await page.goto(`/partner/referrals/${referrals[CIMADE]}`);
    await heading(page, words.notFound);
    const text = await mainText(page);
    for (const absent of [kase.reference, PERSON, CIMADE_NOTE, OUTCOME_NOTE, 'Cimade']) assert.ok(!text.includes(absent), `"${absent}" on the not-found page`);
    await axe(page, 'partner-not-found-fr');
    assert.deepEqual(adoma.b.errors, []);

    // The desk sees the decline and its reason.
    await agent.page.goto(`/desk/cases/${kase.id}`);
    await agent.page.getByText(/No place or slot available for now/).first().waitFor();
  });

  it('lets a partner use the inbox on a 390×844 phone, each row a card', async () => {
    const cimade = await partnerBrowser(PARTNER, 'fr-FR', phone({ width: 390, height: 844 }));
    partners.push(cimade);
    const { page } = cimade.b;
    await page.getByRole('link', { name: kase.reference, exact: true }).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the inbox scrolls sideways by ${overflow} px`);
    assert.equal(await page.locator('.staff-table thead').evaluate((e) => getComputedStyle(e).position), 'absolute', 'the header row is for screen readers only');
    await assertControlsUsable(page, 'partner-inbox-phone');
    await axe(page, 'partner-inbox-phone-fr');
    await shot(page, 'partner-inbox-phone-fr');
  });

  it('leaves nothing of the person in the partners’ browsers', async () => {
    for (const { b, visited } of partners) {
      assert.ok(visited.length > 0, 'the addresses were recorded');
      await assertNothingPersonalLeft(b, visited, SECRETS);
    }
  });
});
