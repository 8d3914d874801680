// The signed-link page's words: French, English and Arabic all complete (every key, no empty text, the same
// placeholders), the browser's language picked by its primary subtag, and the coded reasons in Arabic.
import { describe, expect, it } from 'vitest';
import ar, { AR_CODES } from './ar';
import en from './en';
import fr from './fr';
import { codeLabel, linkDir, linkTranslator, pickLinkLang } from './index';

const names = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();

describe('the signed-link page’s words', () => {
  it('have the same keys in every language, and no empty text', () => {
    for (const other of [en, ar]) expect(Object.keys(other).sort()).toEqual(Object.keys(fr).sort());
    for (const catalogue of [fr, en, ar]) {
      for (const [key, text] of Object.entries(catalogue)) expect(text.trim(), key).not.toBe('');
    }
  });

  it('keep every placeholder in every language', () => {
    for (const key of Object.keys(fr) as (keyof typeof fr)[]) {
      expect(names(en[key]), key).toEqual(names(fr[key]));
      expect(names(ar[key]), key).toEqual(names(fr[key]));
    }
  });

  it('take the browser’s first language the page has, else French; Arabic reads right to left', () => {
    expect(pickLinkLang(['ar-SY', 'fr'])).toBe('ar');
    expect(pickLinkLang(['de-DE', 'en-GB'])).toBe('en');
    expect(pickLinkLang(['de-DE'])).toBe('fr');
    expect(pickLinkLang([])).toBe('fr');
    expect(linkDir('ar')).toBe('rtl');
    expect(linkDir('fr')).toBe('ltr');
    expect(linkTranslator('en')('link.title', { reference: 'PAS-2026-000001' })).toBe('Referral PAS-2026-000001');
  });

  it('label the coded reasons from the API, in Arabic from the page, and fall back to English for a new code', () => {
    const labels = { fr: 'Plus de place', en: 'No place' };
    expect(codeLabel('decline', 'no-capacity', labels, 'fr')).toBe('Plus de place');
    expect(codeLabel('decline', 'no-capacity', labels, 'ar')).toBe(AR_CODES['decline.no-capacity']);
    expect(codeLabel('outcome', 'no-capacity', labels, 'ar')).toBe(AR_CODES['outcome.no-capacity']);
    expect(codeLabel('decline', 'brand-new', { fr: 'Nouveau', en: 'New' }, 'ar')).toBe('New');
    expect(codeLabel('decline', 'brand-new', undefined, 'en')).toBe('brand-new');
  });
});
