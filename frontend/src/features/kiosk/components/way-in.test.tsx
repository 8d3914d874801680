import { render } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import type { NeedPlan, PlannedOffer, ServiceLocation, WayIn } from '../../../lib/api/client';
import { createFormatters } from '../../../lib/format';
import { ar, en, faAF as fa, fr, ps, ru, ti, uk } from '../../../lib/i18n/messages/all';
import { createTranslator } from '../../../lib/i18n/translate';
import { displayPhone, displayUrl } from '../model/contact-format';
import { NeedSection } from './need-section';
import { hoursByDay, WayInBlock } from './way-in';

const t = createTranslator('en', { en }).t;
const tFr = createTranslator('fr', { fr }).t;
const f = createFormatters('en', 'Europe/Paris');

const DESK: ServiceLocation = {
  id: '4d4c6c1e-2f3a-5b6c-8d9e-0f1a2b3c4d5e',
  slug: 'guichet-unique-nancy-exemple',
  name: 'Guichet unique — Hôtel de ville de Nancy (exemple)',
  address1: '1 place Stanislas',
  postalCode: '54000',
  city: 'Nancy',
  country: 'FR',
  timezone: 'Europe/Paris',
  illustrative: true,
  openNow: true,
  openUntil: '12:30',
  openingHours: 'Mo 09:00-12:30; Mo 13:30-17:00; Tu 09:00-12:30',
  slots: [
    { weekday: 'TU', opensAt: '09:00', closesAt: '12:30', walkIn: true, appointment: false, interpreting: false },
    { weekday: 'MO', opensAt: '13:30', closesAt: '17:00', walkIn: true, appointment: false, interpreting: false },
    { weekday: 'MO', opensAt: '09:00', closesAt: '12:30', walkIn: true, appointment: false, interpreting: false },
  ],
  closures: [],
};

const CONTACT: WayIn = {
  code: 'call',
  inferred: false,
  note: 'Du lundi au vendredi, le matin.',
  noteLang: 'fr',
  contact: { phone: '+33172716975', email: 'accueil@example.org', url: 'https://www.example.org/', from: 'organization' },
  place: null,
  desk: false,
};

const ASK: WayIn = { code: 'ask-at-the-desk', inferred: true, note: null, noteLang: null, contact: null, place: null, desk: true };

const block = (wayIn: WayIn, canDial: boolean, desk: ServiceLocation | null = DESK, translate = t) =>
  render(<WayInBlock wayIn={wayIn} desk={desk} organization="DIAIR" t={translate} f={f} canDial={canDial} />);

describe('the way in', () => {
  it('on a kiosk shows the number large and the addresses as text, with no link to open', () => {
    const html = block(CONTACT, false);
    expect(html).toContain('How to get in:</strong> Call them.');
    expect(html).toContain('<strong dir="ltr">01 72 71 69 75</strong>');
    expect(html).toContain('accueil@example.org');
    expect(html).toContain('www.example.org');
    expect(html).not.toContain('href=');
    expect(html).toContain('Contact of \u2068DIAIR\u2069');
    expect(html).toContain('<p class="way-in__note" lang="fr" dir="auto">Du lundi au vendredi, le matin.</p>');
  });

  it('on a phone links the number, the mailbox and the website, which opens apart (noopener)', () => {
    const html = block(CONTACT, true);
    expect(html).toContain('href="tel:+33172716975"');
    expect(html).toContain('href="mailto:accueil@example.org"');
    expect(html).toMatch(/<a href="https:\/\/www\.example\.org\/" target="_blank" rel="noopener noreferrer"/);
  });

  it('never ends in a dead end: with nothing known it shows the desk, its address and its hours', () => {
    const html = block(ASK, false);
    expect(html).toContain('Ask at the reception desk: they will help you.');
    expect(html).toContain('Reception desk:</strong> <bdi dir="auto">Guichet unique — Hôtel de ville de Nancy (exemple), 1 place Stanislas, 54000 Nancy</bdi>');
    expect(html).toContain('Open now until 12:30');
    expect(html).toMatch(
      /Monday <span><bdi dir="ltr">09:00–12:30<\/bdi><\/span><span> · <bdi dir="ltr">13:30–17:00<\/bdi><\/span><\/li><li>Tuesday <span><bdi dir="ltr">09:00–12:30<\/bdi>/,
    );
    expect(html).toContain('These hours are examples');
    expect(html).not.toContain('Address not known');
  });

  it('says the desk can refer the person, and flags a way in Passerelle worked out', () => {
    expect(block({ ...ASK, code: 'ask-the-desk-to-refer-you' }, false)).toContain('The reception desk can send you there.');
    expect(block({ ...CONTACT, code: 'online', inferred: true }, false)).toContain(
      'Use their website.<span class="hint"> (our best guess: please check)</span>',
    );
    expect(block(CONTACT, false)).not.toContain('best guess');
  });

  it('reads in French, with the French number as written in France', () => {
    const html = block(ASK, false, DESK, tFr);
    expect(html).toContain('Demandez à l’accueil : on vous aidera.');
    expect(html).toContain('<strong>Accueil:</strong>');
    expect(displayPhone('+33172716975')).toBe('01 72 71 69 75');
    expect(displayPhone('+442071234567')).toBe('+442071234567');
    expect(displayUrl('https://caracol-colocation.fr/')).toBe('caracol-colocation.fr');
  });

  it('words every way-in code in all eight languages', () => {
    const codes: WayIn['code'][] = ['come', 'call', 'write', 'online', 'ask-the-desk-to-refer-you', 'ask-at-the-desk'];
    for (const catalogue of [en, fr, ar, fa, ps, ti, uk, ru]) {
      for (const key of [...codes.map((c) => `way.${c}`), 'way.desk', 'way.fromOrganization']) {
        expect(catalogue[key as keyof typeof catalogue], key).toBeTruthy();
      }
    }
  });

  it('groups the desk hours by day, in the order of the week', () => {
    expect(hoursByDay(DESK.slots, f)).toEqual([
      { day: 'Monday', times: ['09:00–12:30', '13:30–17:00'] },
      { day: 'Tuesday', times: ['09:00–12:30'] },
    ]);
  });

  it('is on every offer card of a plan, and the safety net\'s desk item shows where the desk is', () => {
    const offer: PlannedOffer = {
      id: '0b133ffe-7c2f-5578-b997-8c6aa64b49d0',
      slug: 'adoma-accompagnement',
      name: 'Support towards housing',
      organization: { id: '7ecc9bd4-5601-5d2a-bab5-e1c5f4b40122', slug: 'adoma', name: 'Adoma' },
      verdict: 'maybe',
      reasons: [{ key: 'hours.not-known', effect: 'info', fact: null, params: {}, inferred: false }],
      scope: 'local',
      wayIn: ASK,
    };
    const askTheDesk = { code: 'ask-the-desk', lead: true, phone: null, source: { title: 'The desk', url: null } };
    const need: NeedPlan = { need: 'housing', themes: ['housing'], unmet: true, safetyNet: [askTheDesk], offers: [offer], notEligible: [] };
    const html = render(<NeedSection need={need} domain={undefined} services={new Map()} t={t} f={f} hash="" desk={DESK} />);
    expect(html).toContain('data-way-in="ask-at-the-desk"');
    expect(html.match(/1 place Stanislas/g)?.length).toBe(2);
    expect(html).not.toContain('Address not known');
    // "Hours not known: call before you go" would send the person to a number nobody has.
    expect(html).not.toContain('call before you go');
    const withPhone = render(
      <NeedSection need={{ ...need, offers: [{ ...offer, wayIn: CONTACT }] }} domain={undefined} services={new Map()} t={t} f={f} hash="" desk={DESK} />,
    );
    expect(withPhone).toContain('call before you go');
  });
});
