// The answers and their plan link (the fragment), shared by the kiosk and the desk's visit.
import { describe, expect, it } from 'vitest';
import {
  decodeFragment, encodeFragment, FRENCH_CHOICES, frenchAnswer, frenchChoiceOf, STATUSES, toNeedsProfile, withoutStatus, type Answers,
} from './answers';

const ANSWERS: Answers = {
  needs: ['housing', 'work'],
  ageBand: '18-25',
  frenchLevel: 'A1',
  household: 'family',
  city: 'Nancy',
  status: 'undocumented',
};

describe('plan link', () => {
  it('round-trips the answers through the fragment', () => {
    const link = decodeFragment(encodeFragment('ar', ANSWERS, { includeStatus: true }));
    expect(link).toEqual({ lang: 'ar', answers: ANSWERS, origin: 'kiosk' });
  });

  it('never carries the status unless the person ticked "include my status"', () => {
    const without = encodeFragment('fr', ANSWERS, { includeStatus: false });
    expect(without).not.toContain('undocumented');
    expect(new URLSearchParams(without).has('s')).toBe(false);
    expect(decodeFragment(without).answers.status).toBeUndefined();
    expect(new URLSearchParams(encodeFragment('fr', ANSWERS, { includeStatus: true })).get('s')).toBe('undocumented');
  });

  it('drops anything malformed in a fragment', () => {
    const link = decodeFragment('#l=xx&n=housing,<script>,work&a=99&f=Z9&h=crowd&s=king&c=' + 'x'.repeat(300));
    expect(link.lang).toBeUndefined();
    expect(link.answers.needs).toEqual(['housing', 'work']);
    expect(link.answers.ageBand).toBeUndefined();
    expect(link.answers.frenchLevel).toBeUndefined();
    expect(link.answers.household).toBeUndefined();
    expect(link.answers.status).toBeUndefined();
    expect(link.answers.city).toHaveLength(80);
  });

  it('sends only the facts given, with the kiosk language', () => {
    expect(toNeedsProfile({ needs: ['health'] }, 'ps')).toEqual({ needs: ['health'], languages: ['ps'] });
    expect(toNeedsProfile(ANSWERS, 'fr')).toMatchObject({ status: 'undocumented', ageBand: '18-25', city: 'Nancy' });
  });

  it('French question: "None, or a few words" is pre-A1, "learning to read and write" is pre-A1 with low literacy', () => {
    const pick = (label: string) => {
      const choice = FRENCH_CHOICES.find((c) => c.label === label);
      if (!choice) throw new Error(label);
      return frenchAnswer(choice);
    };
    // q.french.A1 is the label "None, or a few words" (en.ts); q.french.pre-A1 is "I am learning to read and write".
    expect(pick('q.french.A1')).toEqual({ frenchLevel: 'pre-A1', lowLiteracy: undefined });
    expect(pick('q.french.pre-A1')).toEqual({ frenchLevel: 'pre-A1', lowLiteracy: true });
    expect(FRENCH_CHOICES.map((c) => c.level)).not.toContain('A1');

    const learning: Answers = { needs: ['work'], ...pick('q.french.pre-A1') };
    expect(toNeedsProfile(learning, 'ti')).toEqual({
      needs: ['work'],
      frenchLevel: 'pre-A1',
      languages: ['ti'],
      specialCriteria: ['low-literacy'],
    });
    const fewWords: Answers = { needs: ['work'], ...pick('q.french.A1') };
    expect(toNeedsProfile(fewWords, 'ti')).not.toHaveProperty('specialCriteria');
    expect(toNeedsProfile(fewWords, 'ti').frenchLevel).toBe('pre-A1');

    // The choice survives the plan link, and the summary names the option the person chose.
    expect(decodeFragment(encodeFragment('fr', learning, { includeStatus: false })).answers).toEqual(learning);
    expect(frenchChoiceOf(learning)?.label).toBe('q.french.pre-A1');
    expect(frenchChoiceOf(fewWords)?.label).toBe('q.french.A1');
    expect(frenchChoiceOf({ needs: ['work'], frenchLevel: 'A1' })?.id).toBe('none');
  });

  it('carries the new statuses, temporary protection and statelessness, when the person ticks the box', () => {
    for (const status of ['temporary-protection', 'stateless'] as const) {
      const answers: Answers = { needs: ['work'], status };
      const fragment = encodeFragment('uk', answers, { includeStatus: true });
      expect(new URLSearchParams(fragment).get('s')).toBe(status);
      expect(decodeFragment(fragment).answers).toEqual(answers);
      expect(decodeFragment(`#${fragment}`).answers.status).toBe(status);
      expect(toNeedsProfile(answers, 'uk').status).toBe(status);
      expect(new URLSearchParams(encodeFragment('uk', answers, { includeStatus: false })).has('s')).toBe(false);
    }
    // A lone minor (under 18, on their own) is expressed by the age band and the household.
    const minor = decodeFragment('#l=fr&n=housing&a=under-18&h=single');
    expect(minor.answers).toEqual({ needs: ['housing'], ageBand: 'under-18', household: 'single' });
  });

  it('offers "rather not say" first, then temporary protection and statelessness, in the status question', () => {
    expect(STATUSES.slice(0, 3)).toEqual(['prefer-not-to-say', 'temporary-protection', 'stateless']);
    expect(new Set(STATUSES).size).toBe(STATUSES.length);
    expect([...STATUSES].sort()).toEqual(
      ['asylum-seeker', 'prefer-not-to-say', 'refugee', 'resettled-refugee', 'residence-permit', 'stateless',
        'temporary-protection', 'undocumented', 'work-authorised'],
    );
  });

  it('leaves the status out of what is printed without the tick', () => {
    expect(withoutStatus(ANSWERS)).not.toHaveProperty('status');
    expect(withoutStatus(ANSWERS).city).toBe('Nancy');
  });
});
