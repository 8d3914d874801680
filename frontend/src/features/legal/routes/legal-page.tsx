import { useEffect, useState } from 'preact/hooks';
import { Loading } from '../../../components/loading';
import { useApp } from '../../../lib/app-context';
import { dirOf, nativeName, type Lang } from '../../../lib/i18n/languages';
import { fallbackChain } from '../../../lib/i18n/translate';
import { useTitle } from '../../../lib/use-title';
import type { Page, PageName, PageSet } from '../content/types';

const LOADERS: Readonly<Record<Lang, () => Promise<{ readonly default: PageSet }>>> = {
  fr: () => import('../content/fr'),
  en: () => import('../content/en'),
  ar: () => import('../content/ar'),
  'fa-AF': () => import('../content/fa-af'),
  ps: () => import('../content/ps'),
  ti: () => import('../content/ti'),
  uk: () => import('../content/uk'),
  ru: () => import('../content/ru'),
};

/** The page in the chosen language, else English, else French (the same chain as the messages). */
export async function loadPage(lang: Lang, name: PageName): Promise<{ page: Page; lang: Lang }> {
  for (const candidate of fallbackChain(lang)) {
    const page = (await LOADERS[candidate]()).default[name];
    if (page) {
      return { page, lang: candidate };
    }
  }
  throw new Error(`no ${name} page`);
}

/** Accessibility statement, privacy notice, legal notices and how to complain (rules 11 and 12). */
export default function LegalRoute({ page: name }: { page: PageName }) {
  const { lang, t } = useApp();
  const [loaded, setLoaded] = useState<{ page: Page; lang: Lang } | undefined>(undefined);
  useEffect(() => {
    let live = true;
    setLoaded(undefined);
    void loadPage(lang, name).then((p) => live && setLoaded(p));
    return () => {
      live = false;
    };
  }, [lang, name]);
  useTitle(loaded?.page.title ?? t('app.loading'));
  if (!loaded) {
    return <Loading />;
  }
  const { page } = loaded;
  return (
    <article class="screen legal" lang={loaded.lang} dir={dirOf(loaded.lang)} aria-labelledby="screen-title">
      {loaded.lang !== lang ? (
        <p class="notice notice--info" lang={lang} dir={dirOf(lang)}>
          {t('legal.notTranslated', { language: nativeName(loaded.lang) })}
        </p>
      ) : null}
      <h1 id="screen-title" tabIndex={-1}>
        {page.title}
      </h1>
      {page.sections.map((section) => (
        <section key={section.heading}>
          <h2>{section.heading}</h2>
          {section.paragraphs.map((p, i) => (
            <p key={i}>{p}</p>
          ))}
        </section>
      ))}
    </article>
  );
}
