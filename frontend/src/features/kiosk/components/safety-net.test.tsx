import { render } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import type { NeedPlan, PlannedOffer } from '../../../lib/api/client';
import { createFormatters } from '../../../lib/format';
import { LANGUAGES } from '../../../lib/i18n/languages';
import { ar, CATALOGUES, en, fr } from '../../../lib/i18n/messages/all';
import type { MessageKey } from '../../../lib/i18n/messages/en';
import { createTranslator } from '../../../lib/i18n/translate';
import { NeedSection } from './need-section';
import type { SafetyNetItem } from './safety-net';

const t = createTranslator('en', { en }).t;
const f = createFormatters('en', 'Europe/Paris');
const CASF = 'https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006074069/';

const item = (code: string, lead: boolean, phone: string | null = null, url: string | null = CASF): SafetyNetItem => ({
  code,
  lead,
  phone,
  source: { title: `Source of ${code}`, url },
});

const ORG = { id: '7ecc9bd4-5601-5d2a-bab5-e1c5f4b40122', slug: 'ftda', name: 'France terre d’asile' };
const offer = (slug: string, verdict: PlannedOffer['verdict']): PlannedOffer => ({
  id: '0b133ffe-7c2f-5578-b997-8c6aa64b49d0',
  slug,
  name: `Offer ${slug}`,
  organization: ORG,
  verdict,
  scope: 'national-network',
  reasons: [{ key: 'territory.network', effect: 'info', fact: null, params: {}, inferred: false }],
});

/** A lone minor's housing plan, as the API returns it (a=under-18&h=single). */
const LONE_MINOR: NeedPlan = {
  need: 'housing',
  themes: ['housing'],
  unmet: true,
  safetyNet: [
    item('child-protection', true),
    item('child-in-danger-119', true, '119', 'https://www.allo119.gouv.fr/'),
    item('shelter-115', false, '115'),
    item('ask-the-desk', true, null, null),
  ],
  offers: [offer('minors-support', 'maybe')],
  notEligible: [{ ...offer('adult-residence', 'not-eligible'), reasons: [{ key: 'public.adult-housing', effect: 'fails', fact: null, params: {}, inferred: false }] }],
};

const section = (need: NeedPlan, tr = t) =>
  render(<NeedSection need={need} domain={{ code: need.need, label: 'Housing', icon: 'home', themes: [] }} services={new Map()} t={tr} f={f} hash="" />);

describe('safety net', () => {
  const html = section(LONE_MINOR);
  const at = (text: string) => {
    const i = html.indexOf(text);
    expect(i, text).toBeGreaterThanOrEqual(0);
    return i;
  };

  it('puts the leading items before the offers and the others after them', () => {
    const protection = at('data-code="child-protection"');
    const line119 = at('data-code="child-in-danger-119"');
    const desk = at('data-code="ask-the-desk"');
    const firstOffer = at('data-slug="minors-support"');
    const shelter = at('data-code="shelter-115"');
    const notEligible = at('Services that do not fit you, and why');
    expect(protection).toBeLessThan(line119);
    expect(line119).toBeLessThan(desk);
    expect(desk).toBeLessThan(firstOffer);
    expect(firstOffer).toBeLessThan(shelter);
    expect(shelter).toBeLessThan(notEligible);
    expect(html.indexOf('data-testid="safety-lead"')).toBeLessThan(firstOffer);
    expect(html.indexOf('data-testid="safety-after"')).toBeGreaterThan(firstOffer);
  });

  it('gives each item a title, one plain sentence, the number large, and its source', () => {
    expect(html).toContain('<h3 id="safety-housing-child-protection" class="safety__title">A child alone is taken in and protected</h3>');
    expect(html).toContain('you do not need papers');
    expect(html).toContain('A child in danger');
    expect(html).toMatch(/<span class="safety__phone">.*Call <strong dir="ltr">119<\/strong>/);
    expect(html).toMatch(/Call <strong dir="ltr">115<\/strong>/);
    expect(html).toContain('Source: <bdi dir="ltr"><span lang="en">Source of child-protection</span> (legifrance.gouv.fr)</bdi>');
    // Each item has an icon, hidden from screen readers, and is labelled by its title.
    expect(html).toMatch(/<article class="safety safety--child-protection" aria-labelledby="safety-housing-child-protection"[^>]*><span class="safety__icon"><svg[^>]*aria-hidden="true"/);
  });

  it('never leads out of the kiosk: no tel: link and no external link where the device cannot dial', () => {
    // The tests run without a phone's media query: as on the kiosk.
    expect(html).not.toContain('href="tel:');
    expect(html).not.toContain(`href="${CASF}"`);
    expect(html).toContain(' (legifrance.gouv.fr)</bdi>');
    expect(html).toContain(' (allo119.gouv.fr)</bdi>');
    // The desk has no page: no site named.
    expect(html).toContain('<span lang="en">Source of ask-the-desk</span></bdi>');
  });

  it('keeps the source out of what is read aloud (it is in English, with French law names)', () => {
    expect(html).toMatch(/<p class="safety__source" data-no-read[^>]*>Source:/);
  });

  it('does not repeat the desk and 115 in the unmet notice when the safety net names them', () => {
    expect(html).toContain('We did not find a service that surely fits you for this need.');
    expect(html).not.toContain('Next step: ask at the reception desk.');
    expect(html).not.toContain('If you need a place to sleep tonight, call 115.');
  });

  it('leaves out a code this version does not know, rather than show it raw', () => {
    const out = section({ ...LONE_MINOR, safetyNet: [item('some-future-code', true, '3020'), item('shelter-115', true, '115')] });
    expect(out).not.toContain('some-future-code');
    expect(out).not.toContain('3020');
    expect(out).toContain('data-code="shelter-115"');
  });

  it('leads with 115 for a roof when no relevant offer fits an adult', () => {
    const out = section({
      need: 'housing',
      themes: ['housing'],
      unmet: true,
      safetyNet: [item('shelter-115', true, '115'), item('ask-the-desk', true, null, null)],
      offers: [offer('somewhere', 'maybe')],
      notEligible: [],
    });
    const shelter = out.indexOf('data-code="shelter-115"');
    expect(shelter).toBeGreaterThan(0);
    expect(shelter).toBeLessThan(out.indexOf('data-code="ask-the-desk"'));
    expect(shelter).toBeLessThan(out.indexOf('data-slug="somewhere"'));
  });

  it('in French and in Arabic (right to left), the number stays left to right', () => {
    const inFrench = section(LONE_MINOR, createTranslator('fr', { fr }).t);
    expect(inFrench).toContain('Un enfant seul est accueilli et protégé');
    expect(inFrench).toMatch(/Appelez le <strong dir="ltr">119<\/strong>/);
    expect(inFrench).toContain('Source : <bdi');
    const inArabic = section(LONE_MINOR, createTranslator('ar', { ar, en }).t);
    expect(inArabic).toContain(ar['safety.child-protection.title']);
    expect(inArabic).toMatch(/<strong dir="ltr">119<\/strong>/);
  });

  it('is worded for every code in every kiosk language', () => {
    const codes = ['shelter-115', 'child-protection', 'child-in-danger-119', 'school-right', 'violence-3919', 'police-17', 'ask-the-desk'];
    for (const { code: lang } of LANGUAGES) {
      for (const code of codes) {
        for (const part of ['title', 'text']) {
          expect(CATALOGUES[lang][`safety.${code}.${part}` as MessageKey], `${lang} ${code} ${part}`).toBeTruthy();
        }
      }
      expect(CATALOGUES[lang]['safety.call'], lang).toContain('{phone}');
      expect(CATALOGUES[lang]['safety.source'], lang).toContain('{title}');
    }
  });
});
