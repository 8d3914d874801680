// The kiosk's JS budget, as a hard gate: what the first screen needs, gzip, at most 30 kB. Measured on the
// build the jar serves: the entry script and its modulepreloads (from index.html), plus the first-screen
// part of the message catalogues of the worst-case language (a partial catalogue loads with English
// behind it); the later part of each catalogue (<lang>-later) loads with the later screens.
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
    // The rest of each catalogue (questions, plan, print, service page) loads with the later screens.
    const later = {};
    for (const file of readdirSync(join(DIST, 'assets'))) {
      const lang = /^(.+)-later-[\w-]{8}\.js$/.exec(file)?.[1];
      if (LANGS.includes(lang)) later[lang] = gz(`assets/${file}`);
    }
    assert.deepEqual(Object.keys(later).sort(), ['ar', 'en', 'fa-af', 'fr', 'ps', 'ru', 'ti', 'uk'], 'a later part per language');
    assert.ok(!initial.some((f) => /-later-/.test(f)), 'the later messages are not on the first screen');
    console.log(`later messages per language (gzip, loaded with the questions, plan and service screens): ${JSON.stringify(later)}`);
    assert.ok(total <= BUDGET, `initial JS ${total} B > ${BUDGET} B`);
    assert.ok(!initial.some((f) => /qr|print|service|legal|plan|question/.test(f)), 'later screens load lazily');
    // No staff code on the kiosk's first screen: the data layer, the form library and "who am I" are
    // words that survive minification (property names, URLs).
    for (const file of initial) {
      const source = readFileSync(join(DIST, file), 'utf8');
      for (const word of ['queryKey', 'onSubmitAsync', '/api/v1/me', 'idle.locked']) {
        assert.ok(!source.includes(word), `${file} (kiosk first screen) holds staff code: ${word}`);
      }
    }
  });
});

// The staff shell's budget (docs/decisions/0011-staff-shell.md): its entry and the heaviest area's first
// screen, with everything they import, at most 120 kB gzip. Read from Vite's manifest.
const STAFF_BUDGET = 120 * 1024;
// Every screen of the desk counts as a first screen: an agent may open a case by its link.
const STAFF_AREAS = [
  'src/features/desk/routes/dashboard.tsx',
  'src/features/desk/routes/search.tsx',
  'src/features/desk/routes/case.tsx',
  'src/features/desk/routes/visit.tsx',
  'src/features/partner/routes/home.tsx', 'src/features/admin/routes/home.tsx',
  // A partner may open one of its services by its link.
  'src/features/partner/routes/service.tsx'];

function closure(manifest, key, seen = new Set()) {
  const chunk = manifest[key];
  assert.ok(chunk, `${key} is not in the build manifest`);
  if (seen.has(chunk.file)) return seen;
  seen.add(chunk.file);
  for (const next of chunk.imports ?? []) closure(manifest, next, seen);
  return seen;
}

describe('staff JS budget', () => {
  it(`keeps the staff shell and its heaviest area within ${STAFF_BUDGET / 1024} kB gzip`, () => {
    assert.ok(DIST, 'no build found: run npm run build');
    const manifest = JSON.parse(readFileSync(join(DIST, '.vite', 'manifest.json'), 'utf8'));
    const shell = closure(manifest, 'src/app/staff/main.tsx');
    const sizes = STAFF_AREAS.map((area) => {
      const files = closure(manifest, area, new Set(shell));
      return [area, [...files].reduce((sum, f) => sum + gz(f), 0)];
    });
    const [worstArea, worst] = sizes.reduce((a, b) => (b[1] > a[1] ? b : a));
    console.log(`staff initial JS (gzip): ${worst} B with ${worstArea}; per area ${JSON.stringify(Object.fromEntries(sizes))}`);
    assert.ok(worst <= STAFF_BUDGET, `staff initial JS ${worst} B > ${STAFF_BUDGET} B`);
    // The QR decoder loads only when the agent presses "Scan": on no screen's first load, kiosk or staff.
    const jsqr = Object.entries(manifest).find(([key]) => key.includes('node_modules/jsqr/'))?.[1]?.file;
    assert.ok(jsqr, 'jsqr is a chunk of its own');
    for (const area of [...STAFF_AREAS, 'src/app/staff/main.tsx', 'index.html']) {
      assert.ok(!closure(manifest, area).has(jsqr), `${area} loads jsqr up front`);
    }
  });
});

// The signed link's page (/r/{token}, decision 0018): a partner opens it on a phone, often on a slow network.
// Its chunk and everything it imports, with the entry every page loads, at most 80 kB gzip; and none of the
// staff shell nor of the kiosk's later screens (a link needs neither).
const LINK_BUDGET = 80 * 1024;

describe('signed link JS budget', () => {
  it(`keeps the link page within ${LINK_BUDGET / 1024} kB gzip, without the staff shell or the kiosk's screens`, () => {
    assert.ok(DIST, 'no build found: run npm run build');
    const manifest = JSON.parse(readFileSync(join(DIST, '.vite', 'manifest.json'), 'utf8'));
    const files = closure(manifest, 'src/app/link/main.tsx');
    const total = [...files].reduce((sum, f) => sum + gz(f), 0);
    console.log(`link page JS (gzip, with the entry): ${total} B`);
    assert.ok(total <= LINK_BUDGET, `link page JS ${total} B > ${LINK_BUDGET} B`);
    const shell = manifest['src/app/staff/main.tsx']?.file;
    assert.ok(shell && !files.has(shell), 'the link page loads the staff shell');
    for (const [key, chunk] of Object.entries(manifest)) {
      if (/^src\/features\/(kiosk|desk|partner|admin|legal)\//.test(key)) {
        assert.ok(!files.has(chunk.file), `the link page loads ${key}`);
      }
    }
  });
});
