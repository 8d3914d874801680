// The public pages (rule 12) in every kiosk language (issue 14): the privacy notice, the accessibility
// statement, the legal notices and how to complain exist in all eight, complete and in the language's own
// script, so no page falls back to English; the machine-translated ones say so in their first line.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, type Lang } from '../../../lib/i18n/languages';
import * as messages from '../../../lib/i18n/messages/all';
import type { Catalogue } from '../../../lib/i18n/translate';
import { loadPage } from '../routes/legal-page';
import ar from './ar';
import en from './en';
import faAF from './fa-af';
import fr from './fr';
import ps from './ps';
import ru from './ru';
import ti from './ti';
import { PAGE_NAMES, type Page, type PageSet } from './types';
import uk from './uk';

const PAGES: Record<Lang, PageSet> = { fr, en, ar, 'fa-AF': faAF, ps, ti, uk, ru };
const MESSAGES: Record<Lang, Catalogue> = {
  fr: messages.fr, en: messages.en, ar: messages.ar, 'fa-AF': messages.faAF, ps: messages.ps, ti: messages.ti,
  uk: messages.uk, ru: messages.ru,
};
const FILE: Record<Lang, string> = { fr: 'fr', en: 'en', ar: 'ar', 'fa-AF': 'fa-af', ps: 'ps', ti: 'ti', uk: 'uk', ru: 'ru' };
const ARABIC = /[\u0600-\u06ff]/;
/** The script each machine-translated language is written in: a text without it was left in English. */
const SCRIPT: Partial<Record<Lang, RegExp>> = {
  ar: ARABIC, 'fa-AF': ARABIC, ps: ARABIC, ti: /[\u1200-\u139f]/, uk: /[\u0400-\u04ff]/, ru: /[\u0400-\u04ff]/,
};
const ALL = LANGUAGES.map((l) => l.code);
const TRANSLATED = ALL.filter((l) => l !== 'fr' && l !== 'en');

const texts = (page: Page) => [page.title, ...page.sections.flatMap((s) => [s.heading, ...s.paragraphs])];

describe('public pages in every kiosk language (rule 12)', () => {
  it.each(ALL)('%s holds every page, each as complete as the English one', (lang) => {
    for (const name of PAGE_NAMES) {
      const page = PAGES[lang][name];
      expect(page, `${lang} ${name}`).toBeDefined();
      expect(page.sections.length, `${lang} ${name}: sections`).toBe(PAGES.en[name].sections.length);
      for (const text of texts(page)) {
        expect(text.trim(), `${lang} ${name}`).not.toBe('');
      }
      for (const section of page.sections) {
        expect(section.paragraphs.length, `${lang} ${name}: ${section.heading}`).toBeGreaterThan(0);
      }
    }
  });

  it.each(TRANSLATED)('%s is written in its own script on every page, never left in English', (lang) => {
    const script = SCRIPT[lang];
    expect(script).toBeDefined();
    for (const name of PAGE_NAMES) {
      for (const text of texts(PAGES[lang][name])) {
        expect(text, `${lang} ${name}`).toMatch(script as RegExp);
      }
      expect(JSON.stringify(PAGES[lang][name])).not.toBe(JSON.stringify(PAGES.en[name]));
    }
  });

  it.each(TRANSLATED)('%s is marked MACHINE-TRANSLATED — NEEDS HUMAN REVIEW', (lang) => {
    const source = readFileSync(new URL(`./${FILE[lang]}.ts`, import.meta.url), 'utf8');
    expect(source.split('\n')[0]).toBe('// MACHINE-TRANSLATED — NEEDS HUMAN REVIEW');
  });

  it.each(ALL)('%s: the route serves each page in that language, never a fallback', async (lang) => {
    for (const name of PAGE_NAMES) {
      const loaded = await loadPage(lang, name);
      expect(loaded.lang, `${lang} ${name}`).toBe(lang);
      expect(loaded.page).toBe(PAGES[lang][name]);
    }
  });

  it.each(ALL)('%s: the legal notices name the kiosk’s own "automatic translation" label', (lang) => {
    const label = MESSAGES[lang]['content.machine'];
    expect(label).toBeTruthy();
    expect(texts(PAGES[lang].legal).join(' ')).toContain(label as string);
  });
});
