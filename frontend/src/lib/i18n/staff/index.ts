// The staff screens speak French or English (the browser's first choice among the two). Both catalogues
// are small and ship in the staff chunk, never in the kiosk's.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { interpolate, type Params } from '../translate';
import en from './en';
import fr, { type StaffKey } from './fr';

export type { StaffKey };
export type StaffLang = 'fr' | 'en';
export type StaffT = (key: StaffKey, params?: Params) => string;

export function pickStaffLang(preferred: readonly string[]): StaffLang {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'fr' || base === 'en') return base;
  }
  return 'fr';
}

export function staffTranslator(lang: StaffLang): StaffT {
  const catalogue = lang === 'en' ? en : fr;
  return (key, params) => interpolate(catalogue[key], params);
}

export interface StaffI18n {
  readonly lang: StaffLang;
  readonly t: StaffT;
}

export const StaffI18nContext = createContext<StaffI18n>({ lang: 'fr', t: staffTranslator('fr') });

export function useStaffT(): StaffI18n {
  return useContext(StaffI18nContext);
}
