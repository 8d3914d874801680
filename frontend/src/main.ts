import { renderDomainList, renderError } from './features/kiosk/domain-list';
import { fetchThemes } from './lib/api/client';
import { escapeHtml } from './lib/html';
import { messagesFor, pickLanguage } from './lib/i18n';

async function start(root: HTMLElement): Promise<void> {
  const preferred = navigator.languages.length > 0 ? navigator.languages : [navigator.language];
  const lang = pickLanguage(preferred);
  const messages = messagesFor(lang);
  document.documentElement.lang = lang;

  root.setAttribute('aria-busy', 'true');
  root.innerHTML = `<p>${escapeHtml(messages.loading)}</p>`;
  try {
    const { domains } = await fetchThemes(preferred.join(', '));
    root.innerHTML = renderDomainList(domains, messages);
  } catch (error) {
    console.error(error);
    root.innerHTML = renderError(messages);
  } finally {
    root.removeAttribute('aria-busy');
  }
}

const root = document.getElementById('app');
if (root) {
  void start(root);
}
