// What every screen needs: the language and its messages, formatters, settings, and the kiosk actions.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { KioskConfig } from './config';
import type { Formatters } from './format';
import type { Lang } from './i18n/languages';
import type { T, Translator } from './i18n/translate';

export interface AppContextValue {
  readonly lang: Lang;
  readonly t: T;
  readonly tr: Translator['tr'];
  readonly f: Formatters;
  readonly config: KioskConfig;
  /** False when the browser is offline: screens say so (design: offline after the first visit). */
  readonly online: boolean;
  /** Switches language (loads its catalogue first). */
  readonly setLang: (lang: Lang) => Promise<void>;
  /** Clears every answer and saved plan, and goes back to the first screen. */
  readonly finish: () => void;
}

export const AppContext = createContext<AppContextValue | null>(null);

export function useApp(): AppContextValue {
  const value = useContext(AppContext);
  if (!value) {
    throw new Error('useApp outside AppContext');
  }
  return value;
}
