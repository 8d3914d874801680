// "My services" in Debian's Chromium against the packaged jar and a real Keycloak (StaffE2EIT starts both), journey
// 4 of issue 18: partner.cimade opens one of La Cimade's services from the partner area's list, changes its hours
// at the one-stop shop and adds a temporary closure (a mistake first, said at its input); the kiosk's service page
// shows the new hours and the closure; a second tab still holding the old version saves a closure of its own, is
// told someone changed the service, reloads and reapplies, and saves both. axe finds nothing in French and English,
// and the page is usable on a 390 × 844 phone. The service is made for this test through the API (as the partner,
// with the same session), so no other test's service changes.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { assertControlsUsable, axe, heading, launch, phone, shot } from '../e2e/support.mjs';
import { assertFocus, PARTNER, post, put, signIn } from './staff-support.mjs';

const DESK = 'guichet-unique-nancy-exemple';
const HOURS = `svc-hours-${DESK}`;
const SLUG = `cimade-e2e-horaires-${Date.now().toString(36)}`;
const NAME = 'Permanence d’accueil des nouveaux arrivants (essai des horaires)';
const NAME_EN = 'Newcomers’ welcome desk (hours test)';
const DESKTOP = { width: 1280, height: 900 };

/** A calendar day `days` from today (UTC), as the API and the date inputs write it. */
const inDays = (days) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const FIRST = { startsOn: inDays(40), endsOn: inDays(42), reason: 'Travaux dans la salle' };
const SECOND = { startsOn: inDays(70), endsOn: inDays(70), reason: 'Formation de l’équipe' };
/** A day as the kiosk says it in French (lib/format.ts: dateStyle long, the day itself). */
const kioskDay = (day) => new Intl.DateTimeFormat('fr', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));

/** The service as maintained, read with the page's session (never from a cache). */
const maintained = (page, id) => page.evaluate(async (i) => (await fetch(`/api/v1/services/${i}/maintained`)).json(), id);

/** A walk-in service of La Cimade in Nancy, open to all, made through the API with the partner's session. */
const createService = (page, slug, name, more = {}) =>
  post(page, '/api/v1/organizations/la-cimade/services', {
    slug,
    name,
    status: 'active',
    themes: ['rights'],
    primaryTheme: 'rights',
    audience: ['newcomer'],
    eligibility: { statuses: ['any'] },
    access: { mode: 'walk-in' },
    territory: { city: 'Nancy', department: 'Meurthe-et-Moselle', region: 'Grand Est', country: 'FR', scope: 'local' },
    ...more,
  });

async function signedIn(options) {
  const b = await launch(options);
  await b.page.goto('/partner');
  await signIn(b.page, PARTNER);
  await b.page.waitForURL((u) => u.pathname === '/partner');
  return b;
}

describe('my services (journey 4)', () => {
  let b;
  let id;

  before(async () => {
    b = await signedIn({ locale: 'fr-FR', viewport: DESKTOP });
    const created = await createService(b.page, SLUG, { fr: NAME, en: NAME_EN }, {
      description: { fr: 'Premier accueil et orientation, sans rendez-vous.', en: 'First welcome and guidance, no appointment needed.' },
    });
    assert.equal(created.status, 201, JSON.stringify(created.json));
    id = created.json.id;
    const held = await put(b.page, `/api/v1/services/${id}/locations/${DESK}/schedule`, '"0"', {
      slots: [{ weekday: 'TU', opensAt: '14:00', closesAt: '17:00', walkIn: true, appointment: false, interpreting: true }],
      closures: [],
    });
    assert.equal(held.status, 200, JSON.stringify(held.json));
  });
  after(async () => b?.close());

  it('changes the hours and adds a closure; the kiosk shows them; a stale second tab is told, reapplies and saves', async () => {
    const { page, context } = b;
    // From the partner area's list, by the service's link.
    await page.reload();
    await page.getByRole('link', { name: NAME }).click();
    await page.waitForURL((u) => u.pathname === `/partner/services/${id}`);
    await heading(page, NAME);
    await page.getByTestId('source-date').waitFor();
    // The second tab opens the same version now, before the first one saves.
    const second = await context.newPage();
    await second.goto(`/partner/services/${id}`);
    await heading(second, NAME);

    // Tuesday until 18:00, a Thursday morning by appointment, and a closure.
    await page.locator(`#${HOURS}-slot-0-closes`).fill('18:00');
    await page.getByRole('button', { name: 'Ajouter un créneau' }).click();
    await page.waitForFunction((want) => document.activeElement?.id === want, `${HOURS}-slot-1-weekday`);
    await page.locator(`#${HOURS}-slot-1-weekday`).selectOption('TH');
    await page.locator(`#${HOURS}-slot-1-opens`).fill('09:30');
    await page.locator(`#${HOURS}-slot-1-closes`).fill('09:00');
    await page.locator(`#${HOURS}-slot-1-walkIn`).uncheck();
    await page.locator(`#${HOURS}-slot-1-appointment`).check();
    await page.getByRole('button', { name: 'Ajouter une fermeture' }).click();
    await page.locator(`#${HOURS}-closure-0-starts`).fill(FIRST.startsOn);
    await page.locator(`#${HOURS}-closure-0-ends`).fill(FIRST.endsOn);
    await page.locator(`#${HOURS}-closure-0-reason`).fill(FIRST.reason);
    const save = page.getByRole('button', { name: 'Enregistrer les horaires de ce lieu' });
    // A closing time before the opening: said at its input, nothing sent.
    await save.click();
    const error = page.locator(`#${HOURS}-slot-1-closes-error`);
    await error.waitFor();
    assert.equal((await error.textContent()).trim(), 'Doit être après l’heure d’ouverture.');
    assert.equal(await page.locator(`#${HOURS}-slot-1-closes`).getAttribute('aria-invalid'), 'true');
    assert.equal((await maintained(page, id)).version, 1, 'nothing was sent');
    await page.locator(`#${HOURS}-slot-1-closes`).fill('12:00');
    await save.click();
    await page.getByText('Enregistré. C’est en ligne.').waitFor();
    assert.equal(await error.count(), 0);
    const afterFirst = await maintained(page, id);
    assert.equal(afterFirst.version, 2);
    assert.deepEqual(
      afterFirst.locations[0].schedule.slots.map((s) => `${s.weekday} ${s.opensAt}-${s.closesAt}`),
      ['TU 14:00-18:00', 'TH 09:30-12:00'],
    );
    await axe(page, 'partner-service-fr');
    await shot(page, 'partner-service-fr');

    // The kiosk's page of the service (public, another browser): the new hours and the closure.
    const kiosk = await launch({ locale: 'fr-FR', viewport: { width: 1080, height: 1920 } });
    try {
      await kiosk.page.goto(`/kiosk/services/${SLUG}#l=fr`);
      await kiosk.page.getByRole('heading', { level: 1, name: NAME }).waitFor();
      const hours = (await kiosk.page.locator('.hours').innerText()).replace(/\s+/g, ' ');
      assert.match(hours, /mardi 14:00–18:00/, hours);
      assert.match(hours, /jeudi 09:30–12:00/, hours);
      assert.ok(hours.includes(`Fermé du ${kioskDay(FIRST.startsOn)} au ${kioskDay(FIRST.endsOn)}`), hours);
      assert.deepEqual(kiosk.errors, []);
    } finally {
      await kiosk.close();
    }

    // The second tab still holds version 1: its closure is refused as stale, and said so, with the way out.
    await second.getByRole('button', { name: 'Ajouter une fermeture' }).click();
    await second.locator(`#${HOURS}-closure-0-starts`).fill(SECOND.startsOn);
    await second.locator(`#${HOURS}-closure-0-ends`).fill(SECOND.endsOn);
    await second.locator(`#${HOURS}-closure-0-reason`).fill(SECOND.reason);
    await second.getByRole('button', { name: 'Enregistrer les horaires de ce lieu' }).click();
    const stale = second.getByRole('alert').filter({ hasText: 'Quelqu’un a modifié ce service depuis que vous avez ouvert la page.' });
    await stale.waitFor();
    await assertFocus(second, () => document.activeElement?.getAttribute('role') === 'alert' && document.activeElement.textContent.includes('Quelqu’un a modifié ce service'), undefined, 'the explanation takes focus');
    await axe(second, 'partner-service-stale-fr');
    await shot(second, 'partner-service-stale-fr');
    await second.getByRole('button', { name: 'Recharger et reporter mes modifications' }).click();
    const reapplied = second.getByRole('status').filter({ hasText: 'La dernière version est chargée' });
    await reapplied.waitFor();
    assert.match(await reapplied.innerText(), /Modifié entre-temps par quelqu’un d’autre : Créneaux de la semaine · Fermetures temporaires\./);
    // The first tab's hours and closure, and this tab's closure after them.
    // The rows are drawn again from the latest version: read each input once it has settled.
    const settled = async (id, want) => {
      await second.waitForFunction(([i, w]) => document.getElementById(i)?.value === w, [id, want], { timeout: 5_000 }).catch(() => undefined);
      assert.equal(await second.locator(`#${id}`).inputValue(), want);
    };
    await settled(`${HOURS}-slot-0-closes`, '18:00');
    await settled(`${HOURS}-slot-1-opens`, '09:30');
    await settled(`${HOURS}-closure-0-reason`, FIRST.reason);
    await settled(`${HOURS}-closure-1-reason`, SECOND.reason);
    await second.getByRole('button', { name: 'Enregistrer les horaires de ce lieu' }).click();
    await second.getByText('Enregistré. C’est en ligne.').waitFor();
    const final = await maintained(second, id);
    assert.equal(final.version, 3);
    assert.deepEqual(final.locations[0].schedule.closures.map((c) => c.reason), [FIRST.reason, SECOND.reason]);
    await second.close();
    assert.deepEqual(b.errors, [], 'no script error and nothing the Content-Security-Policy blocked');
  });

  it('says who the service is made for: a group, women only, the level it leads to', async () => {
    const { page } = b;
    await page.goto(`/partner/services/${id}`);
    await heading(page, NAME);
    const section = page.locator('section', { has: page.locator('#svc-eligibility-title') });
    await section.getByRole('checkbox', { name: 'Personnes LGBTQI+' }).check();
    await section.getByRole('checkbox', { name: 'Femmes', exact: true }).check();
    await page.locator('#svc-target-cefr').selectOption('A2');
    const before = (await maintained(page, id)).version;
    await section.getByRole('button', { name: 'Enregistrer cette partie' }).click();
    await section.getByText('Enregistré. C’est en ligne.').waitFor();
    const saved = await maintained(page, id);
    assert.equal(saved.version, before + 1);
    assert.deepEqual(
      [saved.fields.eligibility.specialCriteria, saved.fields.eligibility.genders, saved.fields.eligibility.targetCefr],
      [['lgbtqi'], ['female'], 'A2'],
    );
    // What the newcomer reads: the public page says who it is for.
    const pub = await page.evaluate(async (slug) => (await fetch(`/api/v1/services/${slug}?lang=fr`)).json(), SLUG);
    assert.deepEqual(pub.eligibility.specialCriteria, ['lgbtqi']);
    await axe(page, 'partner-service-eligibility-fr');
    assert.deepEqual(b.errors, []);
  });

  it('changes its themes and its reach: a place with a reach at a distance is said at the reach, then saved', async () => {
    const { page } = b;
    await page.goto(`/partner/services/${id}`);
    await heading(page, NAME);
    const section = page.locator('section', { has: page.locator('#svc-where-title') });
    await section.locator('input[name="themes"][value="administrative"]').check();
    await page.locator('#svc-scope').selectOption('national-remote');
    const save = section.getByRole('button', { name: 'Enregistrer cette partie' });
    const before = (await maintained(page, id)).version;
    await save.click();
    await section.locator('#svc-scope-error').getByText('Avec une ville, un département ou une région, la portée est locale.', { exact: false }).waitFor();
    assert.equal((await maintained(page, id)).version, before, 'nothing was sent');
    // Emptying the place (another input than the one holding the message) lets the next save through.
    for (const name of ['city', 'department', 'region']) await page.locator(`#svc-where-${name}`).fill('');
    await save.click();
    await section.getByText('Enregistré. C’est en ligne.').waitFor();
    const saved = await maintained(page, id);
    assert.deepEqual(
      // Themes are a set: their order is the taxonomy's, not the order they were ticked in.
      [[...saved.fields.themes].sort(), saved.fields.primaryTheme, saved.fields.territory.city, saved.fields.territory.scope],
      [['administrative', 'rights'], 'rights', null, 'national-remote'],
    );
    await axe(page, 'partner-service-where-fr');
    assert.deepEqual(b.errors, []);
  });

  it('holds a service with no place at the one-stop shop: the place chosen, its first hours saved', async () => {
    const { page } = b;
    const created = await createService(page, `${SLUG}-lieu`, { fr: `${NAME} — sans lieu`, en: `${NAME_EN} — no place` });
    assert.equal(created.status, 201, JSON.stringify(created.json));
    const other = created.json.id;
    await page.goto(`/partner/services/${other}`);
    await heading(page, `${NAME} — sans lieu`);
    await page.getByText('Aucun lieu n’est encore enregistré pour ce service').waitFor();
    // Nothing chosen: said at the select.
    const give = page.getByRole('button', { name: 'Donner des horaires dans ce lieu' });
    await give.click();
    assert.equal((await page.locator('#svc-add-place-error').textContent()).trim(), 'Choisissez d’abord le lieu.');
    await page.locator('#svc-add-place').selectOption(DESK);
    await give.click();
    const title = page.locator(`#${HOURS}-title`);
    await title.waitFor();
    await assertFocus(page, (want) => document.activeElement?.id === want, `${HOURS}-title`, 'the new place’s hours take the focus');
    await page.getByText('Pas encore enregistré : enregistrez ses horaires pour proposer le service dans ce lieu.').waitFor();
    assert.deepEqual((await maintained(page, other)).locations, [], 'nothing was sent');
    // The desk is now shown, so it is no longer offered.
    await page.getByText('Le service est déjà proposé dans tous les lieux que Passerelle connaît.', { exact: false }).waitFor();
    await axe(page, 'partner-service-new-place-fr');

    await page.getByRole('button', { name: 'Ajouter un créneau' }).click();
    await page.locator(`#${HOURS}-slot-0-weekday`).selectOption('WE');
    await page.locator(`#${HOURS}-slot-0-opens`).fill('14:00');
    await page.locator(`#${HOURS}-slot-0-closes`).fill('16:30');
    await page.getByRole('button', { name: 'Enregistrer les horaires de ce lieu' }).click();
    await page.getByText('Enregistré. C’est en ligne.').waitFor();
    const held = await maintained(page, other);
    assert.deepEqual(held.locations.map((l) => [l.slug, l.schedule.slots.map((x) => `${x.weekday} ${x.opensAt}-${x.closesAt}`)]), [[DESK, ['WE 14:00-16:30']]]);
    await page.getByText('Pas encore enregistré', { exact: false }).waitFor({ state: 'detached' });
    assert.deepEqual(b.errors, []);
  });

  it('adds a service from the list: each mistake at its input, a taken short name refused, then its page; closed for a while, it stays listed', async () => {
    const { page } = b;
    const name = `Cours de français du soir ${SLUG.slice(-6)}`;
    await page.goto('/partner');
    await page.getByRole('link', { name: 'Ajouter un service' }).click();
    await page.waitForURL((u) => u.pathname === '/partner/services/new');
    await heading(page, 'Ajouter un service');
    const add = page.getByRole('button', { name: 'Ajouter le service' });
    await add.click();
    await page.locator('#new-nameFr-error').waitFor();
    assert.equal((await page.locator('#new-primaryTheme-error').textContent()).trim(), 'Choisissez le thème principal.');
    assert.equal((await page.locator('#new-city-error').textContent()).trim(), 'Donnez la ville, ou cochez « par téléphone ou en ligne, partout en France ».');
    await assertFocus(page, () => document.activeElement?.id === 'new-nameFr', undefined, 'the first mistake takes the focus');
    await axe(page, 'partner-new-service-fr');

    await page.locator('#new-nameFr').fill(name);
    assert.equal(await page.locator('#new-slug').inputValue(), `cours-de-francais-du-soir-${SLUG.slice(-6)}`, 'the short name follows the French name');
    await page.locator('#new-nameEn').fill('Evening French classes');
    await page.locator('#new-primaryTheme').selectOption('language');
    await page.locator('#new-accessMode').selectOption('walk-in');
    await page.locator('#new-city').fill('Nancy');
    await add.click();
    await page.waitForURL((u) => /^\/partner\/services\/[0-9a-f-]{36}$/.test(u.pathname) && u.searchParams.get('added') === '1');
    await heading(page, name);
    await page.getByText('Ajouté. Dites maintenant à qui il s’adresse, et donnez ses horaires dans un lieu.').waitFor();
    const id = new URL(page.url()).pathname.split('/').pop();
    const made = await maintained(page, id);
    assert.deepEqual([made.fields.primaryTheme, made.fields.access.mode, made.fields.territory.city, made.fields.territory.scope], ['language', 'walk-in', 'Nancy', 'local']);

    // The same short name again: refused at its input.
    await page.goto('/partner/services/new');
    await page.locator('#new-nameFr').fill(name);
    await page.locator('#new-nameEn').fill('Evening French classes');
    await page.locator('#new-primaryTheme').selectOption('language');
    await page.locator('#new-accessMode').selectOption('walk-in');
    await page.locator('#new-remote').check();
    await add.click();
    await page.locator('#new-slug-error').getByText('Un autre service a déjà ce nom court. Choisissez-en un autre.').waitFor();

    // Closed for a while, it stays in the partner's list, marked.
    await page.goto(`/partner/services/${id}`);
    await heading(page, name);
    const eligibility = page.locator('section', { has: page.locator('#svc-eligibility-title') });
    await page.locator('#svc-status').selectOption('temporarily-closed');
    await eligibility.getByRole('button', { name: 'Enregistrer cette partie' }).click();
    await eligibility.getByText('Enregistré. C’est en ligne.').waitFor();
    await page.goto('/partner');
    const row = page.locator('li.staff-list__item', { has: page.getByRole('link', { name }) });
    await row.getByText('Fermé pour un temps').waitFor();
    assert.deepEqual(b.errors, []);
  });

  it('reads in English, every section, with axe finding nothing', async () => {
    const en = await signedIn({ locale: 'en-GB', viewport: DESKTOP });
    try {
      await en.page.goto(`/partner/services/${id}`);
      await heading(en.page, NAME);
      for (const title of ['Name and description', 'Translations', 'Status and who it is for', 'Themes and where it is used', 'Access, first step and contact', 'What to bring', 'Languages spoken', 'Places and waiting list']) {
        await en.page.getByRole('heading', { level: 2, name: title }).waitFor();
      }
      await en.page.getByRole('heading', { level: 2, name: /^Hours and permanences — / }).waitFor();
      await en.page.getByTestId('capacity-signal').waitFor();
      await axe(en.page, 'partner-service-en');
      // Another organisation's service, or none: "not found", and nothing of it.
      await en.page.goto('/partner/services/00000000-0000-4000-8000-000000000000');
      await heading(en.page, 'Service not found');
      await axe(en.page, 'partner-service-not-found-en');
      assert.deepEqual(en.errors, []);
    } finally {
      await en.close();
    }
  });

  it('is usable on a 390 × 844 phone, without scrolling sideways', async () => {
    const small = await signedIn({ locale: 'fr-FR', ...phone({ width: 390, height: 844 }) });
    try {
      await small.page.goto(`/partner/services/${id}`);
      await heading(small.page, NAME);
      const overflow = await small.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow} px`);
      await assertControlsUsable(small.page, 'partner-service-390');
      await axe(small.page, 'partner-service-390');
      await shot(small.page, 'partner-service-390');
      assert.deepEqual(small.errors, []);
    } finally {
      await small.close();
    }
  });
});
