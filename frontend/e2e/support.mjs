// Shared helpers of the browser tests: Debian's Chromium driven by playwright-core (never a downloaded
// browser), a fresh profile per test, screenshots checked for content, axe-core on every page.
import AxeBuilder from '@axe-core/playwright';
import { decode } from 'fast-png';
import jsQR from 'jsqr';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
export async function launch({ locale = 'fr-FR', viewport = { width: 1080, height: 1920 }, isMobile, hasTouch, init } = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'passerelle-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROME,
    headless: true,
    args: FLAGS,
    locale,
    viewport,
    ...(isMobile ? { isMobile } : {}),
    ...(hasTouch ? { hasTouch } : {}),
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

/** The sizes the kiosk is used at: the kiosk itself (portrait screen), and the phones its QR code reaches. */
export const KIOSK = { width: 1080, height: 1920 };
export const PHONES = [
  { width: 360, height: 640 },
  { width: 390, height: 844 },
];
/** A phone browser: narrow, touch, no hover (the CSS and the tel: links key on that). */
export const phone = (viewport) => ({ viewport, isMobile: true, hasTouch: true });

/**
 * Focus Not Obscured (WCAG 2.2 SC 2.4.11, and the stricter 2.4.12): tabs through the whole screen and
 * fails when any part of a focused element is painted over by a fixed or sticky bar (the bar is what the
 * browser shows at a point of the overlap, and does not hold the focused element).
 */
export async function assertFocusNotObscured(page, label, { max = 120 } = {}) {
  await page.evaluate(() => {
    document.activeElement?.blur?.();
    window.scrollTo(0, 0);
  });
  const covered = [];
  const seen = new Set();
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const r = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      const name = (e) =>
        `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${e.className && typeof e.className === 'string' ? `.${e.className.trim().split(/\s+/).join('.')}` : ''}`;
      // Unique per element (tag and index at every level): repeated cards have identical classes.
      const path = (e) => {
        const parts = [];
        for (let n = e; n && n !== document.body; n = n.parentElement) {
          parts.unshift(`${n.tagName}${[...(n.parentElement?.children ?? [])].indexOf(n)}`);
        }
        return parts.join('>');
      };
      const box = el.getBoundingClientRect();
      const hits = [];
      for (const bar of document.querySelectorAll('body *')) {
        const style = getComputedStyle(bar);
        if ((style.position !== 'fixed' && style.position !== 'sticky') || bar.contains(el) || el.contains(bar)) continue;
        if (style.visibility === 'hidden' || style.display === 'none') continue;
        const q = bar.getBoundingClientRect();
        const left = Math.max(box.left, q.left);
        const right = Math.min(box.right, q.right);
        const top = Math.max(box.top, q.top);
        const bottom = Math.min(box.bottom, q.bottom);
        if (right - left < 1 || bottom - top < 1) continue;
        // Painted over only if, somewhere in the overlap, the bar is what shows.
        // (inset from the corners, which a border-radius leaves to what is behind)
        const at = (fx, fy) => [left + (right - left) * fx, top + (bottom - top) * fy];
        const points = [at(0.5, 0.5), at(0.25, 0.25), at(0.75, 0.75), at(0.25, 0.75), at(0.75, 0.25)];
        if (points.some(([x, y]) => {
          const top = document.elementFromPoint(x, y);
          return top && bar.contains(top) && !el.contains(top);
        })) hits.push(name(bar));
      }
      return { key: path(el), el: name(el), hits };
    });
    if (!r) continue;
    if (seen.has(r.key)) break;
    seen.add(r.key);
    if (r.hits.length > 0) covered.push(`${r.el} under ${r.hits.join(', ')}`);
  }
  assert.ok(seen.size > 0, `${label}: Tab focused nothing`);
  assert.deepEqual(covered, [], `${label}: focused elements covered by a fixed or sticky bar`);
  return seen.size;
}

/**
 * Every visible control can be clicked as a person would: Playwright's actionability checks (visible,
 * stable, enabled, and the point it would tap is not covered by another element), without force, and
 * it is at least 24 px each way (WCAG 2.2 SC 2.5.8; inline links in a sentence are exempt).
 */
export async function assertControlsUsable(page, label) {
  await page.evaluate(() => {
    document.activeElement?.blur?.();
    window.scrollTo(0, 0);
  });
  const controls = page.locator('a[href]:visible, button:visible, input:visible, select:visible, summary:visible');
  const count = await controls.count();
  const problems = [];
  for (let i = 0; i < count; i++) {
    const control = controls.nth(i);
    const what = await control.evaluate((e) => {
      const inline = e.tagName === 'A' && getComputedStyle(e).display === 'inline' && e.parentElement?.closest('p');
      const box = e.getBoundingClientRect();
      // A skip link waits above the page until it has focus: it is for the keyboard, not for a tap.
      const parked = box.bottom + window.scrollY <= 0;
      return { parked, name: `${e.tagName.toLowerCase()} "${(e.textContent ?? '').trim().slice(0, 30)}"`, inline: !!inline, w: box.width, h: box.height };
    });
    if (what.parked) continue;
    if (!what.inline && (what.w < 24 || what.h < 24)) problems.push(`${what.name}: ${what.w.toFixed(0)}x${what.h.toFixed(0)} px`);
    try {
      await control.click({ trial: true, timeout: 2500 });
    } catch (e) {
      problems.push(`${what.name}: cannot be clicked (${e.message.split('\n').find((l) => /intercepts|outside|not visible|covered/i.test(l))?.trim() ?? 'timeout'})`);
    }
  }
  assert.ok(count > 0, `${label}: no control`);
  assert.deepEqual(problems, [], `${label}: controls a person cannot use`);
}

/**
 * The strings of a message catalogue, read from its sources (the e2e runs on plain Node, no TS loader):
 * its first-screen part (<code>.ts) and its later part (<code>-later.ts).
 */
export function catalogue(code) {
  const out = {};
  for (const name of [code.toLowerCase(), `${code.toLowerCase()}-later`]) {
    const source = readFileSync(join(FRONTEND, 'src', 'lib', 'i18n', 'messages', `${name}.ts`), 'utf8');
    for (const m of source.matchAll(/^\s*'([\w.-]+)':\s*(?:\n\s*)?'((?:[^'\\]|\\.)*)'/gm)) out[m[1]] = m[2];
  }
  return out;
}
