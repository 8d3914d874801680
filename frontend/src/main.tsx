import { render } from 'preact';
import { App, applyLanguage } from './app/app';
import './app/fonts.css';
import './app/styles.css';
import { readConfig } from './lib/config';
import { pickLanguage } from './lib/i18n/languages';
import { loadCatalogues, needsLater } from './lib/i18n/load';
import { registerServiceWorker } from './lib/offline-cache';
import { decodeFragment } from './lib/triage/answers';
import { setKiosk } from './features/kiosk/model/store';
import { isLinkPath } from './lib/link-paths';
import { isStaffPath } from './lib/staff-paths';

async function start(root: HTMLElement): Promise<void> {
  const config = readConfig(window.__PASSERELLE_KIOSK__, window.location.search);
  // A plan link (QR code, print, reload) carries its answers in the fragment; nothing else is read.
  const link = decodeFragment(window.location.hash);
  if (window.location.pathname.startsWith('/kiosk/plan') && link.answers.needs.length > 0) {
    setKiosk({ answers: link.answers, origin: link.origin });
  }
  const browser = navigator.languages.length > 0 ? navigator.languages : [navigator.language];
  const lang = link.lang ?? pickLanguage(browser) ?? 'fr';
  applyLanguage(document.documentElement, lang);
  // A later screen opened directly (a plan link, a reload) needs the later messages too.
  const catalogues = await loadCatalogues(lang, [], { withLater: needsLater(window.location.pathname) });
  render(<App config={config} initialLang={lang} initialCatalogues={catalogues} />, root);
  if (import.meta.env.PROD) {
    registerServiceWorker();
  }
}

const root = document.getElementById('app');
// The staff areas are another app in their own chunks: the kiosk's first screen carries none of it. So is
// a signed link's page, which needs neither the kiosk's screens nor the staff shell, and registers no
// service worker (its address is a credential: nothing of it is cached).
if (root && isStaffPath(window.location.pathname)) {
  void import('./app/staff/main').then((staff) => staff.startStaff(root));
} else if (root && isLinkPath(window.location.pathname)) {
  void import('./app/link/main').then((link) => link.startLink(root));
} else if (root) {
  void start(root);
}
