// The whole kiosk journey in French, Arabic (right to left) and Ukrainian on the kiosk (1080x1920), and in
// Arabic, Tigrinya and Ukrainian on phones (360x640, 390x844: where the QR code sends people), with
// axe-core on every page in French and Arabic. On every screen, at every size: no focused element under
// a fixed or sticky bar (Tab through it), and every control can be clicked without force.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  assertControlsUsable, assertFocusNotObscured, axe, catalogue, heading, KIOSK, launch, phone, PHONES, readQr, shot,
} from './support.mjs';

/** Tigrinya's strings come from its catalogue (English behind the keys it lacks), as the kiosk shows them. */
const tiText = (() => {
  const ti = catalogue('ti');
  const en = catalogue('en');
  return (key) => ti[key] ?? en[key];
})();

const LANGS = [
  {
    code: 'fr', native: 'Français', dir: 'ltr', axe: true,
    needs: 'De quoi avez-vous besoin ?', plan: 'Votre plan', seePlan: 'Voir mon plan maintenant',
    questions: 'Répondre à 5 questions courtes pour un meilleur plan', age: '18 à 25 ans',
    french: 'Non, ou quelques mots', household: 'Je suis seul ou seule', here: 'Ici, à Nancy',
    status: 'J’ai demandé l’asile', more: 'En savoir plus sur ce service', qr: 'L’emporter sur mon téléphone',
    include: 'Inclure ma situation administrative', finish: 'Terminer et tout effacer',
    print: 'Imprimer mon plan', emergency: 'Un endroit pour dormir',
    pages: { Confidentialité: 'Confidentialité', Accessibilité: 'Déclaration d’accessibilité', 'Mentions légales': 'Mentions légales', 'Faire une réclamation': 'Faire une réclamation' },
  },
  {
    code: 'ar', native: 'العربية', dir: 'rtl', axe: true,
    needs: 'ماذا تحتاج؟', plan: 'خطتك', seePlan: 'اعرض خطتي الآن',
    questions: 'أجب عن 5 أسئلة قصيرة لخطة أفضل', age: 'من 18 إلى 25 سنة',
    french: 'لا أتكلمها، أو بضع كلمات', household: 'أنا وحدي', here: 'هنا، في Nancy',
    status: 'طلبتُ اللجوء', more: 'المزيد عن هذه الخدمة', qr: 'خذها على هاتفي',
    include: 'أضف وضعي القانوني', finish: 'إنهاء ومسح كل شيء',
    print: 'اطبع خطتي', emergency: 'مكان للنوم',
    // Every public page in Arabic, none falling back to English (issue 14).
    pages: { الخصوصية: 'إشعار الخصوصية', 'إمكانية الوصول': 'بيان إمكانية الوصول', 'الإشعارات القانونية': 'الإشعارات القانونية', 'تقديم شكوى': 'تقديم شكوى' },
  },
  {
    code: 'uk', native: 'Українська', dir: 'ltr', axe: false,
    needs: 'Що вам потрібно?', plan: 'Ваш план', seePlan: 'Показати мій план зараз',
    questions: 'Відповісти на 5 коротких запитань для кращого плану', age: 'Від 18 до 25',
    french: 'Не знаю, або кілька слів', household: 'Я сам або сама', here: 'Тут, у місті Nancy',
    status: 'Я прошу притулку (подано заяву)', more: 'Докладніше про цю службу', qr: 'Взяти на телефон',
    include: 'Додати мій статус', finish: 'Завершити й усе стерти',
    print: 'Надрукувати мій план', emergency: 'Місце для ночівлі',
    pages: {
      Конфіденційність: 'Повідомлення про конфіденційність', Доступність: 'Заява про доступність',
      'Правова інформація': 'Правова інформація', 'Подати скаргу': 'Подати скаргу',
    },
  },
  {
    code: 'ti', native: 'ትግርኛ', dir: 'ltr', axe: false,
    needs: tiText('needs.heading'), plan: tiText('plan.heading'), seePlan: tiText('needs.seePlan'),
    questions: tiText('needs.questions'), age: tiText('q.age.18-25'), french: tiText('q.french.A1'),
    household: tiText('q.household.single'), here: tiText('q.city.here').replace('{city}', 'Nancy'),
    status: tiText('q.status.asylum-seeker'), more: tiText('plan.more'), qr: tiText('actions.qr'),
    include: tiText('qr.includeStatus'), finish: tiText('nav.finish'), print: tiText('actions.print'),
    emergency: tiText('emergency.115'),
    pages: { [tiText('footer.privacy')]: 'ሓበሬታ ብሕትነት' },
  },
];

/**
 * Where each journey runs: fr on the kiosk; ar and uk on the kiosk and both phones; ti on both phones.
 * axe runs on the kiosk (fr, ar) and on the smallest phone in Arabic, to keep the suite short.
 */
const RUNS = [
  { code: 'fr', size: KIOSK, axe: true },
  { code: 'ar', size: KIOSK, axe: true },
  { code: 'uk', size: KIOSK, axe: false },
  ...['ar', 'ti', 'uk'].flatMap((code) =>
    PHONES.map((size, i) => ({ code, size, phone: true, axe: code === 'ar' && i === 0 })),
  ),
];

for (const run of RUNS) {
  const L = LANGS.find((l) => l.code === run.code);
  const size = `${run.size.width}x${run.size.height}`;
  const tag = run.phone ? `${L.code}-${size}` : L.code;
  describe(`kiosk journey in ${L.code} at ${size}`, () => {
    let browser;
    before(async () => {
      const locale = L.code === 'fr' ? 'fr-FR' : 'de-DE';
      browser = await launch(run.phone ? { locale, ...phone(run.size) } : { locale, viewport: run.size });
    });
    after(async () => browser.close());
    // Every screen: axe where asked, then focus never under a bar, and every control usable.
    const check = async (label) => {
      if (run.axe) await axe(browser.page, `${tag}-${label}`);
      await assertFocusNotObscured(browser.page, `${tag} ${label}`);
      await assertControlsUsable(browser.page, `${tag} ${label}`);
    };

    it('reaches a first plan in three taps: language, one need, "see my plan now"', async () => {
      const { page } = browser;
      await page.goto('/');
      await page.getByRole('button', { name: 'العربية' }).waitFor();
      await check('home');
      await shot(page, `${tag}-1-home`);
      await page.getByRole('button', { name: L.native, exact: true }).click(); // tap 1
      await heading(page, L.needs);
      assert.equal(await page.evaluate(() => document.documentElement.lang), L.code);
      assert.equal(await page.evaluate(() => document.documentElement.dir), L.dir);
      // The back arrow points the way back: to the right in a right-to-left page.
      const arrow = await page.locator('.back-link svg').evaluate((e) => getComputedStyle(e).transform);
      assert.equal(arrow, L.dir === 'rtl' ? 'matrix(-1, 0, 0, 1, 0, 0)' : 'none', 'back arrow direction');
      await check('needs');
      await shot(page, `${tag}-2-needs`);
      await page.locator('[data-need="rights"]').click(); // tap 2
      assert.equal(await page.locator('[data-need="rights"]').getAttribute('aria-pressed'), 'true');
      const asked = page.waitForRequest((r) => r.url().includes('/api/v1/triage'));
      await page.getByRole('button', { name: L.seePlan }).click(); // tap 3
      assert.ok(!(await asked).url().includes('replay'), 'a first plan counts its unmet needs');
      await heading(page, L.plan);
      await page.locator('section.need[data-need="rights"] .offer').first().waitFor();
      assert.ok((await page.locator('.offer').count()) > 0);
      assert.match(page.url(), /\/kiosk\/plan#l=/);
      assert.ok(!page.url().includes('?'), 'answers never go in the query string');
    });

    it('answers the five questions (status first choice: rather not say) and shows the plan with reasons', async () => {
      const { page } = browser;
      await page.goto('/');
      await page.getByRole('button', { name: L.native, exact: true }).click();
      await heading(page, L.needs);
      await page.locator('[data-need="housing"]').click();
      await page.locator('[data-need="work"]').click();
      await page.getByRole('button', { name: L.questions }).click();
      await page.locator('[data-value="18-25"]').waitFor();
      await check('q-age');
      await page.getByRole('button', { name: L.age }).click();
      await page.locator('[data-value="none"]').waitFor();
      await check('q-french');
      await page.getByRole('button', { name: L.french }).click();
      await page.locator('[data-value="single"]').waitFor();
      await check('q-household');
      await page.getByRole('button', { name: L.household }).click();
      await page.locator('#city').waitFor();
      await check('q-city');
      await page.getByRole('button', { name: L.here }).click();
      await page.locator('[data-value="prefer-not-to-say"]').waitFor();
      const first = await page.locator('.choice-list .choice').first().getAttribute('data-value');
      assert.equal(first, 'prefer-not-to-say', '"I would rather not say" is the first choice');
      await check('q-status');
      await shot(page, `${tag}-3-status`);
      await page.getByRole('button', { name: L.status }).click();
      await heading(page, L.plan);
      await page.locator('.offer').first().waitFor();
      await page.locator('.reason').first().waitFor();
      await check('plan');
      await shot(page, `${tag}-4-plan`);
      assert.ok(!page.url().includes('asylum'), 'the status is not in the kiosk URL');
    });

    it('gives the plan to take home: QR code without the status unless ticked, and a print view', async () => {
      const { page } = browser;
      await page.getByRole('button', { name: L.qr }).click();
      const url = page.getByTestId('qr-url');
      await url.waitFor();
      assert.ok(await page.locator('svg.qr').isVisible());
      const plain = await url.textContent();
      assert.match(plain, /\/kiosk\/plan#/);
      assert.ok(!plain.includes('s=asylum-seeker'), 'no status in the QR code by default');
      // The code itself, read as a phone camera would, holds that same link.
      assert.equal(await readQr(page.locator('svg.qr')), plain.trim());
      await check('plan-qr');
      await page.getByLabel(L.include).check();
      assert.match(await url.textContent(), /s=asylum-seeker/);
      assert.match(await readQr(page.locator('svg.qr')), /s=asylum-seeker/);
      // A phone opening that link asks for the same plan again: a replay, not counted twice.
      const phone = await browser.context.newPage();
      const replayed = phone.waitForRequest((r) => r.url().includes('/api/v1/triage'));
      await phone.goto(plain.trim());
      assert.match((await replayed).url(), /replay=true/);
      await phone.close();
      await page.getByLabel(L.include).uncheck();
      assert.ok(!(await url.textContent()).includes('s=asylum-seeker'));
      await page.getByRole('link', { name: L.print }).click();
      await page.locator('.print-need').first().waitFor();
      await check('print');
    });

    it('opens a service page with hours, access, languages, cost and dates', async () => {
      const { page } = browser;
      await page.goto('/');
      await page.getByRole('button', { name: L.native, exact: true }).click();
      await page.locator('[data-need="rights"]').click();
      await page.getByRole('button', { name: L.seePlan }).click();
      await page.locator('section.need[data-need="rights"] .offer').first().waitFor();
      await page.locator('[data-slug="cimade-permanences-juridiques"] .offer__more').click();
      await page.locator('.service .hours').first().waitFor();
      assert.ok(await page.locator('.notice--warning').first().isVisible(), 'illustrative hours are said so');
      if (L.code !== 'fr') {
        // In the visitor's language as an automatic translation (issue 14), or in another language: said either way.
        const machine = await page.getByTestId('machine-translation').isVisible();
        assert.ok(machine || (await page.getByTestId('lang-fallback').isVisible()),
          'the page says when its text is an automatic translation or in another language');
      }
      await check('service');
      await shot(page, `${tag}-5-service`);
    });

    it('shows the emergency numbers and the public pages', async () => {
      const { page } = browser;
      const footer = page.locator('footer.site-footer');
      const numbers = footer.locator('.emergency__number');
      if (run.phone) {
        // Folded to one line that stays on screen; a tap opens the numbers, each one a tel: link.
        const toggle = footer.locator('.emergency__toggle');
        assert.ok(await toggle.isVisible(), 'the folded emergency strip is on screen');
        assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
        const box = await toggle.boundingBox();
        assert.ok(box.height <= 64, `the folded strip takes one line (${box.height} px)`);
        await toggle.click();
        assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
        assert.ok(await footer.locator('a.emergency__number[href="tel:115"]').isVisible(), 'a phone can dial 115');
        await shot(page, `${tag}-6-emergency`);
        await page.keyboard.press('Escape');
        assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
        await toggle.click();
      } else {
        // A kiosk cannot dial: large numbers, no tel: link.
        assert.equal(await footer.locator('a[href^="tel:"]').count(), 0, 'no tel: link on the kiosk');
        const size = await numbers.filter({ hasText: '115' }).locator('strong').evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
        assert.ok(size >= 24, `the numbers are large (${size} px)`);
      }
      for (const n of ['112', '114', '115', '3114', '3919']) {
        assert.ok(await numbers.filter({ hasText: n }).first().isVisible(), `${n} is shown`);
      }
      assert.ok((await footer.textContent()).includes(L.emergency));
      for (const [link, title] of Object.entries(L.pages)) {
        await footer.getByRole('link', { name: link, exact: true }).click();
        await heading(page, title);
        await check(`page-${new URL(page.url()).pathname.split('/').pop()}`);
      }
    });

    it('"finish" clears everything and goes home', async () => {
      const { page } = browser;
      await page.goto('/');
      await page.getByRole('button', { name: L.native, exact: true }).click();
      await page.locator('[data-need="health"]').click();
      await page.getByRole('button', { name: L.finish }).click();
      await page.waitForURL((u) => u.pathname === '/');
      await page.getByRole('button', { name: L.native, exact: true }).click();
      await page.locator('[data-need="health"]').waitFor();
      assert.equal(await page.locator('[aria-pressed="true"]').count(), 0);
      const stored = await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie]);
      assert.deepEqual(stored, [0, 0, ''], 'nothing in localStorage, sessionStorage or cookies');
      assert.deepEqual(browser.errors, [], 'no script error');
    });
  });
}
