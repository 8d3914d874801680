import { describe, expect, it } from 'vitest';
import type { PlannedOffer } from '../../../lib/api/client';
import { defaultScope, fromOffer, type ConsentText, type PersonValues } from './visit';
import { canEnter, INITIAL_VISIT, numberedStep, visitReducer, type VisitAction, type VisitState } from './visit-flow';

const ORG = { id: 'o-1', slug: 'la-cimade', name: 'La Cimade' };
const OFFER: PlannedOffer = {
  id: 's-1',
  slug: 'cimade-permanences-juridiques',
  name: 'Permanences juridiques',
  organization: ORG,
  verdict: 'eligible',
  reasons: [],
  scope: 'local',
  wayIn: { code: 'come', inferred: false, desk: false },
};
const TEXT: ConsentText = { version: '2026-12', lang: 'ar', title: 't', body: 'b', publishedOn: '2026-12-07' };
const PERSON: PersonValues = { name: 'Amal', languages: ['ar'], contactChannel: '', birthYear: '', status: '', notes: {} };

const run = (actions: readonly VisitAction[], from: VisitState = INITIAL_VISIT) => actions.reduce(visitReducer, from);
const atConsent = run([
  { type: 'open-link', lang: 'ar', answers: { needs: ['rights'] } },
  { type: 'pick', pick: fromOffer(OFFER, 'rights') },
  { type: 'go', step: 'consent' },
]);

describe('the visit’s steps', () => {
  it('goes from a plan link to the plan, and to consent only with an offer picked', () => {
    const plan = run([{ type: 'open-link', lang: 'ar', answers: { needs: ['rights'] } }]);
    expect(plan).toMatchObject({ step: 'plan', lang: 'ar', origin: 'link' });
    expect(visitReducer(plan, { type: 'go', step: 'consent' }).step).toBe('plan');
    expect(atConsent.step).toBe('consent');
    expect(numberedStep('triage')).toBe('start');
    expect(numberedStep('print')).toBe('consent');
  });

  it('never reaches the person without "the person agrees"', () => {
    const scope = defaultScope(atConsent.selection);
    expect(visitReducer(atConsent, { type: 'go', step: 'person' }).step).toBe('consent');
    const refused = visitReducer(atConsent, { type: 'record-consent', agreed: false, scope, text: TEXT });
    expect(refused.step).toBe('consent');
    expect(refused.consent).toBeUndefined();
    expect(canEnter(refused, 'person')).toBe(false);
    // No organisation, no text, or an organisation of no offer picked: no consent either.
    expect(visitReducer(atConsent, { type: 'record-consent', agreed: true, scope: { ...scope, organizations: [] }, text: TEXT }).step).toBe('consent');
    expect(visitReducer(atConsent, { type: 'record-consent', agreed: true, scope, text: undefined }).step).toBe('consent');
    expect(visitReducer(atConsent, { type: 'record-consent', agreed: true, scope: { ...scope, organizations: ['adoma'] }, text: TEXT }).step).toBe('consent');

    const agreed = visitReducer(atConsent, { type: 'record-consent', agreed: true, scope, text: TEXT });
    expect(agreed.step).toBe('person');
    expect(agreed.consent).toEqual({ scope, textVersion: '2026-12', textLang: 'ar' });
  });

  it('without consent goes to printing, where nothing is kept and the person step stays shut', () => {
    const print = visitReducer(atConsent, { type: 'no-consent' });
    expect(print.step).toBe('print');
    expect(print.consent).toBeUndefined();
    expect(visitReducer(print, { type: 'go', step: 'person' }).step).toBe('print');
    expect(visitReducer(print, { type: 'person', values: PERSON }).step).toBe('print');
  });

  it('asks for consent again when the agent goes back to change the offers', () => {
    const scope = defaultScope(atConsent.selection);
    const agreed = visitReducer(atConsent, { type: 'record-consent', agreed: true, scope, text: TEXT });
    const back = visitReducer(agreed, { type: 'go', step: 'plan' });
    expect(back.consent).toBeUndefined();
    expect(canEnter(back, 'person')).toBe(false);
  });

  it('once the case is open, only sends: no going back, no other visitor’s data mixed in', () => {
    const scope = defaultScope(atConsent.selection);
    const sending = run(
      [
        { type: 'record-consent', agreed: true, scope, text: TEXT },
        { type: 'person', values: PERSON },
        { type: 'opened', id: 'c-1', reference: 'PAS-2026-000001' },
      ],
      atConsent,
    );
    expect(sending).toMatchObject({ step: 'send', opened: { id: 'c-1' } });
    expect(visitReducer(sending, { type: 'go', step: 'person' }).step).toBe('send');
    expect(visitReducer(sending, { type: 'open-link', lang: 'fr', answers: { needs: ['work'] } })).toBe(sending);
    expect(visitReducer(sending, { type: 'reset' })).toBe(INITIAL_VISIT);
  });

  it('brings the server’s refusal of the person’s fields back to the person step', () => {
    const scope = defaultScope(atConsent.selection);
    const sending = run([{ type: 'record-consent', agreed: true, scope, text: TEXT }, { type: 'person', values: PERSON }], atConsent);
    const refused = visitReducer(sending, { type: 'refused', problem: { fields: { name: 'must not be blank' }, general: [] } });
    expect(refused.step).toBe('person');
    expect(refused.refused?.fields['name']).toBe('must not be blank');
    expect(refused.person).toBe(PERSON);
  });
});
