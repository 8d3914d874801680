import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { Icon } from '../components/icon';
import { IdleGuard } from '../components/idle-guard';
import { Link } from '../components/link';
import { Loading } from '../components/loading';
import { OfflineBanner } from '../components/offline-banner';
import { ReadAloud } from '../components/read-aloud';
import { SiteFooter } from '../components/site-footer';
import { forgetSession } from '../lib/offline-cache';
import { OFFLINE_EVENT, ONLINE_EVENT } from '../lib/api/client';
import { AppContext, type AppContextValue } from '../lib/app-context';
import type { KioskConfig } from '../lib/config';
import { createFormatters } from '../lib/format';
import { dirOf, type Lang } from '../lib/i18n/languages';
import { laterLoaded, loadCatalogues, needsLater } from '../lib/i18n/load';
import { createTranslator, type Catalogue } from '../lib/i18n/translate';
import { startOver, useLocation } from '../lib/router';
import { forgetPlan } from '../features/kiosk/api/plan';
import { resetKiosk, useKiosk } from '../features/kiosk/model/store';
import { preloadRoute, Routes } from './routes';

export interface AppProps {
  readonly config: KioskConfig;
  readonly initialLang: Lang;
  readonly initialCatalogues: Partial<Record<Lang, Catalogue>>;
}

/** Sets lang and dir on <html>: the whole page turns RTL for Arabic, Dari and Pashto. */
export function applyLanguage(root: HTMLElement, lang: Lang): void {
  root.lang = lang;
  root.dir = dirOf(lang);
}

/** The skip link moves focus itself: following "#main" would push a history entry (router.ts). */
function skipToMain(event: MouseEvent): void {
  event.preventDefault();
  document.getElementById('main')?.focus();
}

export function App({ config, initialLang, initialCatalogues }: AppProps) {
  const [lang, setLangState] = useState<Lang>(initialLang);
  const [catalogues, setCatalogues] = useState(initialCatalogues);
  const [online, setOnline] = useState(() => navigator.onLine);
  const location = useLocation();
  const kiosk = useKiosk();
  const defaultLang = useRef(initialLang);

  useEffect(() => {
    const update = () => setOnline(navigator.onLine);
    const servedOffline = () => setOnline(false);
    const servedOnline = () => setOnline(navigator.onLine);
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    window.addEventListener(OFFLINE_EVENT, servedOffline);
    window.addEventListener(ONLINE_EVENT, servedOnline);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
      window.removeEventListener(OFFLINE_EVENT, servedOffline);
      window.removeEventListener(ONLINE_EVENT, servedOnline);
    };
  }, []);

  useEffect(() => applyLanguage(document.documentElement, lang), [lang]);

  // The questions, the plan and the service pages need the rest of the messages: the first screens load
  // without them (kiosk JS budget), and a later screen waits for them (and its module, loaded meanwhile).
  const later = needsLater(location.path);
  const [laterFailed, setLaterFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!later || laterLoaded(lang)) return undefined;
    let live = true;
    setLaterFailed(false);
    preloadRoute(location.path);
    loadCatalogues(lang, [], { withLater: true }).then(
      (loaded) => live && setCatalogues((prev) => ({ ...prev, ...loaded })),
      () => live && setLaterFailed(true),
    );
    return () => {
      live = false;
    };
  }, [later, lang, attempt]);

  const setLang = useCallback(async (next: Lang) => {
    const loaded = await loadCatalogues(next, [], { withLater: needsLater(window.location.pathname) });
    setCatalogues((prev) => ({ ...prev, ...loaded }));
    setLangState(next);
  }, []);

  const finish = useCallback(() => {
    resetKiosk();
    forgetPlan();
    if ('speechSynthesis' in window) {
      window.speechSynthesis.cancel();
    }
    void setLang(defaultLang.current);
    // The session's history entry becomes the bare start screen: nothing to go Back to (router.ts).
    startOver();
    void forgetSession();
  }, [setLang]);

  const value = useMemo<AppContextValue>(() => {
    const translator = createTranslator(lang, catalogues);
    return {
      lang,
      t: translator.t,
      tr: translator.tr,
      f: createFormatters(lang, config.timeZone),
      config,
      online,
      setLang,
      finish,
    };
  }, [lang, catalogues, config, online, setLang, finish]);

  // A new screen: move focus to its heading, so screen readers announce it (not on first load).
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    window.scrollTo(0, 0);
    const focusHeading = () => document.querySelector<HTMLElement>('#main h1')?.focus();
    focusHeading();
    // Again once a lazy screen has rendered, unless the person is already typing in one of its fields.
    const timer = window.setTimeout(() => document.activeElement?.tagName !== 'INPUT' && focusHeading(), 200);
    return () => window.clearTimeout(timer);
  }, [location.path]);

  const t = value.t;
  const home = location.path === '/';
  const printing = location.path === '/kiosk/plan/print';
  return (
    <AppContext.Provider value={value}>
      <a class="skip-link" href="#main" onClick={skipToMain}>
        {t('skip.link')}
      </a>
      <header class={printing ? 'site-header no-print' : 'site-header'}>
        <Link href="/" class="brand">
          <Icon name="home" />
          <span>{t('app.name')}</span>
        </Link>
        <div class="site-header__actions">
          <ReadAloud />
          {home ? null : (
            <Link href="/" class="button button--quiet">
              <Icon name="languages" />
              <span>{t('nav.language')}</span>
            </Link>
          )}
          {home && kiosk.answers.needs.length === 0 ? null : (
            <button type="button" class="button button--finish" onClick={finish}>
              <Icon name="close" />
              <span>{t('nav.finish')}</span>
            </button>
          )}
        </div>
      </header>
      <OfflineBanner />
      <main id="main" tabIndex={-1}>
        {!later || laterLoaded(lang) ? (
          <Routes path={location.path} />
        ) : laterFailed ? (
          <div role="alert" class="notice notice--error">
            <p>{t('app.error')}</p>
            <button type="button" class="button" onClick={() => setAttempt((a) => a + 1)}>
              {t('app.retry')}
            </button>
          </div>
        ) : (
          <Loading />
        )}
      </main>
      <SiteFooter />
      <IdleGuard enabled={kiosk.origin === 'kiosk'} />
    </AppContext.Provider>
  );
}
