// The staff screens speak French and English, both complete: every key in both, no empty text, the same
// placeholders in both (the compiler checks that en.ts has every key of fr.ts; this checks the rest).
import { describe, expect, it } from 'vitest';
import en from './en';
import fr from './fr';

describe('the staff catalogues', () => {
  it('have the same keys, and no empty text', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
    for (const [key, text] of [...Object.entries(fr), ...Object.entries(en)]) expect(text.trim(), key).not.toBe('');
  });

  it('keep every placeholder in both languages', () => {
    for (const key of Object.keys(fr) as (keyof typeof fr)[]) {
      const names = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
      expect(names(en[key]), key).toEqual(names(fr[key]));
    }
  });
});
