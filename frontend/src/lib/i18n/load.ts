import type { Lang } from './languages';
import type { Catalogue } from './translate';

// One chunk per language: the kiosk downloads only the chosen one, plus English behind a language
// still under review. French, the last fallback, is loaded when asked (the print view's column).
const LOADERS: Readonly<Record<Lang, () => Promise<{ readonly default: Catalogue }>>> = {
  fr: () => import('./messages/fr'),
  en: () => import('./messages/en'),
  ar: () => import('./messages/ar'),
  'fa-AF': () => import('./messages/fa-af'),
  ps: () => import('./messages/ps'),
  ti: () => import('./messages/ti'),
  uk: () => import('./messages/uk'),
  ru: () => import('./messages/ru'),
};

/** fr and en are complete (checked by the compiler), so nothing behind them is ever needed. */
const COMPLETE: readonly Lang[] = ['fr', 'en'];

/** The catalogues a language needs: itself, then en for the keys a partial catalogue lacks. */
export function cataloguesNeeded(lang: Lang): Lang[] {
  return COMPLETE.includes(lang) ? [lang] : [lang, 'en'];
}

const loaded = new Map<Lang, Catalogue>();

export async function loadCatalogues(lang: Lang, extra: readonly Lang[] = []): Promise<Partial<Record<Lang, Catalogue>>> {
  const wanted = [...new Set([...cataloguesNeeded(lang), ...extra])];
  await Promise.all(
    wanted.map(async (l) => {
      if (!loaded.has(l)) {
        loaded.set(l, (await LOADERS[l]()).default);
      }
    }),
  );
  return Object.fromEntries(wanted.map((l) => [l, loaded.get(l)])) as Partial<Record<Lang, Catalogue>>;
}
