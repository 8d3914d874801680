export const SUPPORTED_LANGUAGES = ['fr', 'en'] as const;

export type Language = (typeof SUPPORTED_LANGUAGES)[number];

export interface Messages {
  readonly appTitle: string;
  readonly domainsLabel: string;
  readonly loading: string;
  readonly loadError: string;
  readonly noDomains: string;
}

const catalogue: Readonly<Record<Language, Messages>> = {
  fr: {
    appTitle: 'Passerelle',
    domainsLabel: 'Domaines',
    loading: 'Chargement…',
    loadError: 'Impossible de charger les domaines. Veuillez réessayer plus tard.',
    noDomains: 'Aucun domaine disponible.',
  },
  en: {
    appTitle: 'Passerelle',
    domainsLabel: 'Domains',
    loading: 'Loading…',
    loadError: 'The domains could not be loaded. Please try again later.',
    noDomains: 'No domains available.',
  },
};

const FALLBACK_ORDER: readonly Language[] = ['en', 'fr'];

function isSupported(code: string): code is Language {
  return (SUPPORTED_LANGUAGES as readonly string[]).includes(code);
}

/**
 * Picks the first available language from the user's preferences
 * (e.g. navigator.languages), matching on the primary subtag ("fr-CA" -> "fr").
 * Falls back to en, then fr.
 */
export function pickLanguage(
  preferred: readonly string[],
  available: readonly Language[] = SUPPORTED_LANGUAGES,
): Language {
  for (const tag of preferred) {
    const primary = tag.trim().toLowerCase().split('-')[0] ?? '';
    if (isSupported(primary) && available.includes(primary)) {
      return primary;
    }
  }
  return FALLBACK_ORDER.find((lang) => available.includes(lang)) ?? 'fr';
}

export function messagesFor(lang: Language): Messages {
  return catalogue[lang];
}
