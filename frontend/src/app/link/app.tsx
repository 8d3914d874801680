// The signed link's page (decision 0018): the data layer, the page's language, and a plain frame (a name,
// the language choice, a neutral footer) around one referral. No navigation: nothing else of Passerelle is
// reachable from a link, save the privacy notice the law asks for, in a new tab.
import { QueryClientProvider, type QueryClient } from '@tanstack/preact-query';
import { useErrorBoundary, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { LINK_LANGUAGES, LinkI18nContext, linkDir, linkTranslator, useLinkT, type LinkI18n, type LinkLang } from '../../lib/i18n/link';
import { BlockedView } from '../../features/link/components/states';
// In this chunk, not one more: the page is all there is to load.
import LinkPage from '../../features/link/routes/link-page';

export function LinkApp({ queries, initialLang, token }: { queries: QueryClient; initialLang: LinkLang; token: string }) {
  const [lang, setLang] = useState<LinkLang>(initialLang);
  const i18n = useMemo<LinkI18n>(() => ({ lang, t: linkTranslator(lang), setLang }), [lang]);
  // Before paint: the page never shows one frame in the wrong direction.
  useLayoutEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dir = linkDir(lang);
  }, [lang]);
  return (
    <QueryClientProvider client={queries}>
      <LinkI18nContext.Provider value={i18n}>
        <LinkFrame>
          <Guard>
            <LinkPage token={token} />
          </Guard>
        </LinkFrame>
      </LinkI18nContext.Provider>
    </QueryClientProvider>
  );
}

/** A fault of the page's own says "could not load" with a way to try again, never a blank screen. */
function Guard({ children }: { children: preact.ComponentChildren }) {
  const { t } = useLinkT();
  const [error, reset] = useErrorBoundary();
  return error ? <BlockedView blocked={{ kind: 'failed' }} t={t} retry={reset} /> : <>{children}</>;
}

function LinkFrame({ children }: { children: preact.ComponentChildren }) {
  const { t, lang, setLang } = useLinkT();
  return (
    <>
      {/* A fragment link would add an address holding the token to the history: this one moves the focus. */}
      <a
        class="skip-link"
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {t('link.skip')}
      </a>
      <header class="site-header link-header">
        <p class="link-brand">
          <strong>{t('link.brand')}</strong>
          <span>{t('link.brandSub')}</span>
        </p>
        <div class="link-langs" role="group" aria-label={t('link.languages')}>
          {LINK_LANGUAGES.map((l) => (
            <button
              key={l.code}
              type="button"
              class="link-lang"
              lang={l.code}
              dir={l.dir}
              aria-pressed={l.code === lang}
              onClick={() => setLang(l.code)}
            >
              {l.native}
            </button>
          ))}
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer class="link-footer">
        <p>{t('link.footer')}</p>
        <p>
          <a href={`/kiosk/privacy#l=${lang}`} target="_blank" rel="noopener noreferrer">
            {t('link.privacy')} <span class="visually-hidden">{t('link.newTab')}</span>
          </a>
        </p>
      </footer>
    </>
  );
}
