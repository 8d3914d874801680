import type { Lang } from './languages';
import type { FirstKey, MessageKey } from './messages/en';
import type { LaterKey } from './messages/en-later';

/** A catalogue: complete for en and fr, partial for the languages still under review. */
export type Catalogue = Partial<Record<MessageKey, string>>;
/** The part of a catalogue the first screens use (language, needs, header, footer): messages/<lang>.ts. */
export type FirstCatalogue = Partial<Record<FirstKey, string>>;
/** The rest, loaded with the later screens (questions, plan, print, service page): messages/<lang>-later.ts. */
export type LaterCatalogue = Partial<Record<LaterKey, string>>;
export type Params = Readonly<Record<string, string | number>>;

/** The order in which catalogues are searched: the chosen language, then English, then French. */
export function fallbackChain(lang: Lang): Lang[] {
  return [...new Set<Lang>([lang, 'en', 'fr'])];
}

export interface Translation {
  readonly text: string;
  /** The language the text was found in (a fallback when it differs from the one chosen). */
  readonly lang: Lang;
}

export function interpolate(template: string, params: Params | undefined): string {
  if (!params) {
    return template;
  }
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

/** Looks a key up along the chain; the key itself when no catalogue has it (a visible, testable bug). */
export function lookup(
  chain: readonly Lang[],
  catalogues: Partial<Record<Lang, Catalogue>>,
  key: MessageKey,
  params?: Params,
): Translation {
  for (const lang of chain) {
    const text = catalogues[lang]?.[key];
    if (text !== undefined && text !== '') {
      return { text: interpolate(text, params), lang };
    }
  }
  return { text: key, lang: chain[chain.length - 1] ?? 'fr' };
}

/** The translate function the views use. */
export type T = (key: MessageKey, params?: Params) => string;

export interface Translator {
  readonly lang: Lang;
  readonly t: T;
  /** Like t, and tells which language served the text. */
  readonly tr: (key: MessageKey, params?: Params) => Translation;
}

export function createTranslator(lang: Lang, catalogues: Partial<Record<Lang, Catalogue>>): Translator {
  const chain = fallbackChain(lang);
  const tr = (key: MessageKey, params?: Params) => lookup(chain, catalogues, key, params);
  return { lang, tr, t: (key, params) => tr(key, params).text };
}
