import { escapeHtml } from '../../lib/html';
import type { Messages } from '../../lib/i18n';

/** View model of a domain, as the list needs it. */
export interface DomainItem {
  readonly code: string;
  readonly label: string;
}

/** Pure rendering: returns the HTML for the page heading and the domain list. */
export function renderDomainList(domains: readonly DomainItem[], messages: Messages): string {
  const heading = `<h1>${escapeHtml(messages.appTitle)}</h1>`;
  if (domains.length === 0) {
    return `${heading}<p>${escapeHtml(messages.noDomains)}</p>`;
  }
  const items = domains
    .map((d) => `<li data-code="${escapeHtml(d.code)}">${escapeHtml(d.label)}</li>`)
    .join('');
  return `${heading}<ul aria-label="${escapeHtml(messages.domainsLabel)}">${items}</ul>`;
}

/** Pure rendering of the error state. */
export function renderError(messages: Messages): string {
  return `<h1>${escapeHtml(messages.appTitle)}</h1><p role="alert">${escapeHtml(messages.loadError)}</p>`;
}
