// The kiosk's JS budget, as a hard gate: what the first screen needs, gzip, at most 30 kB. Measured on the
// build the jar serves: the entry script and its modulepreloads (from index.html), plus the message
// catalogues of the worst-case language (a partial catalogue loads with English behind it).
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { FRONTEND } from './support.mjs';

const BUDGET = 30 * 1024;
// Vite writes dist/; Quinoa moves it to target/quinoa/build when the jar is packaged.
const DIST = [process.env.DIST, join(FRONTEND, 'dist'), resolve(FRONTEND, '..', 'target', 'quinoa', 'build')].find(
  (d) => d && existsSync(join(d, 'index.html')),
);
const gz = (file) => gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length;

describe('kiosk JS budget', () => {
  it(`keeps the initial JS within ${BUDGET / 1024} kB gzip`, () => {
    assert.ok(DIST, 'no build found: run npm run build');
    const html = readFileSync(join(DIST, 'index.html'), 'utf8');
    const initial = [
      ...html.matchAll(/<script type="module"[^>]*src="\/([^"]+\.js)"/g),
      ...html.matchAll(/<link rel="modulepreload"[^>]*href="\/([^"]+\.js)"/g),
    ].map((m) => m[1]);
    assert.ok(initial.length > 0, 'no entry script in index.html');
    const shell = initial.reduce((sum, f) => sum + gz(f), 0);
    // A message catalogue is the chunk that holds the key of the first screen's heading.
    const catalogues = {};
    const LANGS = ['fr', 'en', 'ar', 'fa-af', 'ps', 'ti', 'uk', 'ru'];
    for (const file of readdirSync(join(DIST, 'assets'))) {
      const lang = /^(.+)-[\w-]{8}\.js$/.exec(file)?.[1];
      if (!LANGS.includes(lang)) continue;
      const source = readFileSync(join(DIST, 'assets', file), 'utf8');
      if (source.includes('"lang.heading"') || source.includes("'lang.heading'")) {
        catalogues[lang] = gz(`assets/${file}`);
      }
    }
    assert.deepEqual(Object.keys(catalogues).sort(), ['ar', 'en', 'fa-af', 'fr', 'ps', 'ru', 'ti', 'uk']);
    const byLang = Object.fromEntries(
      Object.entries(catalogues).map(([l, size]) => [l, ['fr', 'en'].includes(l) ? size : size + catalogues.en]),
    );
    const worst = Math.max(...Object.values(byLang));
    const total = shell + worst;
    console.log(`kiosk initial JS (gzip): shell ${shell} B + catalogues ${worst} B (worst language) = ${total} B`);
    console.log(`catalogues per language (gzip, with English behind partial ones): ${JSON.stringify(byLang)}`);
    assert.ok(total <= BUDGET, `initial JS ${total} B > ${BUDGET} B`);
    assert.ok(!initial.some((f) => /qr|print|service|legal|plan|question/.test(f)), 'later screens load lazily');
  });
});
