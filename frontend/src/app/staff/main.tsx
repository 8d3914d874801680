// The staff shell's entry, loaded by src/main.tsx for the staff paths only: none of this is in the
// kiosk's first screen (e2e/budget.test.mjs checks both budgets).
import { render } from 'preact';
import { createQueryClient } from '../../lib/query/client';
import { pickStaffLang, staffTranslator } from '../../lib/i18n/staff';
import { readStaffConfig } from '../../lib/staff-config';
import { StaffApp } from './app';
import './staff.css';

export function startStaff(root: HTMLElement): void {
  const browser = navigator.languages.length > 0 ? navigator.languages : [navigator.language];
  const lang = pickStaffLang(browser);
  document.documentElement.lang = lang;
  document.documentElement.dir = 'ltr';
  document.documentElement.classList.add('staff');
  // A page restored from the back-forward cache after signing out would show the last person's data.
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) window.location.reload();
  });
  const config = readStaffConfig(window.__PASSERELLE_STAFF__, window.location.search);
  render(
    <StaffApp queries={createQueryClient()} i18n={{ lang, t: staffTranslator(lang) }} config={config} />,
    root,
  );
}
