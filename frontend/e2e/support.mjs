// Shared helpers of the browser tests: Debian's Chromium driven by playwright-core (never a downloaded
// browser), a fresh profile per test, screenshots checked for content, axe-core on every page.
import AxeBuilder from '@axe-core/playwright';
import { decode } from 'fast-png';
import jsQR from 'jsqr';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const FRONTEND = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The packaged jar under test (failsafe starts it on 8081); BASE_URL points elsewhere by hand. */
export const BASE_URL = (process.env.BASE_URL ?? 'http://localhost:8081').replace(/\/$/, '');
export const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
export const OUT = resolve(FRONTEND, '..', 'target', 'e2e');
export const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

mkdirSync(OUT, { recursive: true });

/** A browser with a fresh, empty profile; close() removes it. */
export async function launch({ locale = 'fr-FR', viewport = { width: 1080, height: 1600 }, init } = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'passerelle-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROME,
    headless: true,
    args: FLAGS,
    locale,
    viewport,
    baseURL: BASE_URL,
  });
  if (init) await context.addInitScript(init);
  const page = context.pages()[0] ?? (await context.newPage());
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // The jar sends a strict Content-Security-Policy: anything it blocks is an error too.
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) errors.push(m.text());
  });
  return {
    context,
    page,
    errors,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Saves a screenshot under target/e2e and fails when it is blank (too few colours, no variance). */
export async function shot(page, name, options = {}) {
  const path = join(OUT, `${name}.png`);
  const png = await page.screenshot({ path, fullPage: false, ...options });
  const image = decode(png);
  const channels = image.channels;
  const colours = new Set();
  let sum = 0;
  let sumSq = 0;
  const pixels = image.width * image.height;
  for (let i = 0; i < pixels; i += 7) {
    const o = i * channels;
    const r = image.data[o];
    const g = image.data[o + 1];
    const b = image.data[o + 2];
    colours.add((r << 16) | (g << 8) | b);
    const grey = (r + g + b) / 3;
    sum += grey;
    sumSq += grey * grey;
  }
  const samples = Math.ceil(pixels / 7);
  const variance = sumSq / samples - (sum / samples) ** 2;
  assert.ok(colours.size >= 16, `${name}: screenshot looks blank (${colours.size} colours)`);
  assert.ok(variance > 100, `${name}: screenshot looks blank (variance ${variance.toFixed(1)})`);
  return path;
}

/** axe-core on the page as it is: zero violations, or the test fails with their list. */
export async function axe(page, label) {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`,
  );
  writeFileSync(join(OUT, `axe-${label}.json`), JSON.stringify(results.violations, null, 2));
  assert.deepEqual(summary, [], `axe on ${label}`);
}

/** Waits for the screen's heading: the app moved to the next screen. */
export async function heading(page, text) {
  await page.getByRole('heading', { level: 1, name: text }).waitFor();
}

/**
 * Reads a QR code the way a phone would: a screenshot of the element, decoded with jsQR. Returns the
 * text it holds, or null when no code can be read.
 */
export async function readQr(locator) {
  const png = decode(await locator.screenshot());
  const channels = png.channels;
  const rgba = new Uint8ClampedArray(png.width * png.height * 4);
  for (let i = 0, j = 0; i < png.width * png.height; i++, j += channels) {
    rgba[i * 4] = png.data[j];
    rgba[i * 4 + 1] = png.data[j + (channels >= 3 ? 1 : 0)];
    rgba[i * 4 + 2] = png.data[j + (channels >= 3 ? 2 : 0)];
    rgba[i * 4 + 3] = 255;
  }
  const code = jsQR(rgba, png.width, png.height);
  return code ? code.data : null;
}
