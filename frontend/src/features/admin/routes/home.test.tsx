// The overview: a way into each section with what it is for, and the latest changes in plain words.
import { render } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { staffTranslator } from '../../../lib/i18n/staff';
import { AdminNavList, currentSection } from '../components/admin-nav';
import { adminFormat } from '../model/format';
import { LatestChanges, Sections } from './home';

describe('the coordination overview', () => {
  it('links every section with what it is for', () => {
    const html = render(<Sections t={staffTranslator('en')} />);
    for (const path of ['organisations', 'memberships', 'themes', 'audit', 'journal', 'retention', 'cases']) {
      expect(html).toContain(`href="/admin/${path}"`);
    }
    expect(html).toContain('Who read or changed a case, when and how.');
  });

  it('marks the current section in the area’s navigation', () => {
    expect(currentSection('/admin')).toBe('/admin');
    expect(currentSection('/admin/')).toBe('/admin');
    expect(currentSection('/admin/audit')).toBe('/admin/audit');
    expect(currentSection('/admin/journal/')).toBe('/admin/journal');
    const html = render(<AdminNavList path="/admin/themes" />);
    expect(html).toContain('aria-label="Rubriques de la coordination"');
    expect(html).toContain('<a href="/admin/themes" aria-current="page">Thèmes</a>');
    expect(html.match(/aria-current/g)).toHaveLength(1);
  });

  it('tells the latest changes, or that there are none', () => {
    const en = staffTranslator('en');
    const html = render(
      <LatestChanges
        events={[{ id: 'e1', occurredAt: '2026-12-07T09:00:00Z', actorKind: 'client', actor: 'partner-adoma', actorOrganizationId: null, action: 'update', entityType: 'service', entityKey: 's', changedFields: [] }]}
        directory={[]}
        t={en}
        format={adminFormat('en')}
      />,
    );
    expect(html).toContain('Changed · Service');
    expect(html).toContain('by No organisation (partner-adoma)');
    expect(render(<LatestChanges events={[]} directory={[]} t={en} format={adminFormat('en')} />)).toContain('No change yet.');
  });
});
