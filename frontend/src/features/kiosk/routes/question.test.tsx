import { render } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { AppContext, type AppContextValue } from '../../../lib/app-context';
import { DEFAULT_CONFIG } from '../../../lib/config';
import { createFormatters } from '../../../lib/format';
import { LANGUAGES, type Lang } from '../../../lib/i18n/languages';
import { CATALOGUES } from '../../../lib/i18n/messages/all';
import { createTranslator } from '../../../lib/i18n/translate';
import { setKiosk } from '../model/store';
import QuestionRoute from './question';

function statusScreen(lang: Lang): string {
  const translator = createTranslator(lang, { [lang]: CATALOGUES[lang], en: CATALOGUES.en, fr: CATALOGUES.fr });
  const app: AppContextValue = {
    lang,
    t: translator.t,
    tr: translator.tr,
    f: createFormatters(lang, 'Europe/Paris'),
    config: DEFAULT_CONFIG,
    online: true,
    setLang: async () => undefined,
    finish: () => undefined,
  };
  setKiosk({ answers: { needs: ['housing'] } });
  return render(
    <AppContext.Provider value={app}>
      <QuestionRoute step="status" />
    </AppContext.Provider>,
  );
}

describe('the status question', () => {
  for (const { code } of LANGUAGES) {
    it(`offers temporary protection and statelessness in ${code}, after "I would rather not say"`, () => {
      const html = statusScreen(code);
      const values = [...html.matchAll(/data-value="([\w-]+)"/g)].map((m) => m[1]);
      expect(values.slice(0, 3)).toEqual(['prefer-not-to-say', 'temporary-protection', 'stateless']);
      // Each in the language itself (no fallback to English behind a machine translation).
      for (const status of ['temporary-protection', 'stateless'] as const) {
        const label = CATALOGUES[code][`q.status.${status}`];
        expect(label, `${code} ${status}`).toBeTruthy();
        expect(html).toContain(`data-value="${status}">${label}</button>`);
        if (code !== 'en') expect(label).not.toBe(CATALOGUES.en[`q.status.${status}`]);
      }
    });
  }
});
