// What the staff browser tests share (not a test file: node --test runs *.test.mjs only): the demo
// personas of the Keycloak realm, signing in on Keycloak's own page, the page's own API calls (session
// cookie and CSRF header), printed pages read back from their PDF, and the check that nothing about a
// person stays in the browser after a journey.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { OUT } from '../e2e/support.mjs';

/** The demo-only passwords of k8s/keycloak/passerelle-realm.json. */
export const AGENT = ['agent.demo', 'agent-demo-2026'];
export const SECOND_DESK = ['agent.metz', 'agent-metz-2026'];
export const PARTNER = ['partner.cimade', 'partner-cimade-2026'];
export const PARTNER_ADOMA = ['partner.adoma', 'partner-adoma-2026'];
export const COORDINATOR = ['coordinator.demo', 'coordinator-demo-2026'];

/** Keycloak's own login page: the browser was sent there by the shell's guard and the server. */
export async function signIn(page, [username, password]) {
  await page.waitForURL((u) => u.pathname.includes('/protocol/openid-connect/auth'), { timeout: 20_000 });
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(password);
  await page.locator('#kc-login').click();
}

/** A write as the SPA makes it: the session cookie and the CSRF header copied from its cookie. */
export async function post(page, path, body) {
  return page.evaluate(
    async ([p, b]) => {
      const csrf = decodeURIComponent(/(?:^|; )passerelle-csrf=([^;]*)/.exec(document.cookie)?.[1] ?? '');
      const response = await fetch(p, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-CSRF-Token': csrf },
        body: JSON.stringify(b),
      });
      return { status: response.status, json: await response.json() };
    },
    [path, body],
  );
}

/** A write as the SPA makes it (session cookie, CSRF header), with If-Match. */
export async function put(page, path, ifMatch, body) {
  return page.evaluate(
    async ([p, m, b]) => {
      const csrf = decodeURIComponent(/(?:^|; )passerelle-csrf=([^;]*)/.exec(document.cookie)?.[1] ?? '');
      const response = await fetch(p, {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-CSRF-Token': csrf, 'If-Match': m },
        body: JSON.stringify(b),
      });
      return { status: response.status, json: await response.json() };
    },
    [path, ifMatch, body],
  );
}

/**
 * Asserts where the focus is once the screen has settled: a screen moves it in an effect, after the paint
 * that made the awaited element visible, so a check made at once can run a few milliseconds early.
 */
export async function assertFocus(page, predicate, arg, message) {
  await page.waitForFunction(predicate, arg, { timeout: 5_000 }).catch(() => undefined);
  assert.ok(await page.evaluate(predicate, arg), message);
}

export const RTL = new Set(['ar', 'fa-AF', 'ps']);

/**
 * The text of a PDF, read back with poppler's pdftotext (Debian poppler-utils, installed by .ci/run). It
 * reads the /ActualText Chromium writes for each shaped cluster, so joined Arabic comes back as letters in
 * reading order; NFKC folds any presentation form into its letter.
 */
export const pdfText = (file) => execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).normalize('NFKC');
export const pdfPages = (file) => Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
/** The fonts embedded in a PDF, by name (pdffonts, poppler-utils). */
export const embeddedFonts = (file) => execFileSync('pdffonts', [file], { encoding: 'utf8' });
export const collapse = (text) => text.normalize('NFKC').replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();

/**
 * Whether a sentence came back from a PDF. Left to right: the sentence itself, white space collapsed,
 * whatever its case (a kicker may print in capitals). Right to left, pdftotext adds direction marks and a
 * space between clusters, and puts the comma-separated parts of a line in visual order, so each word must
 * come back whole, its letters in reading order (short vowels aside).
 */
export function cameBack(text, sentence, lang) {
  if (!RTL.has(lang)) return collapse(text).toLocaleLowerCase(lang).includes(collapse(sentence).toLocaleLowerCase(lang));
  // The short vowels and tanween are marks on a letter's cluster; pdftotext may put one after the next letter.
  const marks = /[\u064b-\u0652\u0670]/g;
  const squeezed = text.replace(/[\s\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '').replace(marks, '');
  const words = sentence.normalize('NFKC').replace(marks, '').split(/[\s،.؛:«»()]+/).filter(Boolean);
  return words.length > 0 && words.every((word) => squeezed.includes(word));
}

/** Prints the page as the desk's browser would (A4 from the page's own @page) and returns the PDF's path. */
export async function printToPdf(page, name) {
  await page.emulateMedia({ media: 'print' });
  // Each slip is one page's box: what it holds must end inside it (the caps' job), not be cut by it.
  const boxes = await page.evaluate(() =>
    [...document.querySelectorAll('section.slip')].map((s) => {
      const last = [...s.children].at(-1);
      return { height: s.clientHeight, content: Math.ceil(last.getBoundingClientRect().bottom - s.getBoundingClientRect().top) };
    }),
  );
  for (const box of boxes) assert.ok(box.content <= box.height, `${name}: a slip's content overflows its page ${JSON.stringify(box)}`);
  const file = join(OUT, `${name}.pdf`);
  writeFileSync(file, await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }));
  await page.emulateMedia({ media: 'screen' });
  return file;
}

/** Every address the page's main frame showed (navigations and history entries the SPA pushed). */
export function recordVisitedUrls(page) {
  const urls = [];
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) urls.push(frame.url());
  });
  return urls;
}

/**
 * Nothing about the person stays in the browser: not in localStorage, sessionStorage, IndexedDB, the
 * Cache Storage (every cached answer read back), the cookies, or any address the page showed.
 */
export async function assertNothingPersonalLeft(browser, visitedUrls, secrets) {
  const inPage = await browser.page.evaluate(async () => {
    const stores = JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage });
    // Every record of every object store of every database, read back as JSON.
    const databases = [];
    for (const { name } of await indexedDB.databases()) {
      if (!name) continue;
      const db = await new Promise((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      for (const store of db.objectStoreNames) {
        const all = await new Promise((resolve, reject) => {
          const request = db.transaction(store, 'readonly').objectStore(store).getAll();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        databases.push(`${name}/${store}: ${JSON.stringify(all)}`);
      }
      db.close();
    }
    const cached = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        const response = await cache.match(request);
        cached.push(request.url, (await response?.text()) ?? '');
      }
    }
    return { stores, databases, cached: cached.join('\n') };
  });
  const cookies = (await browser.context.cookies()).map((c) => `${c.name}=${c.value}`).join('\n');
  const places = { storage: inPage.stores, indexedDB: inPage.databases.join('\n'), caches: inPage.cached, cookies, urls: visitedUrls.join('\n') };
  for (const [where, text] of Object.entries(places)) {
    for (const secret of secrets) {
      const found = secret instanceof RegExp ? secret.test(text) : text.includes(secret);
      assert.ok(!found, `${secret} is left in the browser's ${where}`);
    }
  }
  return places;
}
