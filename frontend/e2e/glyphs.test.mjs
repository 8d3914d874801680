// Glyph coverage in the browser: in every interface language, the first screen's native names and the
// characters of every kiosk language's catalogue render with a font that has them, never an empty box.
// Two independent checks, both on what Chromium actually paints:
// - the DevTools protocol's CSS.getPlatformFontsForNode names the fonts used for a text: Arabic-script
//   and Ethiopic text must be drawn entirely by the faces the app ships (never by whatever the system
//   has: CI machines differ), so this holds on any Debian Chromium;
// - on a canvas with the element's own font stack, no character may draw the same as a code point no
//   font has (U+0378, unassigned): that is the .notdef box, tofu.
// The source-level half (every character inside a shipped unicode-range) is src/app/glyphs.test.ts.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { catalogue, launch, phone, PHONES, shot } from './support.mjs';

const LANGS = ['fr', 'en', 'ar', 'fa-AF', 'ps', 'ti', 'uk', 'ru'];
const RTL = ['ar', 'fa-AF', 'ps'];
const SHIPPED = {
  'Noto Sans Arabic': /[\u0600-\u06FF\u0750-\u077F\u0870-\u08FF\uFB50-\uFDFF\uFE70-\uFEFC]/u,
  'Noto Sans Ethiopic': /[\u1200-\u1399\u2D80-\u2DDE\uAB01-\uAB2E]/u,
};
const scriptOf = (ch) => Object.keys(SHIPPED).find((f) => SHIPPED[f].test(ch));
const chars = (text) => [...new Set([...text])];
/** Each catalogue's characters, split into those a shipped face must draw and all the others. */
const TEXTS = Object.fromEntries(
  LANGS.map((l) => {
    const all = chars(Object.values(catalogue(l)).join('')).filter((c) => !/\s|\p{Cf}/u.test(c));
    const byFace = {};
    for (const c of all) {
      const face = scriptOf(c);
      if (face) byFace[face] = (byFace[face] ?? '') + c;
    }
    return [l, { all: all.join(''), byFace }];
  }),
);

/** The fonts Chromium used for the text inside `selector` (one entry per element). */
async function platformFonts(cdp, selector) {
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector });
  return Promise.all(nodeIds.map(async (nodeId) => (await cdp.send('CSS.getPlatformFontsForNode', { nodeId })).fonts));
}

/** Fails unless every glyph of an Arabic-script or Ethiopic text comes from the face the app ships. */
function assertShipped(fonts, text, face, where) {
  const drawnBy = fonts.map((f) => `${f.familyName}${f.isCustomFont ? ' (web font)' : ''}: ${f.glyphCount}`);
  const ours = fonts.filter((f) => f.isCustomFont && f.familyName === face).reduce((n, f) => n + f.glyphCount, 0);
  const other = fonts.filter((f) => !(f.isCustomFont && f.familyName === face)).reduce((n, f) => n + f.glyphCount, 0);
  // Characters outside the face's range (spaces, digits, Latin) may come from the system stack.
  const outside = [...text].filter((c) => !SHIPPED[face].test(c)).length;
  assert.ok(ours > 0 && other <= outside, `${where}: "${text.slice(0, 40)}" drawn by ${drawnBy.join(', ')}, not ${face}`);
}

for (const ui of LANGS) {
  describe(`glyphs with the interface in ${ui}`, () => {
    let browser;
    let cdp;
    before(async () => {
      browser = await launch({ locale: ui, ...phone(PHONES[0]) });
      cdp = await browser.context.newCDPSession(browser.page);
      await cdp.send('DOM.enable');
      await cdp.send('CSS.enable');
    });
    after(async () => browser.close());

    it('has the script faces loaded as soon as the native names show on the first screen', async () => {
      const { page } = browser;
      await page.goto('/');
      await page.locator('.tile--language').first().waitFor();
      // The moment the names are there, their faces are too (Tigrinya showed boxes until it arrived).
      const loaded = await page.evaluate(() => ({
        ethiopic: document.fonts.check('600 16px "Noto Sans Ethiopic"', 'ትግርኛ'),
        arabic: document.fonts.check('600 16px "Noto Sans Arabic"', 'العربية'),
      }));
      assert.deepEqual(loaded, { ethiopic: true, arabic: true }, 'script faces loaded before the names show');
      assert.equal(await page.evaluate(() => document.documentElement.lang), ui);
    });

    it('draws each native name with the face the app ships for its script (in RTL interfaces too)', async () => {
      const { page } = browser;
      await page.goto('/');
      await page.locator('.tile--language').first().waitFor();
      await page.evaluate(() => document.fonts.ready);
      const tiles = await page.locator('.tile--language').evaluateAll((els) => els.map((e) => e.textContent.trim()));
      const fonts = await platformFonts(cdp, '.tile--language');
      assert.equal(fonts.length, 8);
      tiles.forEach((name, i) => {
        const face = scriptOf([...name].find(scriptOf) ?? '');
        if (face) assertShipped(fonts[i], name, face, `${ui} first screen, tile ${name}`);
      });
      if (ui === 'ar' || ui === 'ti') await shot(page, `glyphs-${ui}-home`);
    });

    it('renders the characters of every kiosk language\'s catalogue with a face that has them', async () => {
      const { page } = browser;
      // One probe per catalogue and script, in the page as it is styled for this interface language.
      const probes = [];
      for (const l of LANGS) {
        for (const [face, text] of Object.entries(TEXTS[l].byFace)) probes.push({ l, face, text });
        probes.push({ l, face: null, text: TEXTS[l].all });
      }
      await page.evaluate((list) => {
        const box = document.createElement('div');
        box.id = 'glyph-probes';
        list.forEach((p, i) => {
          const el = document.createElement('p');
          el.lang = p.l;
          el.dataset.probe = String(i);
          el.textContent = p.text;
          box.append(el);
        });
        document.querySelector('main').append(box);
      }, probes);
      await page.evaluate(() => document.fonts.ready);
      const fonts = await platformFonts(cdp, '#glyph-probes p');
      const tofu = await page.evaluate(async (list) => {
        const canvas = document.createElement('canvas');
        canvas.width = canvas.height = 64;
        const g = canvas.getContext('2d', { willReadFrequently: true });
        const out = [];
        for (const el of document.querySelectorAll('#glyph-probes p')) {
          const p = list[Number(el.dataset.probe)];
          if (p.face) continue;
          const font = `40px ${getComputedStyle(el).fontFamily}`;
          await document.fonts.load(font, p.text);
          g.font = font;
          const draw = (ch) => {
            g.clearRect(0, 0, 64, 64);
            g.fillText(ch, 4, 48);
            return g.getImageData(0, 0, 64, 64).data.join(',');
          };
          const notdef = draw('\u0378');
          for (const ch of p.text) if (draw(ch) === notdef) out.push(`${p.l}: U+${ch.codePointAt(0).toString(16)} ${ch}`);
        }
        return out;
      }, probes);
      assert.deepEqual(tofu, [], `${ui}: characters drawn as an empty box`);
      probes.forEach((p, i) => {
        if (p.face) assertShipped(fonts[i], p.text, p.face, `${ui} interface, ${p.l} catalogue`);
      });
      await page.evaluate(() => document.getElementById('glyph-probes')?.remove());
    });

    if (RTL.includes(ui)) {
      it('keeps the Défenseur des droits line in order in right-to-left text', async () => {
        const { page } = browser;
        const complaint = page.locator('.complaint');
        const name = complaint.locator('bdi[lang="fr"]');
        assert.equal(await name.textContent(), 'Défenseur des droits', 'the Latin name is isolated');
        assert.equal(await name.evaluate((e) => e.getClientRects().length), 1, 'the name is not split across lines');
        const number = complaint.locator('bdi[dir="ltr"]');
        assert.equal(await number.textContent(), '09 69 39 00 00', 'the number is isolated, left to right');
        // Read right to left: the sentence, then the name, then the number further left (or below).
        const [n, d] = [await name.boundingBox(), await number.boundingBox()];
        assert.ok(d.y > n.y + 2 || d.x + d.width <= n.x + 1, 'the number comes after the name in reading order');
      });
    }
  });
}
