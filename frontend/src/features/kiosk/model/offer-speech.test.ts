// The read-aloud script of one offer (offer-speech.ts) through lib/speech's planner: the card's facts in
// order, each read in its own language with a voice of that language.
import { describe, expect, it } from 'vitest';
import type { PlannedOffer, Service } from '../../../lib/api/client';
import { createFormatters } from '../../../lib/format';
import { ar, en } from '../../../lib/i18n/messages/all';
import { createTranslator } from '../../../lib/i18n/translate';
import { planUtterances } from '../../../lib/speech';
import { offerSegments } from './offer-speech';

const voices = [
  { lang: 'en-US', name: 'English' },
  { lang: 'fr_FR', name: 'Français' },
  { lang: 'ar-SA', name: 'Arabic' },
];

describe('read aloud of an offer', () => {
  it('an offer reads as its card: verdict, name in its own language, reasons, where, what to bring', () => {
    const t = createTranslator('ar', { ar, en }).t;
    const offer: PlannedOffer = {
      id: '0b133ffe-7c2f-5578-b997-8c6aa64b49d0',
      slug: 'cimade',
      name: 'Legal advice sessions (La Cimade)',
      organization: { id: '7ecc9bd4-5601-5d2a-bab5-e1c5f4b40122', slug: 'la-cimade', name: 'La Cimade' },
      accessMode: 'walk-in',
      verdict: 'eligible',
      scope: 'local',
      reasons: [
        { key: 'status.any', effect: 'fits', fact: null, params: {}, inferred: false },
        { key: 'access.ask', effect: 'info', fact: null, params: {}, inferred: false },
      ],
    };
    const service = {
      slug: 'cimade',
      name: 'Legal advice sessions (La Cimade)',
      lang: 'en',
      locations: [{ name: 'Hôtel de ville', address1: '1 place Stanislas', postalCode: '54000', city: 'Nancy' }],
      territory: { scope: 'local' },
      requiredDocuments: ['Récépissé'],
    } as unknown as Service;
    const segments = offerSegments({ offer, service, t, f: createFormatters('ar', 'Europe/Paris'), lang: 'ar', nameLang: 'en' });
    const planned = planUtterances(segments, voices).map((u) => [u.lang, u.text]);
    expect(planned).toEqual([
      ['ar', ar['verdict.eligible']],
      ['en', 'Legal advice sessions (La Cimade)'],
      ['fr', 'La Cimade'],
      ['ar', ar['reason.status.any']],
      ['ar', ar['plan.where']],
      ['fr', 'Hôtel de ville, 1 place Stanislas, 54000 Nancy'],
      ['ar', ar['bring.heading']],
      ['fr', 'Récépissé'],
      ['ar', ar['bring.noPapers']],
      ['ar', ar['bring.plan']],
    ]);
    expect(planned.map((p) => p[1]).join(' ')).not.toContain(ar['bring.general']);
  });
});
