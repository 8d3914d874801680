// The signed-link page speaks French (the partners' language, the default), English and Arabic (right to
// left). Its words are small and ship in the page's own chunk, never in the kiosk's or the staff shell's.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { interpolate, type Params } from '../translate';
import ar, { AR_CODES } from './ar';
import en from './en';
import fr, { type LinkKey } from './fr';

export type { LinkKey };
export type LinkLang = 'fr' | 'en' | 'ar';
export type LinkT = (key: LinkKey, params?: Params) => string;

/** Each language by its own name, never by a flag, in the order the page offers them. */
export const LINK_LANGUAGES: readonly { readonly code: LinkLang; readonly native: string; readonly dir: 'ltr' | 'rtl' }[] = [
  { code: 'fr', native: 'Français', dir: 'ltr' },
  { code: 'en', native: 'English', dir: 'ltr' },
  { code: 'ar', native: 'العربية', dir: 'rtl' },
];

/** The languages whose words are a machine translation still to be reviewed: the page says so. */
export const MACHINE_TRANSLATED: readonly LinkLang[] = ['ar'];

const CATALOGUES: Readonly<Record<LinkLang, Record<LinkKey, string>>> = { fr, en, ar };

export function isLinkLang(value: string): value is LinkLang {
  return value === 'fr' || value === 'en' || value === 'ar';
}

/** The browser's first language the page has (by primary subtag: fr-BE is fr); French otherwise. */
export function pickLinkLang(preferred: readonly string[]): LinkLang {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0] ?? '';
    if (isLinkLang(base)) return base;
  }
  return 'fr';
}

export function linkDir(lang: LinkLang): 'ltr' | 'rtl' {
  return LINK_LANGUAGES.find((l) => l.code === lang)?.dir ?? 'ltr';
}

export function linkTranslator(lang: LinkLang): LinkT {
  const catalogue = CATALOGUES[lang];
  return (key, params) => interpolate(catalogue[key], params);
}

/**
 * A decline reason's or an outcome's label: GET /api/v1/referral-codes gives French and English, the page
 * adds Arabic; a code none of them knows yet shows in English, else French, else as the code itself.
 */
export function codeLabel(
  kind: 'decline' | 'outcome',
  code: string,
  labels: Readonly<Record<string, string>> | undefined,
  lang: LinkLang,
): string {
  const own = lang === 'ar' ? AR_CODES[`${kind}.${code}`] : undefined;
  return labels?.[lang] ?? own ?? labels?.['en'] ?? labels?.['fr'] ?? code;
}

export interface LinkI18n {
  readonly lang: LinkLang;
  readonly t: LinkT;
  /** Switches the page's language (in memory only: nothing of the visit is stored). */
  readonly setLang: (lang: LinkLang) => void;
}

export const LinkI18nContext = createContext<LinkI18n>({ lang: 'fr', t: linkTranslator('fr'), setLang: () => undefined });

export function useLinkT(): LinkI18n {
  return useContext(LinkI18nContext);
}
