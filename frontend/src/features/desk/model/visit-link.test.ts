import { describe, expect, it } from 'vitest';
import { encodeFragment } from '../../../lib/triage/answers';
import { readPlanLink } from './visit-link';

describe('a pasted kiosk plan link', () => {
  it('reads the language and the answers from the fragment, whatever the host', () => {
    const result = readPlanLink('  https://passerelle.example/kiosk/plan#l=ar&n=housing,french&a=18-25&f=A2&h=family&c=Nancy&p=54000 ');
    expect(result).toEqual({
      ok: true,
      lang: 'ar',
      answers: { needs: ['housing', 'french'], ageBand: '18-25', frenchLevel: 'A2', household: 'family', city: 'Nancy', postcode: '54000' },
    });
    // The QR code's link (o=qr) and a relative one read the same.
    expect(readPlanLink('/kiosk/plan#l=uk&n=work&o=qr')).toEqual({ ok: true, lang: 'uk', answers: { needs: ['work'] } });
  });

  it('keeps the status only when the person chose to carry it in the link', () => {
    const answers = { needs: ['rights'], status: 'asylum-seeker' as const, city: 'Nancy' };
    const withStatus = readPlanLink(`https://kiosk.example/kiosk/plan#${encodeFragment('fa-AF', answers, { includeStatus: true })}`);
    expect(withStatus).toEqual({ ok: true, lang: 'fa-AF', answers });
    const without = readPlanLink(`https://kiosk.example/kiosk/plan#${encodeFragment('fa-AF', answers, { includeStatus: false })}`);
    expect(without).toEqual({ ok: true, lang: 'fa-AF', answers: { needs: ['rights'], city: 'Nancy' } });
    // An unknown status is dropped, never passed on.
    const odd = readPlanLink('https://kiosk.example/kiosk/plan#l=fr&n=rights&s=king');
    expect(odd).toEqual({ ok: true, lang: 'fr', answers: { needs: ['rights'] } });
  });

  it('falls back to French when the link names no language', () => {
    expect(readPlanLink('https://kiosk.example/kiosk/plan#n=health')).toMatchObject({ ok: true, lang: 'fr' });
  });

  it('says plainly what is wrong with anything else', () => {
    expect(readPlanLink('   ')).toEqual({ ok: false, error: 'empty' });
    expect(readPlanLink('not a link at all')).toEqual({ ok: false, error: 'not-a-plan-link' });
    expect(readPlanLink('https://kiosk.example/kiosk/services/x#l=ar&n=housing')).toEqual({ ok: false, error: 'not-a-plan-link' });
    expect(readPlanLink('https://kiosk.example/kiosk/plan')).toEqual({ ok: false, error: 'not-a-plan-link' });
    expect(readPlanLink('javascript:alert(1)//kiosk/plan#n=housing')).toEqual({ ok: false, error: 'not-a-plan-link' });
    expect(readPlanLink(`https://kiosk.example/kiosk/plan#n=${'a'.repeat(5000)}`)).toEqual({ ok: false, error: 'not-a-plan-link' });
    expect(readPlanLink('https://kiosk.example/kiosk/plan#l=ar&n=<script>')).toEqual({ ok: false, error: 'no-needs' });
  });
});
