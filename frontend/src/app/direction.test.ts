import { describe, expect, it } from 'vitest';
import { applyLanguage } from './app';

describe('applyLanguage', () => {
  it('sets lang and dir on the root element, so the whole page turns for RTL languages', () => {
    const root = { lang: '', dir: '' } as unknown as HTMLElement;
    applyLanguage(root, 'ar');
    expect([root.lang, root.dir]).toEqual(['ar', 'rtl']);
    applyLanguage(root, 'fa-AF');
    expect([root.lang, root.dir]).toEqual(['fa-AF', 'rtl']);
    applyLanguage(root, 'uk');
    expect([root.lang, root.dir]).toEqual(['uk', 'ltr']);
  });
});
