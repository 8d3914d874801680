// The kiosk's JS budget, as a hard gate: what the first screen needs, gzip, at most 30 kB, measured from
// dist (the entry chunk, its static imports, and the catalogues of the worst-case language).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { FRONTEND } from './support.mjs';

const BUDGET = 30 * 1024;
const DIST = join(FRONTEND, 'dist');
const manifest = JSON.parse(readFileSync(join(DIST, '.vite', 'manifest.json'), 'utf8'));
const gz = (file) => gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length;

function closure(key, seen = new Set()) {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const dep of manifest[key]?.imports ?? []) closure(dep, seen);
  return seen;
}

describe('kiosk JS budget', () => {
  it(`keeps the initial JS within ${BUDGET / 1024} kB gzip`, () => {
    const entry = Object.keys(manifest).find((k) => manifest[k].isEntry);
    const initial = [...closure(entry)].map((k) => manifest[k].file);
    const shell = initial.reduce((sum, f) => sum + gz(f), 0);
    const catalogue = (lang) => manifest[`src/lib/i18n/messages/${lang}.ts`]?.file;
    const partial = ['ar', 'fa-af', 'ps', 'ti', 'uk', 'ru'];
    const byLang = {
      fr: gz(catalogue('fr')),
      en: gz(catalogue('en')),
      ...Object.fromEntries(partial.map((l) => [l, gz(catalogue(l)) + gz(catalogue('en'))])),
    };
    const worst = Math.max(...Object.values(byLang));
    const total = shell + worst;
    console.log(`kiosk initial JS (gzip): shell ${shell} B + catalogues ${worst} B (worst language) = ${total} B`);
    console.log(`per language: ${JSON.stringify(byLang)}`);
    assert.ok(total <= BUDGET, `initial JS ${total} B > ${BUDGET} B`);
    assert.ok(!initial.some((f) => /qr|print|service|legal/.test(f)), 'QR, print, service and legal code load lazily');
  });
});
