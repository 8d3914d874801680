import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EMERGENCY_NUMBERS } from '../../components/site-footer';
import { cataloguesNeeded, laterLoaded, loadCatalogues, needsLater } from './load';
import { dirOf, LANGUAGES, pickLanguage, toLang, type Lang } from './languages';
import { en, FILES, fr } from './messages/all';
import enFirst, { type MessageKey } from './messages/en';
import { createTranslator, fallbackChain, lookup, type Catalogue } from './translate';

describe('fallback chain', () => {
  it('is chosen language, then English, then French', () => {
    expect(fallbackChain('ar')).toEqual(['ar', 'en', 'fr']);
    expect(fallbackChain('en')).toEqual(['en', 'fr']);
    expect(fallbackChain('fr')).toEqual(['fr', 'en']);
  });

  it('serves a key from the chosen language, else from en, else from fr, and says which', () => {
    const catalogues: Partial<Record<Lang, Catalogue>> = {
      ti: { 'nav.back': 'ንድሕሪት' },
      en: { 'nav.back': 'Back', 'nav.language': 'Language' },
      fr: { 'nav.back': 'Retour', 'nav.language': 'Langue', 'nav.finish': 'Terminer' },
    };
    const { tr } = createTranslator('ti', catalogues);
    expect(tr('nav.back')).toEqual({ text: 'ንድሕሪት', lang: 'ti' });
    expect(tr('nav.language')).toEqual({ text: 'Language', lang: 'en' });
    expect(tr('nav.finish')).toEqual({ text: 'Terminer', lang: 'fr' });
  });

  it('treats an empty string as missing, and shows the key when nothing has it', () => {
    const catalogues: Partial<Record<Lang, Catalogue>> = { uk: { 'nav.back': '' }, en: {} };
    expect(lookup(fallbackChain('uk'), catalogues, 'nav.back').text).toBe('nav.back');
  });

  it('fills parameters and leaves unknown ones visible', () => {
    const { t } = createTranslator('en', { en: { 'q.progress': 'Question {n} of {total}' } });
    expect(t('q.progress', { n: 2, total: 5 })).toBe('Question 2 of 5');
    expect(t('q.progress', { n: 2 })).toBe('Question 2 of {total}');
  });

  it('falls back for real: a Tigrinya kiosk loads English behind it and shows it for a text it lacks', async () => {
    const loaded = await loadCatalogues('ti', [], { withLater: true });
    expect(Object.keys(loaded).sort()).toEqual(['en', 'ti']);
    expect(createTranslator('ti', loaded).tr('channel.phone').lang).toBe('ti');
    // The real catalogues, minus one Tigrinya text (none is missing today): English fills the gap.
    const { 'channel.phone': _dropped, ...tiLacking } = loaded.ti ?? {};
    const { t, tr } = createTranslator('ti', { ...loaded, ti: tiLacking });
    expect(tr('nav.back').lang).toBe('ti');
    expect(tr('channel.phone')).toEqual({ text: en['channel.phone'], lang: 'en' });
    expect(t('channel.phone')).toBe('by phone');
  });

  it('loads only what a language needs: complete catalogues alone, partial ones with English', () => {
    expect(cataloguesNeeded('fr')).toEqual(['fr']);
    expect(cataloguesNeeded('en')).toEqual(['en']);
    expect(cataloguesNeeded('ps')).toEqual(['ps', 'en']);
  });
});

describe('catalogues in two parts (the kiosk JS budget)', () => {
  it('loads the first screens\' messages at start, and the rest only when a later screen asks', async () => {
    expect(laterLoaded('uk')).toBe(false);
    const start = await loadCatalogues('uk');
    expect(start.uk?.['lang.heading']).toBeTruthy();
    expect(start.uk?.['plan.heading']).toBeUndefined();
    expect(laterLoaded('uk')).toBe(false);
    const later = await loadCatalogues('uk', [], { withLater: true });
    expect(laterLoaded('uk')).toBe(true);
    expect(later.uk?.['plan.heading']).toBeTruthy();
    expect(later.en?.['plan.heading']).toBe(en['plan.heading']);
    expect(later.uk?.['lang.heading']).toBe(start.uk?.['lang.heading']);
    // Loaded once, kept: a later call without withLater still has both parts.
    expect((await loadCatalogues('uk')).uk?.['plan.heading']).toBeTruthy();
  });

  it('tells which screens need the later part', () => {
    for (const path of ['/', '/kiosk', '/kiosk/needs', '/kiosk/privacy', '/kiosk/accessibility']) {
      expect(needsLater(path), path).toBe(false);
    }
    for (const path of ['/kiosk/questions/age', '/kiosk/plan', '/kiosk/plan/print', '/kiosk/services/some-slug']) {
      expect(needsLater(path), path).toBe(true);
    }
  });

  // The modules of the first screens (the main chunk): every message key they name must be in the
  // first part, or the first screen would show a raw key while the later part is not loaded.
  const FIRST_SCREEN = [
    '../../app/app.tsx',
    '../../components/site-footer.tsx',
    '../../components/idle-guard.tsx',
    '../../components/offline-banner.tsx',
    '../../components/read-aloud.tsx',
    '../../components/loading.tsx',
    '../../features/kiosk/routes/language.tsx',
    '../../features/kiosk/routes/needs.tsx',
    '../../features/kiosk/components/back-button.tsx',
    '../../features/legal/routes/legal-page.tsx',
  ];
  it('the first screens name only keys of the first part', () => {
    const keys = new Set(Object.keys(en));
    const first = new Set(Object.keys(enFirst));
    for (const file of FIRST_SCREEN) {
      const source = readFileSync(new URL(file, import.meta.url), 'utf8');
      const named = [...source.matchAll(/'([a-z]+\.[\w.-]+)'/g)].map((m) => m[1] ?? '').filter((k) => keys.has(k));
      expect(named.length, file).toBeGreaterThan(0);
      expect(named.filter((k) => !first.has(k)), file).toEqual([]);
    }
    // The footer's numbers are named through a template.
    expect(EMERGENCY_NUMBERS.filter((n) => !first.has(`emergency.${n}`))).toEqual([]);
  });

  it('no app module imports the whole catalogues (messages/all.ts is for tests)', () => {
    const offenders: string[] = [];
    const walk = (dir: URL) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const url = new URL(entry.name + (entry.isDirectory() ? '/' : ''), dir);
        if (entry.isDirectory()) walk(url);
        else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) && entry.name !== 'all.ts') {
          if (/messages\/all['"]/.test(readFileSync(url, 'utf8'))) offenders.push(url.pathname);
        }
      }
    };
    walk(new URL('../../', import.meta.url));
    expect(offenders).toEqual([]);
  });
});

describe('catalogues', () => {
  const KIOSK_PREFIXES = [
    'app.', 'skip.', 'nav.', 'lang.', 'needs.', 'q.', 'plan.', 'verdict.', 'effect.', 'bring.', 'pathway.',
    'reason.', 'cefr.', 'status.', 'actions.', 'qr.', 'print.', 'offline.', 'idle.', 'emergency.', 'footer.',
    'complaint.', 'safety.', 'service.', 'access.', 'channel.', 'criterion.',
  ];
  const kioskKeys = (Object.keys(en) as MessageKey[]).filter((k) => KIOSK_PREFIXES.some((p) => k.startsWith(p)));
  const reviewed = new Set<Lang>(['fr', 'en']);

  it('fr is complete and has no empty text', () => {
    for (const key of Object.keys(en) as MessageKey[]) {
      expect(fr[key], key).toBeTruthy();
    }
  });

  for (const { code } of LANGUAGES.filter((l) => !reviewed.has(l.code))) {
    it(`${code} holds every kiosk text and is marked for review`, async () => {
      const catalogue = (await loadCatalogues(code, [], { withLater: true }))[code] ?? {};
      const missing = kioskKeys.filter((k) => !catalogue[k]);
      expect(missing).toEqual([]);
      for (const file of FILES[code]) {
        const source = readFileSync(new URL(`./messages/${file}`, import.meta.url), 'utf8');
        expect(source.split('\n')[0], file).toBe('// MACHINE-TRANSLATED — NEEDS HUMAN REVIEW');
      }
    });

    it(`${code} keeps every placeholder of the English text`, async () => {
      const catalogue = (await loadCatalogues(code, [], { withLater: true }))[code] ?? {};
      for (const [key, text] of Object.entries(catalogue) as [MessageKey, string][]) {
        const wanted = (en[key].match(/\{\w+\}/g) ?? []).sort();
        expect((text.match(/\{\w+\}/g) ?? []).sort(), `${code} ${key}`).toEqual(wanted);
      }
    });
  }
});

describe('languages', () => {
  it('lays out Arabic, Dari and Pashto right to left, the others left to right', () => {
    expect(LANGUAGES.filter((l) => dirOf(l.code) === 'rtl').map((l) => l.code)).toEqual(['ar', 'fa-AF', 'ps']);
    expect(dirOf('ti')).toBe('ltr');
    expect(dirOf('uk')).toBe('ltr');
  });

  it('names each language in itself, never by a flag', () => {
    expect(LANGUAGES.map((l) => l.native)).toEqual([
      'Français', 'English', 'العربية', 'دری', 'پښتو', 'ትግርኛ', 'Українська', 'Русский',
    ]);
    expect(LANGUAGES.every((l) => !/\p{Regional_Indicator}/u.test(l.native))).toBe(true);
  });

  it('reads browser preferences and the Dari aliases', () => {
    expect(pickLanguage(['de-DE', 'fr-CA', 'en'])).toBe('fr');
    expect(pickLanguage(['prs'])).toBe('fa-AF');
    expect(pickLanguage(['fa-IR'])).toBe('fa-AF');
    expect(toLang('FA-af')).toBe('fa-AF');
    expect(pickLanguage(['de', 'it'])).toBeUndefined();
  });
});
