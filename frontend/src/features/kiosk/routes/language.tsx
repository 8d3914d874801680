import { useEffect, useState } from 'preact/hooks';
import { Loading } from '../../../components/loading';
import { useApp } from '../../../lib/app-context';
import { loadNativeFonts, nativeFontsReady } from '../../../lib/fonts';
import { dirOf, LANGUAGES } from '../../../lib/i18n/languages';
import { navigate } from '../../../lib/router';
import { useTitle } from '../../../lib/use-title';

/** Screen 1: the language, each by its native name (never a flag). */
export function LanguageRoute() {
  const { t, setLang } = useApp();
  useTitle(t('lang.heading'));
  // The names wait for their script's face: painted before it, Tigrinya showed as empty boxes.
  const [fontsReady, setFontsReady] = useState(nativeFontsReady);
  useEffect(() => {
    if (!fontsReady) void loadNativeFonts().then(() => setFontsReady(true));
  }, [fontsReady]);
  return (
    <section class="screen" aria-labelledby="screen-title">
      <h1 id="screen-title" tabIndex={-1}>
        {t('lang.heading')}
      </h1>
      <p class="lead">{t('lang.intro')}</p>
      {fontsReady ? (
        <ul class="language-grid">
          {LANGUAGES.map((l) => (
            <li key={l.code}>
              <button
                type="button"
                class="tile tile--language"
                lang={l.code}
                dir={dirOf(l.code)}
                onClick={async () => {
                  await setLang(l.code);
                  navigate('/kiosk/needs');
                }}
              >
                {l.native}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <Loading />
      )}
    </section>
  );
}
