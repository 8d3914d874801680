import { renderDomainList, renderError, type DomainItem } from './features/kiosk/domain-list';
import { escapeHtml } from './lib/html';
import { messagesFor, pickLanguage } from './lib/i18n';

// Temporary: replace with the generated openapi-fetch client once openapi/openapi.yaml exists.
async function fetchDomains(acceptLanguage: string): Promise<DomainItem[]> {
  const response = await fetch('/api/v1/themes', {
    headers: { Accept: 'application/json', 'Accept-Language': acceptLanguage },
  });
  if (!response.ok) {
    throw new Error(`GET /api/v1/themes: HTTP ${response.status}`);
  }
  const body: unknown = await response.json();
  const domains = (body as { domains?: unknown }).domains;
  if (!Array.isArray(domains)) {
    throw new Error('GET /api/v1/themes: unexpected body');
  }
  return domains.map((d: { code?: unknown; label?: unknown }) => ({
    code: String(d.code ?? ''),
    label: String(d.label ?? ''),
  }));
}

async function start(root: HTMLElement): Promise<void> {
  const preferred = navigator.languages.length > 0 ? navigator.languages : [navigator.language];
  const lang = pickLanguage(preferred);
  const messages = messagesFor(lang);
  document.documentElement.lang = lang;

  root.setAttribute('aria-busy', 'true');
  root.innerHTML = `<p>${escapeHtml(messages.loading)}</p>`;
  try {
    const domains = await fetchDomains(preferred.join(', '));
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
