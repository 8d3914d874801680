import type { Lang } from './languages';
import type { Catalogue } from './translate';

type Loader = () => Promise<{ readonly default: Catalogue }>;

/**
 * Two chunks per language (the kiosk's JS budget: docs/architecture.md §2): the first screens' messages
 * (language, needs, header and footer), loaded at start, and the rest (questions, plan, print, service
 * page), loaded with the later screens. The kiosk downloads only the chosen language, plus English behind a
 * language still under review. French, the last fallback, is loaded when asked (the print view's column).
 */
const FIRST: Readonly<Record<Lang, Loader>> = {
  fr: () => import('./messages/fr'),
  en: () => import('./messages/en'),
  ar: () => import('./messages/ar'),
  'fa-AF': () => import('./messages/fa-af'),
  ps: () => import('./messages/ps'),
  ti: () => import('./messages/ti'),
  uk: () => import('./messages/uk'),
  ru: () => import('./messages/ru'),
};
const LATER: Readonly<Record<Lang, Loader>> = {
  fr: () => import('./messages/fr-later'),
  en: () => import('./messages/en-later'),
  ar: () => import('./messages/ar-later'),
  'fa-AF': () => import('./messages/fa-af-later'),
  ps: () => import('./messages/ps-later'),
  ti: () => import('./messages/ti-later'),
  uk: () => import('./messages/uk-later'),
  ru: () => import('./messages/ru-later'),
};

/** fr and en are complete (checked by the compiler), so nothing behind them is ever needed. */
const COMPLETE: readonly Lang[] = ['fr', 'en'];

/** The catalogues a language needs: itself, then en for the keys a partial catalogue lacks. */
export function cataloguesNeeded(lang: Lang): Lang[] {
  return COMPLETE.includes(lang) ? [lang] : [lang, 'en'];
}

/**
 * Whether a screen needs the later messages: every screen but the first two (language, needs) and the
 * public pages, whose own texts are in their content chunks.
 */
export function needsLater(path: string): boolean {
  return /^\/kiosk\/(questions|plan|services)(\/|$)/.test(path);
}

const first = new Map<Lang, Catalogue>();
const later = new Map<Lang, Catalogue>();

/** Whether the later messages of a language (and of English behind it) are in memory. */
export function laterLoaded(lang: Lang): boolean {
  return cataloguesNeeded(lang).every((l) => later.has(l));
}

/**
 * The catalogues of a language (and of `extra` languages), each its first part and, when `withLater` is
 * set or it was loaded before, its later part.
 */
export async function loadCatalogues(
  lang: Lang,
  extra: readonly Lang[] = [],
  options: { readonly withLater?: boolean } = {},
): Promise<Partial<Record<Lang, Catalogue>>> {
  const wanted = [...new Set([...cataloguesNeeded(lang), ...extra])];
  await Promise.all(
    wanted.flatMap((l) => [
      first.has(l) ? undefined : FIRST[l]().then((m) => void first.set(l, m.default)),
      !options.withLater || later.has(l) ? undefined : LATER[l]().then((m) => void later.set(l, m.default)),
    ]),
  );
  return Object.fromEntries(wanted.map((l) => [l, { ...first.get(l), ...later.get(l) }])) as Partial<Record<Lang, Catalogue>>;
}
