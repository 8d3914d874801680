// The kiosk languages (docs/architecture.md rule 6), each shown by its native name, never by a flag.
export const LANGUAGES = [
  { code: 'fr', native: 'Français', dir: 'ltr' },
  { code: 'en', native: 'English', dir: 'ltr' },
  { code: 'ar', native: 'العربية', dir: 'rtl' },
  { code: 'fa-AF', native: 'دری', dir: 'rtl' },
  { code: 'ps', native: 'پښتو', dir: 'rtl' },
  { code: 'ti', native: 'ትግርኛ', dir: 'ltr' },
  { code: 'uk', native: 'Українська', dir: 'ltr' },
  { code: 'ru', native: 'Русский', dir: 'ltr' },
] as const;

export type Lang = (typeof LANGUAGES)[number]['code'];
export type Dir = 'ltr' | 'rtl';

const CODES: readonly string[] = LANGUAGES.map((l) => l.code);

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && CODES.includes(value);
}

export function dirOf(lang: Lang): Dir {
  return LANGUAGES.find((l) => l.code === lang)?.dir ?? 'ltr';
}

export function nativeName(lang: Lang): string {
  return LANGUAGES.find((l) => l.code === lang)?.native ?? lang;
}

/**
 * Maps a BCP-47 tag to a kiosk language: exact tag first ("fa-AF"), then aliases (prs and fa are Dari
 * here, as the API reads them), then the primary subtag ("fr-CA" -> fr). Undefined when none fits.
 */
export function toLang(tag: string): Lang | undefined {
  const clean = tag.trim();
  const exact = LANGUAGES.find((l) => l.code.toLowerCase() === clean.toLowerCase());
  if (exact) {
    return exact.code;
  }
  const primary = clean.toLowerCase().split('-')[0] ?? '';
  if (primary === 'prs' || primary === 'fa') {
    return 'fa-AF';
  }
  return LANGUAGES.find((l) => l.code === primary)?.code;
}

/** The first kiosk language among the browser's preferences, or undefined (then the person picks). */
export function pickLanguage(preferred: readonly string[]): Lang | undefined {
  for (const tag of preferred) {
    const lang = toLang(tag);
    if (lang) {
      return lang;
    }
  }
  return undefined;
}
