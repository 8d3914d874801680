import { describe, expect, it } from 'vitest';
import { decodeFragment, encodeFragment, toNeedsProfile, type Answers } from './answers';
import { planUrl } from './qr';

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

  it('QR payload: answers in the fragment only, no query string, no status unless opted in', () => {
    const url = new URL(planUrl('https://kiosk.example', 'uk', ANSWERS, false));
    expect(url.pathname).toBe('/kiosk/plan');
    expect(url.search).toBe('');
    const fragment = new URLSearchParams(url.hash.slice(1));
    expect(fragment.get('n')).toBe('housing,work');
    expect(fragment.get('o')).toBe('qr');
    expect(fragment.has('s')).toBe(false);
    expect(url.href).not.toMatch(/undocumented|status/);
    const opted = new URL(planUrl('https://kiosk.example', 'uk', ANSWERS, true));
    expect(new URLSearchParams(opted.hash.slice(1)).get('s')).toBe('undocumented');
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
});
