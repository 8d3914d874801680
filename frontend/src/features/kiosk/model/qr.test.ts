// The QR code's payload: the plan link with the answers in the fragment only.
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../lib/triage/answers';
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

});
