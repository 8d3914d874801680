// The way in (issue 14): every offer of a plan says how to get in, and none ends on "address not known";
// the one-stop-shop desk shows its address and hours; on a kiosk the phone, e-mail and website are text to
// read and copy, on a phone they are links (the website opening apart, rel=noopener). Against the packaged
// jar and its demo catalogue.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { axe, catalogue, KIOSK, launch, phone, PHONES, shot } from './support.mjs';

const ar = catalogue('ar');
const en = catalogue('en');
const arText = (key) => ar[key] ?? en[key];
const DIAIR = '/kiosk/services/diair-portail-accueil-integration-refugies';

describe('the way in, on a kiosk', () => {
  let browser;
  before(async () => {
    browser = await launch({ viewport: KIOSK });
  });
  after(async () => browser.close());

  it('gives every offer of an Arabic plan a way in, and shows the desk when nothing else is known', async () => {
    const { page, errors } = browser;
    await page.goto('/kiosk/plan#l=ar&n=housing,rights&a=31-64&c=Besan%C3%A7on');
    await page.locator('.offer').first().waitFor();
    const offers = await page.locator('.offer').count();
    assert.ok(offers >= 4, `${offers} offers`);
    assert.equal(await page.locator('.offer .way-in').count(), offers, 'a way in on every offer');
    const text = await page.locator('main').innerText();
    assert.ok(!text.includes(arText('plan.noAddress')), 'no "address not known" dead end');
    const desk = page.locator('.offer .way-in__desk').first();
    await desk.waitFor();
    assert.match(await desk.innerText(), /1 place Stanislas/);
    await desk.locator('summary').click();
    assert.ok((await desk.locator('.way-in__hours li').count()) >= 3, 'the desk hours, day by day');
    assert.ok(await desk.locator('.way-in__hours li').first().isVisible());
    assert.match(await page.locator('.offer .way-in__what').first().innerText(), new RegExp(arText('service.access')));
    assert.equal(await page.locator('.way-in a[href^="tel:"]').count(), 0, 'a kiosk cannot dial');
    await shot(page, 'way-in-ar-kiosk');
    await axe(page, 'way-in-ar-plan');
    assert.deepEqual(errors, []);
  });

  it('shows a service contact as large text to copy, never a link that opens a browser', async () => {
    const { page } = browser;
    await page.goto(`${DIAIR}#l=fr`);
    const way = page.locator('.way-in');
    await way.waitFor();
    assert.match(await way.innerText(), /01 72 71 69 75/);
    assert.match(await way.innerText(), /www\.accueil-integration-refugies\.fr/);
    assert.equal(await way.locator('a').count(), 0);
    const size = await way.locator('.way-in__phone').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    const body = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
    assert.ok(size > body, `the number is large (${size}px > ${body}px)`);
  });
});

describe('the way in, on a phone', () => {
  let browser;
  before(async () => {
    browser = await launch(phone(PHONES[1]));
  });
  after(async () => browser.close());

  it('links the number, the mailbox and the website (opening apart, noopener)', async () => {
    const { page } = browser;
    await page.goto(`${DIAIR}#l=fr`);
    const way = page.locator('.way-in');
    await way.waitFor();
    assert.equal(await way.locator('a[href="tel:+33172716975"]').count(), 1);
    assert.equal(await way.locator('a[href^="mailto:"]').count(), 1);
    const site = way.locator('a[href="https://www.accueil-integration-refugies.fr"]');
    assert.equal(await site.getAttribute('target'), '_blank');
    assert.match(await site.getAttribute('rel'), /noopener/);
    await shot(page, 'way-in-fr-phone');
    await axe(page, 'way-in-fr-phone');
  });
});
