// Glyph coverage and style rules, checked on the sources (no browser): every character a kiosk language
// can show is inside the unicode-range of a face the app ships, or in the Latin/Cyrillic every system
// font stack has; the shipped faces are in every font stack; hover never styles a touch screen.
// The browser half (the font actually used, no empty box) is e2e/glyphs.test.mjs.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFENSEUR, EMERGENCY_NUMBERS } from '../components/site-footer';
import { LANGUAGES } from '../lib/i18n/languages';
import { CATALOGUES } from '../lib/i18n/messages/all';
import type { Catalogue } from '../lib/i18n/translate';
/** A stylesheet without its comments (they quote rules). */
const css = (name: string) => readFileSync(new URL(name, import.meta.url), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
const FONTS = css('./fonts.css');
const STYLES = css('./styles.css');

type Range = readonly [number, number];
const parseRanges = (list: string): Range[] =>
  list.split(',').map((part) => {
    const [a, b] = part.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(a ?? '', 16), parseInt(b ?? a ?? '', 16)] as const;
  });

/** The shipped faces: family -> unicode-range, from fonts.css. */
const SHIPPED = new Map<string, Range[]>();
for (const face of FONTS.matchAll(/@font-face\s*{([^}]*)}/g)) {
  const body = face[1] ?? '';
  const family = /font-family:\s*'([^']+)'/.exec(body)?.[1];
  const range = /unicode-range:\s*([^;]+);/.exec(body)?.[1];
  if (family && range) SHIPPED.set(family, [...(SHIPPED.get(family) ?? []), ...parseRanges(range)]);
}

/**
 * What the default system stack covers on every platform the kiosk runs on (DejaVu/Noto Sans on Debian,
 * Segoe UI, Roboto, San Francisco): Latin, Cyrillic, general punctuation, currency, the arrows used.
 */
const SYSTEM: Range[] = [
  [0x09, 0x0a], [0x20, 0x7e], [0xa0, 0x24f], [0x2bc, 0x2bc], [0x300, 0x36f], [0x400, 0x4ff],
  [0x2000, 0x206f], [0x20a0, 0x20bf], [0x2116, 0x2116], [0x2190, 0x2193],
];
const inRanges = (cp: number, ranges: readonly Range[]) => ranges.some(([a, b]) => cp >= a && cp <= b);
const shippedFaceOf = (cp: number) => [...SHIPPED].find(([, r]) => inRanges(cp, r))?.[0];
const ARABIC_SCRIPT: Range[] = [[0x600, 0x6ff], [0x750, 0x77f], [0x870, 0x8ff], [0xfb50, 0xfdff], [0xfe70, 0xfeff]];
const ETHIOPIC_SCRIPT: Range[] = [[0x1200, 0x139f], [0x2d80, 0x2ddf], [0xab00, 0xab2f]];

function uncovered(text: string): string[] {
  const out = new Set<string>();
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (!shippedFaceOf(cp) && !inRanges(cp, SYSTEM)) out.add(`U+${cp.toString(16).toUpperCase()} ${ch}`);
  }
  return [...out];
}

describe('glyph coverage of the kiosk languages', () => {
  it('ships an Arabic and an Ethiopic face', () => {
    expect([...SHIPPED.keys()].sort()).toEqual(['Noto Sans Arabic', 'Noto Sans Ethiopic']);
  });

  for (const [lang, catalogue] of Object.entries(CATALOGUES)) {
    it(`covers every character of the ${lang} catalogue`, () => {
      const text = Object.values(catalogue).join('');
      expect(uncovered(text)).toEqual([]);
      // Arabic-script and Ethiopic characters never rely on a system font: the app ships their face.
      for (const ch of text) {
        const cp = ch.codePointAt(0) ?? 0;
        if (inRanges(cp, ARABIC_SCRIPT)) expect(shippedFaceOf(cp), ch).toBe('Noto Sans Arabic');
        if (inRanges(cp, ETHIOPIC_SCRIPT)) expect(shippedFaceOf(cp), ch).toBe('Noto Sans Ethiopic');
      }
    });
  }

  it('covers the native names of the first screen', () => {
    expect(uncovered(LANGUAGES.map((l) => l.native).join(''))).toEqual([]);
  });

  it('names both shipped faces in every font stack, so no rule can drop one (`.tile` beat `:lang(ti)`)', () => {
    const stack = /--font-ui:\s*([^;]+);/.exec(STYLES)?.[1] ?? '';
    for (const family of SHIPPED.keys()) expect(stack).toContain(`'${family}'`);
    const declarations = [...STYLES.matchAll(/(?<![-\w])font-family:\s*([^;]+);/g)].map((m) => m[1]?.trim());
    for (const value of declarations) {
      if (value === 'inherit' || value === 'var(--font-ui)') continue;
      for (const family of SHIPPED.keys()) expect(value, `font-family: ${value}`).toContain(`'${family}'`);
    }
    // `font:` shorthands other than inherit would reset the family to one without the shipped faces.
    const shorthands = [...STYLES.matchAll(/(?<![-\w])font:\s*([^;]+);/g)].map((m) => m[1]?.trim());
    expect(shorthands.filter((v) => v !== 'inherit')).toEqual([]);
  });
});

describe('touch screens', () => {
  it('styles :hover only inside @media (hover: hover): a tap must not look like "selected"', () => {
    // Strip the hover blocks, then no :hover may remain.
    let rest = STYLES;
    for (;;) {
      const at = rest.indexOf('@media (hover: hover)');
      if (at < 0) break;
      let depth = 0;
      let end = rest.indexOf('{', at);
      for (let i = end; i < rest.length; i++) {
        if (rest[i] === '{') depth++;
        if (rest[i] === '}' && --depth === 0) {
          end = i;
          break;
        }
      }
      rest = rest.slice(0, at) + rest.slice(end + 1);
    }
    expect(rest.match(/[^\n]*:hover[^\n]*/g) ?? []).toEqual([]);
  });
});

describe('emergency numbers', () => {
  it('include 114 (by text, deaf and hard of hearing) and 3114 (suicide prevention)', () => {
    expect(EMERGENCY_NUMBERS).toContain('114');
    expect(EMERGENCY_NUMBERS).toContain('3114');
  });

  for (const [lang, catalogue] of Object.entries(CATALOGUES)) {
    it(`have a label for every number in ${lang}`, () => {
      const missing = EMERGENCY_NUMBERS.filter((n) => !catalogue[`emergency.${n}` as keyof Catalogue]);
      expect(missing).toEqual([]);
    });
  }

  it('keep the complaint body name, isolated by the footer, in every catalogue', () => {
    for (const catalogue of Object.values(CATALOGUES)) expect(catalogue['complaint.short']).toContain(DEFENSEUR);
  });
});
