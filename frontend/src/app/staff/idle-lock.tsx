// The idle lock of a shared desk PC: after a quiet spell the person is warned for a minute, then the
// screen is cleared (every cached answer dropped) and the session ends at the server and the identity
// provider. Resuming needs the password again: a screen saver anyone could dismiss would not protect
// the people whose cases are open on it.
import { useQueryClient } from '@tanstack/preact-query';
import { useEffect, useRef, useState } from 'preact/hooks';
import { SIGN_OUT_URL } from '../../lib/auth/areas';
import { idleState, type IdleState } from '../../lib/idle';
import { useStaffT } from '../../lib/i18n/staff';
import { staffWarningSeconds } from '../../lib/staff-config';

const INPUTS = ['pointerdown', 'keydown', 'wheel', 'touchstart', 'scroll'] as const;

// replace(): the locked screen leaves no history entry that Back could bring up again.
export function IdleLock({ idleSeconds, signOut = () => window.location.replace(SIGN_OUT_URL) }: { idleSeconds: number; signOut?: () => void }) {
  const { t } = useStaffT();
  const queries = useQueryClient();
  const last = useRef(Date.now());
  const [state, setState] = useState<IdleState>({ phase: 'active', secondsLeft: idleSeconds });
  const warnFor = staffWarningSeconds(idleSeconds);

  useEffect(() => {
    const touch = () => {
      if (state.phase !== 'expired') last.current = Date.now();
    };
    INPUTS.forEach((e) => window.addEventListener(e, touch, { passive: true, capture: true }));
    const timer = window.setInterval(() => setState(idleState(last.current, Date.now(), idleSeconds, warnFor)), 1000);
    return () => {
      INPUTS.forEach((e) => window.removeEventListener(e, touch, { capture: true }));
      window.clearInterval(timer);
    };
  }, [idleSeconds, warnFor, state.phase]);

  useEffect(() => {
    if (state.phase === 'expired') {
      queries.clear();
      signOut();
    }
  }, [state.phase, queries, signOut]);

  if (state.phase === 'active') return null;
  if (state.phase === 'expired') {
    return (
      <div class="staff-lock" role="status">
        <p>{t('idle.locked')}</p>
      </div>
    );
  }
  return (
    <div class="staff-lock staff-lock--warning" role="alertdialog" aria-modal="true" aria-labelledby="idle-title" aria-describedby="idle-body">
      <div class="staff-lock__dialog">
        <h2 id="idle-title">{t('idle.title')}</h2>
        <p id="idle-body">{t('idle.body', { seconds: state.secondsLeft })}</p>
        <button
          type="button"
          class="button button--primary"
          autoFocus
          onClick={() => {
            last.current = Date.now();
            setState({ phase: 'active', secondsLeft: idleSeconds });
          }}
        >
          {t('idle.stay')}
        </button>
      </div>
    </div>
  );
}
