// "Automatic translation" (issue 14): said, in the visitor's language, wherever an offer's name or text is a
// machine translation (the API's textOrigin), outside the element that carries the text's own language.
import { render } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import type { PlannedOffer, Service } from '../../../lib/api/client';
import { createFormatters } from '../../../lib/format';
import { LANGUAGES } from '../../../lib/i18n/languages';
import { ar, en, faAF, fr, ps, ru, ti, uk } from '../../../lib/i18n/messages/all';
import { createTranslator, type Catalogue } from '../../../lib/i18n/translate';
import { OfferCell } from '../routes/print';
import { MachineLabel, MachineNotice } from './machine-label';
import { OfferCard } from './offer-card';

const CATALOGUES: Record<string, Catalogue> = { fr, en, ar, 'fa-AF': faAF, ps, ti, uk, ru };
const ORG = { id: '7ecc9bd4-5601-5d2a-bab5-e1c5f4b40122', slug: 'la-cimade', name: 'La Cimade' };
const tAr = createTranslator('ar', { ar, en }).t;
const fAr = createFormatters('ar', 'Europe/Paris');

const offer = (over: Partial<PlannedOffer>): PlannedOffer => ({
  id: '0b133ffe-7c2f-5578-b997-8c6aa64b49d0',
  slug: 'mobility-help',
  name: 'مساعدة في التنقل (ليون)',
  lang: 'ar',
  textOrigin: 'machine',
  organization: ORG,
  accessMode: 'walk-in',
  verdict: 'eligible',
  scope: 'local',
  reasons: [],
  wayIn: { code: 'ask-at-the-desk', inferred: true, note: null, noteLang: null, contact: null, place: null, desk: true },
  ...over,
});

const card = (o: PlannedOffer, nameLang = 'ar') =>
  render(<OfferCard offer={o} service={undefined} t={tAr} f={fAr} hash="l=ar&n=daily-life" nameLang={nameLang} />);

describe('the automatic-translation label', () => {
  it('every kiosk language has the label and its explanation, in that language', () => {
    for (const { code } of LANGUAGES) {
      const catalogue = CATALOGUES[code] ?? {};
      expect(catalogue['content.machine'], code).toBeTruthy();
      expect(catalogue['content.machineNotice'], code).toBeTruthy();
      if (code !== 'en') {
        expect(catalogue['content.machine'], code).not.toBe(en['content.machine']);
      }
    }
  });

  it('an offer card says it beside a machine-translated name, in the interface language', () => {
    const html = card(offer({}));
    expect(html).toContain('data-testid="machine-translation"');
    expect(html).toContain(ar['content.machine']);
    // The name carries its own language; the label is not inside it.
    expect(html).toMatch(/<h3 class="offer__name" lang="ar" dir="auto">مساعدة في التنقل \(ليون\)<\/h3><p class="machine-label"/);
  });

  it('says nothing for a source or reviewed text, and each offer names its own language', () => {
    for (const textOrigin of ['source', 'reviewed', null] as const) {
      expect(card(offer({ textOrigin }))).not.toContain('machine-translation');
    }
    // This offer has no Arabic text: English, from the source; its heading says en, not the plan's ar.
    const fallback = card(offer({ name: 'Mobility help (Lyon)', lang: 'en', textOrigin: 'source' }));
    expect(fallback).toContain('<h3 class="offer__name" lang="en" dir="auto">Mobility help (Lyon)</h3>');
    expect(fallback).not.toContain(ar['content.machine']);
  });

  it('the print view says it in each column, in that column’s language', () => {
    const service = (over: Partial<Service>) =>
      ({ slug: 'mobility-help', locations: [], territory: {}, ...over }) as unknown as Service;
    const arabic = render(
      <OfferCell
        offer={offer({})}
        showStatus={false}
        column={{
          lang: 'ar', t: tAr, f: fAr, domains: [], namesLang: 'ar',
          services: new Map([['mobility-help', service({ name: 'مساعدة في التنقل (ليون)', lang: 'ar', textOrigin: 'machine' })]]),
        }}
      />,
    );
    expect(arabic).toContain('<div class="print-col" lang="ar" dir="rtl">');
    expect(arabic).toContain(ar['content.machine']);
    expect(arabic).toContain('lang="ar" dir="auto">مساعدة في التنقل (ليون)</bdi>');
    // The French column shows the French (source) text: nothing to say.
    const french = render(
      <OfferCell
        offer={offer({})}
        showStatus={false}
        column={{
          lang: 'fr', t: createTranslator('fr', { fr }).t, f: createFormatters('fr', 'Europe/Paris'), domains: [],
          namesLang: 'ar',
          services: new Map([['mobility-help', service({ name: 'Aide à la mobilité (Lyon)', lang: 'fr', textOrigin: 'source' })]]),
        }}
      />,
    );
    expect(french).not.toContain('machine-translation');
    expect(french).toContain('lang="fr" dir="auto">Aide à la mobilité (Lyon)</bdi>');
  });

  it('the service page explains it in the visitor’s language', () => {
    const tTi = createTranslator('ti', { ti, en }).t;
    const html = render(<MachineNotice origin="machine" t={tTi} />);
    expect(html).toContain(ti['content.machine']);
    expect(html).toContain(ti['content.machineNotice']);
    expect(render(<MachineNotice origin="reviewed" t={tTi} />)).toBe('');
    expect(render(<MachineLabel origin="machine" t={tTi} lang="ti" />)).toContain('lang="ti"');
  });
});
