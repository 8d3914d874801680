// The signed link's page, loaded by src/main.tsx for /r/{token} only: a small chunk of its own, without the
// kiosk's screens or the staff shell (e2e/budget.test.mjs checks it). It keeps nothing: no storage, no
// service worker, no cookie, the language in memory, the token in the address it was opened at.
import { render } from 'preact';
import { createQueryClient } from '../../lib/query/client';
import { pickLinkLang } from '../../lib/i18n/link';
import { tokenFromPath } from '../../features/link/model/link-flow';
import { LinkApp } from './app';
import './link.css';

export function startLink(root: HTMLElement): void {
  const browser = navigator.languages.length > 0 ? navigator.languages : [navigator.language];
  document.documentElement.classList.add('link-page');
  // A page restored from the back-forward cache after the link was used would show a stale referral.
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) window.location.reload();
  });
  render(
    <LinkApp queries={createQueryClient()} initialLang={pickLinkLang(browser)} token={tokenFromPath(window.location.pathname)} />,
    root,
  );
}
