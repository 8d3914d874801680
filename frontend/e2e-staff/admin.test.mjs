// The coordinator's area in Debian's Chromium against the packaged jar and a real Keycloak (StaffE2EIT
// starts both), journey 5 of issue 18: the desk's agent opens a case and La Cimade corrects one of its
// services (each through the API with their own session, as their screens would); the coordinator signs in
// on Keycloak's page, finds La Cimade's change in the audit log and undoes it (the service reads as before,
// and undoing an older change is refused with the 409 explained), reads the case's access journal with the
// agent's entries, grants an API client to an organisation and sees its audit entry, sets the retention
// within its bounds (an out-of-bounds value is refused at the field), exports the case and erases it after
// typing its reference. axe finds nothing on any page of the area, in French and in English, and nothing
// about the person is left in the browser.
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { axe, heading, launch, OUT, shot } from '../e2e/support.mjs';
import { AGENT, assertFocus, assertNothingPersonalLeft, COORDINATOR, PARTNER, post, put, recordVisitedUrls, signIn } from './staff-support.mjs';

/** A fictional person (LogPrivacyIT lists the name); no admin screen may show it. */
const PERSON = 'Admin Browser Person Zk';
/** La Cimade's service whose Ukrainian name the partner corrects (a machine translation in the demo data). */
const SERVICE = 'cimade-permanences-juridiques';
const AGENT_SUBJECT = '0b6c2a3e-1f0a-4c6e-9d2b-5a1e00000001';
const DESKTOP = { width: 1366, height: 900 };

/** A read as the SPA makes it, with the session cookie. */
async function read(page, path) {
  return page.evaluate(async (p) => {
    const response = await fetch(p, { headers: { Accept: 'application/json' } });
    return { status: response.status, etag: response.headers.get('ETag'), json: await response.json() };
  }, path);
}

/** La Cimade corrects the Ukrainian name of its service, with the version it read (If-Match) and the CSRF header. */
async function correctTranslation(page) {
  return page.evaluate(async (slug) => {
    const csrf = decodeURIComponent(/(?:^|; )passerelle-csrf=([^;]*)/.exec(document.cookie)?.[1] ?? '');
    const got = await fetch(`/api/v1/services/${slug}?lang=uk`, { headers: { Accept: 'application/json' } });
    const service = await got.json();
    const name = `${service.name} — перевірено`;
    const put = await fetch(`/api/v1/services/${slug}/translations/uk`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-CSRF-Token': csrf, 'If-Match': got.headers.get('ETag') },
      body: JSON.stringify({ name, description: service.description ?? null }),
    });
    return { status: put.status, body: await put.text(), id: service.id, before: service.name, after: name };
  }, SERVICE);
}

/** Finds the case by its reference on the journal or rights page; picks the Nancy desk if two desks answer. */
async function findCase(page, idPrefix, kase) {
  await page.locator(`#${idPrefix}-case`).fill(kase.reference.toLowerCase());
  await page.getByRole('button', { name: /^(Trouver|Find)$/ }).click();
  const picked = (u) => u.searchParams.get('case') === kase.id;
  // One case goes straight to it; the same reference at two desks (each counts its own) asks which.
  const several = page.getByRole('button', { name: new RegExp(`^${kase.reference} — .*Nancy`) });
  await Promise.race([page.waitForURL(picked).catch(() => undefined), several.waitFor().catch(() => undefined)]);
  if (!picked(new URL(page.url()))) await several.click();
  await page.waitForURL(picked);
}

describe('the coordination area (journey 5)', () => {
  let kase;
  let change;

  before(async () => {
    const agent = await launch({ locale: 'fr-FR', viewport: DESKTOP });
    try {
      await agent.page.goto('/desk');
      await signIn(agent.page, AGENT);
      await agent.page.waitForURL((u) => u.pathname === '/desk');
      const opened = await post(agent.page, '/api/v1/cases', {
        person: { name: PERSON, languages: ['uk'], contactChannel: 'phone' },
        needs: ['rights'],
        consent: { organizations: ['la-cimade'], fields: ['name'], textVersion: '2026-12', textLang: 'uk' },
      });
      assert.equal(opened.status, 201, JSON.stringify(opened.json));
      kase = opened.json;
      const referred = await post(agent.page, `/api/v1/cases/${kase.id}/referrals`, { service: SERVICE, need: 'rights', send: true });
      assert.equal(referred.status, 201, JSON.stringify(referred.json));
      // The desk reads the case, as its screen does: the journal has the agent's entries.
      assert.equal((await read(agent.page, `/api/v1/cases/${kase.id}`)).status, 200);
    } finally {
      await agent.close();
    }
    const partner = await launch({ locale: 'fr-FR', viewport: DESKTOP });
    try {
      await partner.page.goto('/partner');
      await signIn(partner.page, PARTNER);
      await partner.page.waitForURL((u) => u.pathname === '/partner');
      change = await correctTranslation(partner.page);
      assert.equal(change.status, 200, change.body);
    } finally {
      await partner.close();
    }
  });

  it('undoes the partner’s change, reads the journal, grants a membership, sets the retention, exports and erases (fr)', async () => {
    const b = await launch({ locale: 'fr-FR', viewport: DESKTOP });
    const urls = recordVisitedUrls(b.page);
    const { page } = b;
    try {
      await page.goto('/admin/audit');
      await signIn(page, COORDINATOR);
      await page.waitForURL((u) => u.pathname === '/admin/audit');
      await heading(page, 'Journal des modifications');
      assert.equal(await page.getByRole('navigation', { name: 'Rubriques de la coordination' }).getByRole('link', { name: 'Journal des modifications' }).getAttribute('aria-current'), 'page');

      // The filters: services, changed for La Cimade; they go to the address as codes and ids only.
      const cimade = (await read(page, '/api/v1/organizations/la-cimade')).json;
      await page.locator('#audit-type').selectOption('service');
      await page.locator('#audit-action').selectOption('update');
      await page.locator('#audit-organization').selectOption(cimade.id);
      await page.getByRole('button', { name: 'Filtrer', exact: true }).click();
      await page.waitForURL((u) => u.searchParams.get('type') === 'service' && u.searchParams.get('action') === 'update' && u.searchParams.get('organization') === cimade.id);
      const entry = page.locator('li.admin-event').first();
      await entry.getByText(`par ${cimade.name}`).waitFor();
      await entry.getByRole('button', { name: 'Voir ce qui a changé' }).click();
      await entry.locator('table.admin-diff').getByText(change.after).waitFor();
      await entry.locator('table.admin-diff').getByText(change.before).first().waitFor();
      await axe(page, 'admin-audit-fr');
      await shot(page, 'admin-audit-fr');

      // Undo it, after the confirmation step: the service reads as it did before.
      await entry.getByRole('button', { name: 'Annuler cette modification…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Annuler cette modification ?' });
      await dialog.waitFor();
      await axe(page, 'admin-revert-dialog-fr');
      await dialog.getByRole('button', { name: 'Annuler la modification' }).click();
      await page.getByText('Modification annulée').waitFor();
      await assertFocus(page, () => document.activeElement?.textContent?.includes('Modification annulée'), undefined, 'the result takes the focus');
      const now = await read(page, `/api/v1/services/${SERVICE}?lang=uk`);
      assert.equal(now.json.name, change.before, 'the service shows its old name again');

      // The partner's change is no longer the latest: undoing it again is refused, and the screen says why.
      await page.goto(`/admin/audit?type=service&record=${change.id}`);
      await heading(page, 'Journal des modifications');
      const events = page.locator('li.admin-event');
      await events.first().getByText('Annulation · Service').waitFor();
      const older = events.filter({ hasText: 'Modification · Service' }).first();
      await older.getByRole('button', { name: 'Voir ce qui a changé' }).click();
      await older.getByRole('button', { name: 'Annuler cette modification…' }).click();
      await page.getByRole('dialog', { name: 'Annuler cette modification ?' }).getByRole('button', { name: 'Annuler la modification' }).click();
      await page.getByRole('alert').getByText('La fiche a de nouveau changé depuis (409)').waitFor();

      // The case's access journal: the agent's entries, who, for which desk, what, how.
      await page.getByRole('link', { name: 'Journal des accès' }).click();
      await heading(page, 'Journal des accès');
      await findCase(page, 'journal', kase);
      await page.getByRole('heading', { level: 2, name: `Journal du dossier ${kase.reference}` }).waitFor();
      const journal = page.locator('table.admin-journal');
      const opening = journal.locator('tr', { hasText: 'A ouvert le dossier' });
      await opening.getByText(AGENT_SUBJECT).waitFor();
      await opening.getByText(/Ville de Nancy/).waitFor();
      await opening.getByText('Écrans du personnel').waitFor();
      await journal.locator('tr', { hasText: 'A créé une orientation' }).waitFor();
      await axe(page, 'admin-journal-fr');

      // A membership: a new API client for Adoma, confirmed, listed, with its audit entry; then revoked.
      const client = `e2e-admin-${Date.now().toString(36)}`;
      await page.getByRole('link', { name: 'Rattachements' }).click();
      await heading(page, 'Rattachements');
      await page.getByRole('button', { name: 'Ajouter…' }).click();
      await page.getByText('Indiquez l’identifiant.').waitFor();
      await page.locator('#members-principal').fill(client);
      await page.locator('#members-org').selectOption('adoma');
      await page.getByRole('button', { name: 'Ajouter…' }).click();
      const grant = page.getByRole('dialog', { name: 'Ajouter ce rattachement ?' });
      await grant.getByText(`Client API ${client} agira pour Adoma.`).waitFor();
      await axe(page, 'admin-grant-dialog-fr');
      await grant.getByRole('button', { name: 'Ajouter le rattachement' }).click();
      await page.getByText(`Ajouté : Client API ${client} agit pour Adoma.`).waitFor();
      await page.locator('#members-text').fill(client);
      const row = page.locator('tbody tr', { hasText: client }).first();
      await row.getByRole('button', { name: `Historique de ${client}` }).click();
      await page.locator('.staff-notes li', { hasText: 'Ajouté' }).waitFor();
      await axe(page, 'admin-memberships-fr');
      // The same client again: refused, and the field says for whom it acts already.
      await page.locator('#members-principal').fill(client);
      await page.locator('#members-org').selectOption('la-cimade');
      await page.getByRole('button', { name: 'Ajouter…' }).click();
      await page.getByRole('dialog', { name: 'Ajouter ce rattachement ?' }).getByRole('button', { name: 'Ajouter le rattachement' }).click();
      await page.getByText('Cet identifiant agit déjà pour Adoma. Retirez d’abord ce rattachement.').waitFor();
      await row.getByRole('button', { name: `Retirer ${client} de Adoma` }).click();
      await page.getByRole('dialog', { name: 'Retirer ce rattachement ?' }).getByRole('button', { name: 'Retirer le rattachement' }).click();
      await page.getByText(`Retiré : ${client} n’agit plus pour Adoma.`).waitFor();

      // The retention: out of bounds is refused at the field; within bounds is saved; then put back.
      await page.getByRole('link', { name: 'Conservation' }).click();
      await heading(page, 'Conservation');
      const months = page.locator('#retention-months');
      const initial = await months.inputValue();
      await months.fill('30');
      await page.getByRole('button', { name: 'Enregistrer la conservation' }).click();
      await page.getByText('Indiquez un nombre entier de mois de 6 à 24.').waitFor();
      assert.equal(await months.getAttribute('aria-invalid'), 'true');
      assert.match(await months.getAttribute('aria-describedby'), /retention-months-error/);
      await axe(page, 'admin-retention-error-fr');
      await months.fill('18');
      await page.getByRole('button', { name: 'Enregistrer la conservation' }).click();
      await page.getByText(/Enregistré : les dossiers sont désormais gardés 18\smois/).waitFor();
      await page.locator('#retention-months').fill(initial);
      await page.getByRole('button', { name: 'Enregistrer la conservation' }).click();
      await page.getByText(new RegExp(`gardés ${initial}\\smois`)).waitFor();

      // The person's rights: the export as a file, then the erasure after typing the reference.
      await page.getByRole('link', { name: 'Droits des personnes' }).click();
      await heading(page, 'Droits des personnes');
      await findCase(page, 'rights', kase);
      await page.getByRole('heading', { level: 2, name: `Dossier ${kase.reference}` }).waitFor();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: `Télécharger l’export de ${kase.reference}` }).click(),
      ]);
      assert.equal(download.suggestedFilename(), `${kase.reference}-export.json`);
      const file = join(OUT, 'admin-export.json');
      await download.saveAs(file);
      const exported = readFileSync(file, 'utf8');
      rmSync(file, { force: true });
      assert.ok(exported.includes(kase.id), 'the export is the case’s');
      await axe(page, 'admin-rights-fr');
      await page.getByRole('button', { name: 'Effacer les données de la personne…' }).click();
      const erase = page.getByRole('dialog', { name: `Effacer la personne du dossier ${kase.reference} ?` });
      await erase.locator('#erase-reference').fill('PAS-0000-000000');
      await erase.getByRole('button', { name: 'Effacer maintenant' }).click();
      await erase.getByText(`Tapez exactement la référence : ${kase.reference}.`).waitFor();
      await axe(page, 'admin-erase-dialog-fr');
      await erase.locator('#erase-reference').fill(kase.reference.toLowerCase());
      await erase.getByRole('button', { name: 'Effacer maintenant' }).click();
      await page.getByText('Effacé : il ne reste rien de personnel dans le dossier.').waitFor();
      await page.getByText('Anonymisé le', { exact: true }).waitFor();

      assert.ok(!(await page.content()).includes(PERSON), 'no admin screen shows the person');
      assert.deepEqual(b.errors, [], 'no script error and nothing the Content-Security-Policy blocked');
      await assertNothingPersonalLeft(b, urls, [PERSON]);
    } finally {
      await b.close();
    }
  });

  it('adds an organisation and corrects it: each mistake said at its input, a stale save explained, a taken short name refused (fr)', async () => {
    const b = await launch({ locale: 'fr-FR', viewport: DESKTOP });
    const { page } = b;
    const slug = `maison-e2e-${Date.now().toString(36)}`;
    const NAME = 'Maison des nouveaux arrivants (essai)';
    try {
      await page.goto('/admin/organisations');
      await signIn(page, COORDINATOR);
      await page.waitForURL((u) => u.pathname === '/admin/organisations');
      await page.getByRole('link', { name: 'Ajouter une organisation' }).click();
      await page.waitForURL((u) => u.pathname === '/admin/organisations/new');
      await heading(page, 'Ajouter une organisation');

      // A short name with spaces, no kind, and "local" with no place: each said at its input, nothing sent.
      await page.locator('#org-slug').fill('Maison Essai');
      await page.locator('#org-name').fill(NAME);
      const add = page.getByRole('button', { name: 'Ajouter l’organisation' });
      await add.click();
      await page.locator('#org-slug-error').waitFor();
      assert.equal((await page.locator('#org-slug-error').textContent()).trim(), 'Utilisez seulement des minuscules, des chiffres et des traits d’union simples, par exemple maison-des-migrants.');
      assert.equal((await page.locator('#org-kind-error').textContent()).trim(), 'Choisissez le type d’organisation.');
      assert.equal((await page.locator('#org-scope-error').textContent()).trim(), 'Une organisation locale a besoin d’une ville, d’un département ou d’une région.');
      await page.waitForFunction(() => document.activeElement?.id === 'org-slug');
      assert.equal(await page.locator('#org-slug').getAttribute('aria-invalid'), 'true');
      assert.equal((await read(page, `/api/v1/organizations/${slug}`)).status, 404, 'nothing was sent');
      await axe(page, 'admin-organisation-new-fr');

      await page.locator('#org-slug').fill(slug);
      await page.locator('#org-kind').selectOption('association');
      await page.locator('#org-descriptionFr').fill('Accueil de jour et orientation des personnes nouvellement arrivées.');
      await page.locator('#org-phone').fill('+33 3 83 00 00 00');
      await page.locator('#org-city').fill('Nancy');
      await add.click();
      await page.waitForURL((u) => u.pathname === `/admin/organisations/${slug}`);
      await heading(page, NAME);
      await page.getByText('Ajoutée. L’organisation est dans le catalogue.').waitFor();
      const created = (await read(page, `/api/v1/organizations/${slug}`)).json;
      assert.equal(created.name, NAME);
      assert.equal(created.phone, '+33383000000');
      assert.equal(created.territory.city, 'Nancy');

      // A website without its scheme: said at its input; then saved.
      await page.locator('#org-website').fill('maison-essai.example');
      const save = page.getByRole('button', { name: 'Enregistrer l’organisation' });
      await save.click();
      await page.locator('#org-website-error').waitFor();
      assert.equal((await read(page, `/api/v1/organizations/${slug}/maintained`)).json.version, 0, 'nothing was sent');
      await page.locator('#org-website').fill('https://maison-essai.example');
      await save.click();
      await page.getByText('Enregistré. C’est dans le catalogue.').waitFor();
      let maintained = await read(page, `/api/v1/organizations/${slug}/maintained`);
      assert.equal(maintained.json.version, 1);
      assert.equal(maintained.json.fields.website, 'https://maison-essai.example');
      await axe(page, 'admin-organisation-fr');
      await shot(page, 'admin-organisation-fr');

      // Another coordinator changes it meanwhile: this page's save is refused as stale, said so, and "read it again"
      // shows the other change.
      const other = await put(page, `/api/v1/organizations/${slug}`, maintained.etag, { ...maintained.json.fields, kindNote: 'Réseau de bénévoles' });
      assert.equal(other.status, 200, JSON.stringify(other.json));
      await page.locator('#org-region').fill('Grand Est');
      await save.click();
      const stale = page.getByRole('alert').filter({ hasText: 'Quelqu’un a modifié cette organisation depuis que vous avez ouvert la page.' });
      await stale.waitFor();
      await stale.getByRole('button', { name: 'Relire' }).click();
      await page.waitForFunction(() => document.querySelector('#org-kindNote')?.value === 'Réseau de bénévoles');
      await page.locator('#org-region').fill('Grand Est');
      await save.click();
      await page.getByText('Enregistré. C’est dans le catalogue.').waitFor();
      maintained = await read(page, `/api/v1/organizations/${slug}/maintained`);
      assert.deepEqual([maintained.json.version, maintained.json.fields.kindNote, maintained.json.fields.territory.region], [3, 'Réseau de bénévoles', 'Grand Est']);
      // A second save from the same form sends the version the first one left.
      await page.locator('#org-email').fill('accueil@maison-essai.example');
      await page.getByText('Enregistré. C’est dans le catalogue.').waitFor({ state: 'hidden' });
      await save.click();
      await page.getByText('Enregistré. C’est dans le catalogue.').waitFor();
      assert.equal((await read(page, `/api/v1/organizations/${slug}/maintained`)).json.version, 4);

      // The same short name again: refused at its input.
      await page.goto('/admin/organisations/new');
      await heading(page, 'Ajouter une organisation');
      await page.locator('#org-slug').fill(slug);
      await page.locator('#org-name').fill('Un doublon');
      await page.locator('#org-kind').selectOption('other');
      await page.locator('#org-scope').selectOption('national-remote');
      await add.click();
      await page.locator('#org-slug-error').getByText('Une autre organisation a déjà ce nom court. Choisissez-en un autre.').waitFor();
      assert.equal(page.url().endsWith('/admin/organisations/new'), true);

      // The list links to it.
      await page.goto('/admin/organisations');
      await page.locator('#orgs-q').fill('nouveaux arrivants (essai)');
      await page.getByRole('button', { name: 'Chercher' }).click();
      await page.getByRole('link', { name: `Modifier ${NAME}` }).click();
      await page.waitForURL((u) => u.pathname === `/admin/organisations/${slug}`);
      assert.deepEqual(b.errors, [], 'no script error and nothing the Content-Security-Policy blocked');
    } finally {
      await b.close();
    }
  });

  for (const [locale, words] of [
    ['fr-FR', { home: 'La coordination', orgs: 'Organisations et guichets', members: 'Rattachements', themes: 'Thèmes', audit: 'Journal des modifications', journal: 'Journal des accès', retention: 'Conservation', rights: 'Droits des personnes', editHousing: /^Modifier les libellés de /, show: 'Voir ce qui a changé' }],
    ['en-GB', { home: 'Coordination', orgs: 'Organisations and desks', members: 'Memberships', themes: 'Themes', audit: 'Audit log', journal: 'Access journal', retention: 'Retention', rights: 'Case rights', editHousing: /^Edit the labels of /, show: 'Show what changed' }],
  ]) {
    it(`has no accessibility violation on any page of the area (${locale})`, async () => {
      const b = await launch({ locale, viewport: DESKTOP });
      const urls = recordVisitedUrls(b.page);
      const { page } = b;
      try {
        await page.goto('/admin');
        await signIn(page, COORDINATOR);
        await page.waitForURL((u) => u.pathname === '/admin');
        await heading(page, words.home);
        await axe(page, `admin-home-${locale}`);

        await page.goto('/admin/organisations');
        await heading(page, words.orgs);
        await page.locator('table.staff-table tbody tr').first().waitFor();
        await page.locator('form.admin-desk').first().waitFor();
        await axe(page, `admin-organisations-${locale}`);
        await page.goto('/admin/organisations/la-cimade');
        await heading(page, 'La Cimade');
        await page.locator('#org-name').waitFor();
        await axe(page, `admin-organisation-${locale}`);

        await page.goto('/admin/memberships');
        await heading(page, words.members);
        await page.locator('table.staff-table tbody tr').first().waitFor();
        await axe(page, `admin-memberships-${locale}`);

        await page.goto('/admin/themes');
        await heading(page, words.themes);
        await page.getByRole('button', { name: words.editHousing }).first().click();
        const arabic = page.locator('input[lang="ar"]').first();
        await arabic.waitFor();
        assert.equal(await arabic.getAttribute('dir'), 'rtl');
        assert.equal(await page.locator('input[lang="fa-AF"]').first().getAttribute('dir'), 'rtl');
        assert.equal(await page.locator('input[lang="ti"]').first().getAttribute('dir'), 'ltr');
        assert.equal(await page.locator('.admin-labels input').count(), 8);
        await axe(page, `admin-themes-${locale}`);

        await page.goto('/admin/audit');
        await heading(page, words.audit);
        await page.locator('li.admin-event').first().getByRole('button', { name: words.show }).click();
        await axe(page, `admin-audit-${locale}`);

        await page.goto(`/admin/journal?case=${kase.id}`);
        await heading(page, words.journal);
        await page.locator('table.admin-journal tbody tr').first().waitFor();
        await axe(page, `admin-journal-${locale}`);

        await page.goto('/admin/retention');
        await heading(page, words.retention);
        await page.locator('#retention-months').waitFor();
        await axe(page, `admin-retention-${locale}`);

        await page.goto(`/admin/cases?case=${kase.id}`);
        await heading(page, words.rights);
        await page.locator('.staff-facts').waitFor();
        await axe(page, `admin-rights-${locale}`);
        await shot(page, `admin-rights-${locale}`);

        assert.deepEqual(b.errors, [], 'no script error and nothing the Content-Security-Policy blocked');
        await assertNothingPersonalLeft(b, urls, [PERSON]);
      } finally {
        await b.close();
      }
    });
  }
});
