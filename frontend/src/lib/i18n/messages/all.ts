// Every catalogue whole, its first-screen part and its later part together: for the tests only. The app
// loads each part when a screen needs it (lib/i18n/load.ts); importing this file from app code would put
// every language on the first screen (translate.test.ts fails when one does).
import type { Lang } from '../languages';
import type { Catalogue } from '../translate';
import arFirst from './ar';
import arLater from './ar-later';
import enFirst, { type MessageKey } from './en';
import enLater from './en-later';
import faAFFirst from './fa-af';
import faAFLater from './fa-af-later';
import frFirst from './fr';
import frLater from './fr-later';
import psFirst from './ps';
import psLater from './ps-later';
import ruFirst from './ru';
import ruLater from './ru-later';
import tiFirst from './ti';
import tiLater from './ti-later';
import ukFirst from './uk';
import ukLater from './uk-later';

export const en: Readonly<Record<MessageKey, string>> = { ...enFirst, ...enLater };
export const fr: Readonly<Record<MessageKey, string>> = { ...frFirst, ...frLater };
export const ar: Catalogue = { ...arFirst, ...arLater };
export const faAF: Catalogue = { ...faAFFirst, ...faAFLater };
export const ps: Catalogue = { ...psFirst, ...psLater };
export const ru: Catalogue = { ...ruFirst, ...ruLater };
export const ti: Catalogue = { ...tiFirst, ...tiLater };
export const uk: Catalogue = { ...ukFirst, ...ukLater };

export const CATALOGUES: Readonly<Record<Lang, Catalogue>> = { fr, en, ar, 'fa-AF': faAF, ps, ti, uk, ru };

/** The source files of a language's catalogue: its first-screen part, then its later part. */
export const FILES: Readonly<Record<Lang, readonly [string, string]>> = {
  fr: ['fr.ts', 'fr-later.ts'],
  en: ['en.ts', 'en-later.ts'],
  ar: ['ar.ts', 'ar-later.ts'],
  'fa-AF': ['fa-af.ts', 'fa-af-later.ts'],
  ps: ['ps.ts', 'ps-later.ts'],
  ti: ['ti.ts', 'ti-later.ts'],
  uk: ['uk.ts', 'uk-later.ts'],
  ru: ['ru.ts', 'ru-later.ts'],
};
