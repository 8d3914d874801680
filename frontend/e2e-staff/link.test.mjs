// Journey 3 (issue 18): a partner with no account answers through the signed link read from the SMTP sink,
// on a 390×844 phone. StaffE2EIT starts the packaged jar, a real Keycloak and GreenMail (MAIL_SINK_URL serves
// what it received). The desk's agent opens a case with consent for the GIP FTLV CAEC (no member in the demo
// data, an e-mail of its own) and sends a referral; the mail's /r/{token} link opens in a fresh anonymous
// browser: what the partner may see before accepting (never the person), in French, English and Arabic (right
// to left) with axe, usable controls on the phone; accept, then the person's shared fields; the outcome from
// the link the next mail brings; a used link says so. Nothing personal, and no token, is left in the browser.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { assertControlsUsable, axe, BASE_URL, heading, launch, phone, shot } from '../e2e/support.mjs';
import { AGENT, assertFocus, assertNothingPersonalLeft, post, recordVisitedUrls, signIn } from './staff-support.mjs';

const SINK = process.env.MAIL_SINK_URL;
/** Fictional (LogPrivacyIT lists them). */
const PERSON = 'Link Browser Person Rk';
const NOTE = 'Link browser note Fz: besoin d’une session d’examen ce mois-ci.';
const OUTCOME_NOTE = 'Link browser outcome Tj';
const SERVICE = 'caec-sessions-examens-langue';
const ORGANISATION = 'gip-ftlv-caec';
/** The organisation's own address (demo catalogue, contacts.json): the mails go there. */
const ORGANISATION_MAIL = 'gip-caec@ac-nancy-metz.fr';
const PHONE = { width: 390, height: 844 };
const TOKEN = /\/r\/([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)/;

/** Waits for the sink to hold a mail to the organisation whose subject starts so; returns it. */
async function mail(subjectStart, timeoutMs = 60_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const messages = await (await fetch(SINK)).json();
    const found = messages.find((m) => m.subject.startsWith(subjectStart) && m.to.includes(ORGANISATION_MAIL));
    if (found) return found;
    assert.ok(Date.now() < until, `no mail "${subjectStart}" within ${timeoutMs} ms; the sink holds: ${messages.map((m) => m.subject).join(' | ')}`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

/** The signed link a mail carries: it must open this app's page, and only that. */
function linkOf(message) {
  const m = TOKEN.exec(message.text);
  assert.ok(m, `no link in: ${message.text}`);
  const url = `${BASE_URL}/r/${m[1]}`;
  assert.ok(message.text.includes(url), `the link does not start with the app's address (${BASE_URL}): ${message.text}`);
  return { token: m[1], url };
}

describe('the signed link, for a partner with no account', { skip: !SINK && 'MAIL_SINK_URL is not set (StaffE2EIT sets it)' }, () => {
  let desk;
  let partner;
  let visited;
  const requests = [];
  let reference;
  let referralId;
  let serviceName;
  let answer;
  let outcome;

  before(async () => {
    desk = await launch({ locale: 'fr-FR', viewport: { width: 1280, height: 900 } });
    await desk.page.goto('/desk');
    await signIn(desk.page, AGENT);
    await desk.page.waitForURL((u) => u.pathname === '/desk');
    const opened = await post(desk.page, '/api/v1/cases', {
      person: { name: PERSON, languages: ['ar'], contactChannel: 'phone', birthYear: 1999 },
      needs: ['language'],
      consent: { organizations: [ORGANISATION], fields: ['name', 'contactChannel'], textVersion: '2026-12', textLang: 'fr' },
    });
    assert.equal(opened.status, 201, JSON.stringify(opened.json));
    reference = opened.json.reference;
    const referred = await post(desk.page, `/api/v1/cases/${opened.json.id}/referrals`, { service: SERVICE, need: 'language', note: NOTE, send: true });
    assert.equal(referred.status, 201, JSON.stringify(referred.json));
    referralId = referred.json.id;
    serviceName = referred.json.service.name;

    // The partner: a fresh browser with no account and no cookie, on a phone.
    partner = await launch({ locale: 'fr-FR', ...phone(PHONE) });
    visited = recordVisitedUrls(partner.page);
    partner.page.on('request', (r) => requests.push(r.url()));
  });
  after(async () => {
    await partner?.close();
    await desk?.close();
  });

  it('mails the partner a link to the app’s page, and nothing about the person', async () => {
    const sent = await mail(`Nouvelle orientation ${reference}`);
    answer = linkOf(sent);
    for (const personal of [PERSON, 'Link Browser', NOTE, 'Fz', '1999', 'arabe']) {
      assert.ok(!sent.text.includes(personal) && !sent.subject.includes(personal), `${personal} in the mail`);
    }
  });

  it('shows the referral on the phone, no one before acceptance, and nothing else to go to', async () => {
    const { page } = partner;
    const response = await page.goto(answer.url);
    assert.equal(response.status(), 200);
    const headers = response.headers();
    assert.equal(headers['cache-control'], 'no-store', 'no cache may keep the page under its address');
    assert.equal(headers['referrer-policy'], 'no-referrer');
    assert.match(headers['x-robots-tag'] ?? '', /noindex/);
    await heading(page, `Orientation ${reference}`);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'fr');
    const text = await page.locator('main').innerText();
    for (const shown of [serviceName, 'CAEC', 'Nancy', NOTE, 'arabe', 'Réponse attendue avant le', 'Accepter l’orientation', 'Refuser']) {
      assert.ok(text.includes(shown), `"${shown}" is not on the page:\n${text}`);
    }
    const all = await page.locator('body').innerText();
    assert.ok(!all.includes(PERSON) && !all.includes('1999'), 'the person is shown before acceptance');
    // Nowhere else to go: the skip link, and the privacy notice the law asks for (a new tab).
    const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    assert.deepEqual(hrefs, ['#main', '/kiosk/privacy#l=fr']);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow} px`);
    await shot(page, 'link-phone-fr');
    await axe(page, 'link-fr');
    await assertControlsUsable(page, 'link-fr');
  });

  it('reads in English and in Arabic, right to left, with axe finding nothing', async () => {
    const { page } = partner;
    await page.getByRole('button', { name: 'English' }).click();
    await heading(page, `Referral ${reference}`);
    assert.equal(await page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed'), 'true');
    await axe(page, 'link-en');
    await page.getByRole('button', { name: 'العربية' }).click();
    await heading(page, `التوجيه ${reference}`);
    assert.deepEqual(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]), ['ar', 'rtl']);
    assert.ok((await page.locator('main').innerText()).includes('قبول التوجيه'));
    await shot(page, 'link-phone-ar');
    await axe(page, 'link-ar');
    await assertControlsUsable(page, 'link-ar');
    await page.getByRole('button', { name: 'Français' }).click();
    await heading(page, `Orientation ${reference}`);
    // The language is not in the address: the one visited is the one the mail gave.
    assert.equal(page.url(), answer.url);
  });

  it('accepts, then shows what the person agreed to share', async () => {
    const { page } = partner;
    await page.getByRole('button', { name: 'Accepter l’orientation' }).click();
    await page.getByRole('heading', { level: 2, name: 'Vous avez accepté l’orientation' }).waitFor();
    await assertFocus(page, (want) => document.activeElement?.textContent === want, 'Vous avez accepté l’orientation', 'the focus moves to what happened');
    const text = await page.locator('main').innerText();
    assert.ok(text.includes(PERSON), 'the name the person agreed to share');
    assert.ok(text.includes('téléphone'), 'how to reach them');
    assert.ok(!text.includes('1999'), 'the birth year was not consented');
    await axe(page, 'link-accepted');
  });

  it('records the outcome from the link the next mail brings, after a confirmation', async () => {
    const { page } = partner;
    outcome = linkOf(await mail(`Orientation ${reference} acceptée : le résultat`));
    assert.notEqual(outcome.token, answer.token);
    await page.goto(outcome.url);
    await heading(page, `Orientation ${reference}`);
    assert.ok((await page.locator('main').innerText()).includes(PERSON));
    await page.getByRole('button', { name: 'Indiquer le résultat' }).click();
    await page.getByRole('heading', { level: 2, name: 'Indiquer le résultat' }).waitFor();
    // Nothing chosen: the field says so and takes the focus.
    await page.getByRole('button', { name: 'Continuer' }).click();
    await page.locator('#link-reason-error').waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'link-reason');
    assert.match(await page.locator('label[for="link-reason"]').innerText(), /Comment l’accompagnement s’est-il terminé/);
    await page.locator('#link-reason').selectOption('got-help');
    await page.locator('#link-note').fill(OUTCOME_NOTE);
    await page.getByRole('button', { name: 'Continuer' }).click();
    await page.getByRole('heading', { level: 2, name: 'Enregistrer ce résultat ?' }).waitFor();
    await axe(page, 'link-confirm-outcome');
    await assertControlsUsable(page, 'link-confirm-outcome');
    await page.getByRole('button', { name: 'Oui, enregistrer' }).click();
    await page.getByRole('heading', { level: 2, name: 'Le résultat est enregistré' }).waitFor();
    const referral = await desk.page.evaluate(async (id) => (await fetch(`/api/v1/referrals/${id}`, { headers: { Accept: 'application/json' } })).json(), referralId);
    assert.equal(referral.status, 'completed');
    assert.equal(referral.reason, 'got-help');
  });

  it('says in plain words that a used link was used, and that a made-up one is not valid', async () => {
    const { page } = partner;
    for (const link of [answer, outcome]) {
      await page.goto(link.url);
      await heading(page, 'Ce lien a déjà servi');
      assert.ok(!(await page.locator('body').innerText()).includes(PERSON));
    }
    await axe(page, 'link-used');
    await page.goto('/r/not-a-real.token-at-all');
    await heading(page, 'Ce lien n’est pas valable');
    await axe(page, 'link-invalid');
  });

  it('leaves nothing of the person, and no token, in the phone’s browser, and asks nothing of anyone else', async () => {
    const { page } = partner;
    const origin = new URL(BASE_URL).origin;
    assert.deepEqual(requests.filter((u) => new URL(u).origin !== origin), [], 'a request left the app’s origin');
    for (const { token } of [answer, outcome]) {
      // The token goes to this origin only, in the page's own address and in the link API's path.
      for (const url of requests.filter((u) => u.includes(token))) {
        const path = new URL(url).pathname;
        assert.ok(path === `/r/${token}` || path.startsWith(`/api/v1/referral-links/${token}`), `the token went to ${path}`);
      }
      // The address the mail gave is the only one holding it: no fragment, no language, no pushed state.
      assert.deepEqual([...new Set(visited.filter((u) => u.includes(token)))], [`${BASE_URL}/r/${token}`]);
    }
    const others = visited.filter((u) => !u.includes(answer.token) && !u.includes(outcome.token));
    await assertNothingPersonalLeft(partner, others, [PERSON, NOTE, OUTCOME_NOTE, answer.token, outcome.token, '1999']);
    assert.deepEqual(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length), 0, 'no service worker');
    assert.deepEqual(partner.errors, [], 'no script error and nothing the Content-Security-Policy blocked');
  });
});
