import { describe, expect, it } from 'vitest';
import { messagesFor, pickLanguage } from '../../lib/i18n';
import { renderDomainList, renderError } from './domain-list';

const fr = messagesFor('fr');

describe('renderDomainList', () => {
  it('renders a heading and every domain label as a list item', () => {
    const html = renderDomainList(
      [
        { code: 'housing', label: 'Logement' },
        { code: 'health', label: 'Santé' },
        { code: 'work', label: 'Emploi' },
      ],
      fr,
    );
    expect(html).toContain('<h1>Passerelle</h1>');
    expect(html).toContain('<ul aria-label="Domaines">');
    expect(html).toContain('<li data-code="housing">Logement</li>');
    expect(html).toContain('<li data-code="health">Santé</li>');
    expect(html).toContain('<li data-code="work">Emploi</li>');
    expect(html.match(/<li /g)).toHaveLength(3);
  });

  it('escapes HTML in labels and codes', () => {
    const html = renderDomainList(
      [{ code: 'x" onclick="alert(1)', label: '<script>alert("x")</script> & co' }],
      fr,
    );
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co');
    expect(html).toContain('data-code="x&quot; onclick=&quot;alert(1)"');
  });

  it('shows a message instead of an empty list', () => {
    const html = renderDomainList([], messagesFor('en'));
    expect(html).not.toContain('<ul');
    expect(html).toContain('No domains available.');
  });

  it('renders the error as an alert', () => {
    expect(renderError(fr)).toContain(`<p role="alert">${fr.loadError}</p>`);
  });
});

describe('pickLanguage', () => {
  it('uses the first supported language, matching on the primary subtag', () => {
    expect(pickLanguage(['de-DE', 'fr-CA', 'en'])).toBe('fr');
    expect(pickLanguage(['EN-gb'])).toBe('en');
  });

  it('falls back to en, then fr, for unknown languages', () => {
    expect(pickLanguage(['xx'])).toBe('en');
    expect(pickLanguage([])).toBe('en');
    expect(pickLanguage(['xx'], ['fr'])).toBe('fr');
  });
});
