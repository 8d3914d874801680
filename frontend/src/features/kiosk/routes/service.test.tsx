import { render } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { createFormatters } from '../../../lib/format';
import { en, fr } from '../../../lib/i18n/messages/all';
import { createTranslator } from '../../../lib/i18n/translate';
import { ServiceDates, Where } from './service';

const t = createTranslator('en', { en }).t;
const f = createFormatters('en', 'Europe/Paris');
const tFr = createTranslator('fr', { fr }).t;
const fFr = createFormatters('fr', 'Europe/Paris');

describe('service page', () => {
  it('dates the information by its source, and says apart when it was last edited in Passerelle', () => {
    // A 2019 source imported in December 2026: the import does not make the information newer.
    const html = render(<ServiceDates service={{ source: { date: '2019-04-30' }, updatedAt: '2026-12-07T07:49:56Z' }} t={t} f={f} />);
    expect(html).toContain('Information dated April 30, 2019.');
    expect(html).toContain('Last edited in Passerelle on December 7, 2026.');
    expect(html).not.toContain('updated');
    const inFrench = render(<ServiceDates service={{ source: { date: '2019-04-30' }, updatedAt: '2026-12-07T07:49:56Z' }} t={tFr} f={fFr} />);
    expect(inFrench).toContain('Information datée du 30 avril 2019.');
    expect(inFrench).toContain('Dernière modification dans Passerelle le 7 décembre 2026.');
  });

  it('says so when the source is undated, never the edit date in its place', () => {
    const html = render(<ServiceDates service={{ source: { date: null }, updatedAt: '2026-12-07T07:49:56Z' }} t={t} f={f} />);
    expect(html).toContain('Date of the information not known.');
    expect(html).toContain('Last edited in Passerelle on December 7, 2026.');
    expect(html.match(/2026/g)).toHaveLength(1);
  });

  it('edits late in the evening are dated in Paris, not in UTC', () => {
    const html = render(<ServiceDates service={{ source: { date: '2024-06-19' }, updatedAt: '2026-12-31T23:30:00Z' }} t={t} f={f} />);
    expect(html).toContain('Information dated June 19, 2024.');
    expect(html).toContain('Last edited in Passerelle on January 1, 2027.');
  });

  it('says where a service without a location works, never "everywhere" when it is not known', () => {
    expect(render(<Where scope="unknown" area={undefined} t={tFr} />)).toContain('On ne sait pas où ce service est proposé');
    expect(render(<Where scope="unknown" area={undefined} t={tFr} />)).not.toMatch(/Partout|toute la France/);
    expect(render(<Where scope="national-network" area="87 groupes locaux dans 12 régions" t={t} />)).toContain(
      'ask where the nearest one is',
    );
    expect(render(<Where scope="national-remote" area={undefined} t={t} />)).toContain('without travelling');
    expect(render(<Where scope="local" area="Nancy" t={t} />)).toContain('Where it works: Nancy');
    expect(render(<Where scope="local" area={undefined} t={t} />)).toBe('');
  });
});
