import { render } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import type { NeedPlan, PlannedOffer, Service } from '../../../lib/api/client';
import { createFormatters } from '../../../lib/format';
import { en, fr } from '../../../lib/i18n/messages/all';
import { createTranslator } from '../../../lib/i18n/translate';
import { reasonLines, type Reason } from '../../../lib/triage/reasons';
import { whatToBring } from '../model/bring';
import { NeedSection } from './need-section';

const t = createTranslator('en', { en }).t;
const tFr = createTranslator('fr', { fr }).t;
const f = createFormatters('en', 'Europe/Paris');
const fFr = createFormatters('fr', 'Europe/Paris');

const ORG = { id: '7ecc9bd4-5601-5d2a-bab5-e1c5f4b40122', slug: 'la-cimade', name: 'La Cimade' };
const reason = (key: string, effect: Reason['effect'], params: Reason['params'] = {}, inferred = false): Reason => ({
  key, effect, fact: null, params, inferred,
});

const DESK_WAY: PlannedOffer['wayIn'] = {
  code: 'ask-at-the-desk', inferred: true, note: null, noteLang: null, contact: null, place: null, desk: true,
};

const HOUSING: NeedPlan = {
  need: 'housing',
  themes: ['housing'],
  unmet: false,
  safetyNet: [],
  offers: [
    {
      id: '0b133ffe-7c2f-5578-b997-8c6aa64b49d0',
      slug: 'young-housing',
      name: 'Housing for young people',
      organization: ORG,
      accessMode: 'walk-in',
      verdict: 'eligible',
      scope: 'local',
      reasons: [
        reason('age.range', 'fits', { min: 18, max: 30 }),
        reason('access.walk-in', 'info'),
        reason('hours.open-now', 'info', { until: '17:00', illustrative: false }),
      ],
      distanceKm: 2.5,
      wayIn: DESK_WAY,
    },
    {
      id: '1e73121a-63c5-560c-a69b-ab0b9184b6da',
      slug: 'family-flat',
      name: 'Flats for families',
      organization: ORG,
      accessMode: 'professional-referral',
      verdict: 'maybe',
      scope: 'local',
      reasons: [reason('household.only', 'missing', { household: 'family' }), reason('access.professional-referral', 'info', {}, true)],
      wayIn: DESK_WAY,
    },
  ],
  notEligible: [
    {
      id: '2e73121a-63c5-560c-a69b-ab0b9184b6da',
      slug: 'over-60',
      name: 'Residence for older people',
      organization: ORG,
      verdict: 'not-eligible',
      scope: 'local',
      reasons: [reason('age.range', 'fails', { min: 60, max: null })],
      wayIn: DESK_WAY,
    },
  ],
};

const SERVICE = {
  slug: 'young-housing',
  locations: [{ name: 'City hall', address1: '1 place Stanislas', postalCode: '54000', city: 'Nancy' }],
  territory: {},
} as unknown as Service;

describe('plan rendering', () => {
  const html = render(
    <NeedSection
      need={HOUSING}
      domain={{ code: 'housing', label: 'Housing', icon: 'home', themes: [] }}
      services={new Map([['young-housing', SERVICE]])}
      t={t}
      f={f}
      hash="l=en&n=housing"
    />,
  );

  it('names the need as a heading with its icon', () => {
    expect(html).toMatch(/<h2 id="need-housing" class="need__title"><svg[^>]*aria-hidden="true"/);
    expect(html).toContain('<span>Housing</span>');
  });

  it('says why each offer fits, in plain words', () => {
    expect(html).toContain('For people aged 18 to 30.');
    expect(html).toContain('Walk in, no appointment.');
    expect(html).toContain('Open now until 17:00.');
    expect(html).toContain('Fits you');
  });

  it('gives the address, the distance and what to bring', () => {
    expect(html).toContain('City hall, 1 place Stanislas, 54000 Nancy');
    expect(html).toContain('2.5 km away');
    expect(html).toContain('If you have them: an identity document');
    expect(html).toContain('No papers? You can still go and ask.');
  });

  it('lists maybe offers after the eligible ones, flags inferred facts, and explains what does not fit', () => {
    expect(html.indexOf('Housing for young people')).toBeLessThan(html.indexOf('Flats for families'));
    expect(html).toContain('These services might fit you. Ask them.');
    expect(html).toContain('A professional, such as a social worker, must send you. (our best guess: please check)');
    expect(html).toContain('The letter from the professional who sends you.');
    expect(html).toContain('Services that do not fit you, and why');
    expect(html).toContain('For people aged 60 or older.');
  });

  it('links each offer to its service page, keeping the answers in the fragment', () => {
    expect(html).toContain('href="/kiosk/services/young-housing#l=en&amp;n=housing"');
  });

  it('says an unmet need kindly, with a next step', () => {
    const unmet = render(
      <NeedSection
        need={{ need: 'emergency', themes: ['emergency-aid'], unmet: true, safetyNet: [], offers: [], notEligible: [] }}
        domain={undefined}
        services={new Map()}
        t={t}
        f={f}
        hash=""
      />,
    );
    expect(unmet).toContain('We did not find a service that surely fits you for this need.');
    expect(unmet).toContain('Next step: ask at the reception desk.');
    expect(unmet).toContain('call 115');
  });
});

describe('reasons', () => {
  it('reads every key the engine sends, in French too', () => {
    const lines = reasonLines(
      [
        reason('status.any', 'fits'),
        reason('status.required', 'missing', { statuses: ['refugee', 'asylum-seeker'] }),
        reason('french.range', 'fits', { min: 'A1', max: 'A2' }),
        reason('territory.local', 'fits', { level: 'city', area: 'Nancy' }),
        reason('access.committee', 'info', { minWeeks: 2, maxWeeks: 4 }),
        reason('hours.closed-now', 'info', { illustrative: true }),
        reason('criterion.required', 'missing', { criterion: 'lgbtqi' }),
        reason('criterion.required', 'missing', { criterion: 'some-new-code' }),
        reason('gender.only', 'missing', { genders: ['female'] }),
        reason('some.future-key', 'info'),
      ],
      tFr,
      fFr,
    ).map((l) => l.text);
    expect(lines).toEqual([
      'Ouvert à tous, quels que soient vos papiers.',
      'Seulement pour : réfugiés et demandeurs d’asile.',
      'Niveau de français : de débutant à français simple de tous les jours.',
      'À \u2068Nancy\u2069.',
      'Une commission décide. Elle se réunit toutes les 2 à 4 semaines.',
      'Fermé en ce moment. (horaires d’exemple)',
      'Pour un public précis : personnes LGBTQI+.',
      'Pour un public précis : demandez-leur pour qui c’est.',
      'Seulement pour les femmes.',
    ]);
  });

  it('drops the lines that tell the person nothing, keeps the informative ones', () => {
    const lines = (reasons: Reason[], context = {}) => reasonLines(reasons, t, f, context).map((l) => l.text);
    // "Ask them how to get in" is no information; an empty area or status list would read "In ." or "Only for: .".
    expect(lines([reason('access.ask', 'info'), reason('territory.local', 'fits', {}), reason('status.required', 'missing', {})])).toEqual([]);
    expect(lines([reason('access.walk-in', 'info'), reason('hours.not-known', 'info')])).toEqual([
      'Walk in, no appointment.',
      'Opening hours not known: call before you go.',
    ]);
  });

  it('says where an offer without a stated place can be used, and never "everywhere" when it is not known', () => {
    const text = (key: string, tr = t, fr = f) => reasonLines([reason(key, key === 'territory.unknown' ? 'missing' : 'info')], tr, fr).map((l) => l.text);
    expect(text('territory.remote')).toEqual(['Usable from anywhere in France, without travelling: online, by phone or through a national body.']);
    expect(text('territory.network')).toEqual(['Branches in several places in France: ask where the nearest one is.']);
    expect(text('territory.unknown')).toEqual(['Where it is offered is not known: ask before going.']);
    expect(text('territory.unknown', tFr, fFr)).toEqual(['On ne sait pas où ce service est proposé : renseignez-vous avant d’y aller.']);
    expect(text('territory.unknown', tFr, fFr).join(' ')).not.toMatch(/Partout|toute la France/);
    // The key the engine no longer sends is not shown (never "anywhere in France" by default).
    expect(text('territory.national')).toEqual([]);
    // On the plan card: the scope of the offer itself, and an unknown one reads as unknown.
    const card = render(
      <NeedSection
        need={{
          ...HOUSING,
          offers: [
            { ...HOUSING.offers[0]!, scope: 'unknown', reasons: [reason('territory.unknown', 'missing')] },
            { ...HOUSING.offers[1]!, scope: 'national-remote', reasons: [reason('territory.remote', 'info')] },
          ],
          notEligible: [],
        }}
        domain={undefined}
        services={new Map()}
        t={tFr}
        f={fFr}
        hash="l=fr&n=housing"
      />,
    );
    const unknown = card.slice(card.indexOf('data-scope="unknown"'), card.indexOf('data-scope="national-remote"'));
    expect(unknown).toContain('On ne sait pas où ce service est proposé');
    // No "address not known" dead end: the way in says what to do (here, ask at the desk; issue 14).
    expect(unknown).not.toContain('Adresse inconnue');
    expect(unknown).toContain('Demandez à l’accueil : on vous aidera.');
    expect(unknown).not.toMatch(/Partout|toute la France|sans vous déplacer|Pas besoin de vous déplacer/);
    const remote = card.slice(card.indexOf('data-scope="national-remote"'));
    expect(remote).toContain('Utilisable depuis toute la France, sans se déplacer');
    expect(remote).toContain('Pas besoin de vous déplacer.');
  });

  it('reads the rules about children: adult housing for a child alone, adults-only offers, offers for the children', () => {
    const lines = reasonLines(
      [
        reason('public.adult-housing', 'fails'),
        reason('public.adults-only', 'fails', { min: 18, max: null }),
        reason('public.adults-only', 'fails', {}),
        reason('age.for-your-children', 'info', { min: 3, max: 11 }),
        reason('age.for-your-children', 'info', { min: null, max: 15 }),
        reason('age.for-your-children', 'info', {}),
      ],
      t,
      f,
    );
    expect(lines.map((l) => l.text)).toEqual([
      'This housing is for adults. A child alone is protected by child protection (ASE).',
      'For adults only (from age 18): not for a school-age child.',
      'For adults only: not for a school-age child.',
      'For children aged 3 to 11: for your children.',
      'For children up to age 15: for your children.',
      'For your children.',
    ]);
    expect(lines.map((l) => l.effect)).toEqual(['fails', 'fails', 'fails', 'info', 'info', 'info']);
    expect(reasonLines([reason('public.adult-housing', 'fails')], tFr, fFr)[0]?.text).toBe(
      'Ce logement est pour les adultes. Un enfant seul est protégé par l’Aide sociale à l’enfance (ASE).',
    );
  });

  it('names the two new statuses in the lists of who an offer is for', () => {
    const only = (statuses: string[], tr = t, fr = f) =>
      reasonLines([reason('status.required', 'missing', { statuses })], tr, fr).map((l) => l.text);
    expect(only(['temporary-protection', 'stateless'])).toEqual(['Only for: people with temporary protection and stateless people.']);
    expect(only(['refugee', 'temporary-protection'], tFr, fFr)).toEqual(['Seulement pour : réfugiés et personnes sous protection temporaire.']);
    expect(reasonLines([reason('status.not-covered', 'fails', { statuses: ['stateless'] })], t, f)[0]?.text).toBe('Only for: stateless people.');
  });

  it('on paper without "include my status", no line hints at the status given', () => {
    const reasons = [reason('status.matches', 'fits', { statuses: ['refugee'] }), reason('status.any', 'fits')];
    expect(reasonLines(reasons, t, f, { showStatus: false }).map((l) => l.text)).toEqual([
      'Open to everyone, whatever your papers.',
    ]);
    expect(reasonLines(reasons, t, f).map((l) => l.text)).toContain('Open to people with your status.');
  });

  it('asks for the referral letter only when someone must send the person', () => {
    expect(whatToBring('walk-in')).not.toContain('bring.referral');
    expect(whatToBring('committee')).toContain('bring.referral');
    expect(whatToBring(null)).toEqual(['bring.general', 'bring.noPapers', 'bring.plan']);
  });

  it("lists the service's own documents first, instead of the general list", () => {
    expect(whatToBring('walk-in', true)).toEqual(['bring.noPapers', 'bring.plan']);
    const withDocuments = render(
      <NeedSection
        need={HOUSING}
        domain={{ code: 'housing', label: 'Housing', icon: 'home', themes: [] }}
        services={new Map([['young-housing', { ...SERVICE, requiredDocuments: ['Residence permit or receipt'] } as Service]])}
        t={t}
        f={f}
        hash="l=en&n=housing"
      />,
    );
    const card = withDocuments.slice(withDocuments.indexOf('data-slug="young-housing"'), withDocuments.indexOf('data-slug="family-flat"'));
    expect(card).toContain('<li><bdi dir="auto">Residence permit or receipt</bdi></li>');
    expect(card).not.toContain('If you have them: an identity document');
    expect(card).toContain('No papers? You can still go and ask.');
  });
});
