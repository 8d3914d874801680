import { useEffect, useRef, useState } from 'preact/hooks';
import { useApp } from '../lib/app-context';
import { idleState, type IdleState } from '../lib/idle';
import { isSpeaking } from '../lib/speech';

const INPUT_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart', 'scroll'] as const;

/**
 * After config.idleSeconds without input, clears everything and goes home (docs/architecture.md rule 1). A visible
 * countdown comes first; any input, or the "I am still here" button, starts the clock again.
 */
export function IdleGuard({ enabled }: { enabled: boolean }) {
  const { t, config, finish } = useApp();
  const last = useRef(Date.now());
  const [state, setState] = useState<IdleState>({ phase: 'active', secondsLeft: config.idleSeconds });
  const stayButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!enabled) {
      return undefined;
    }
    last.current = Date.now();
    const onInput = () => {
      last.current = Date.now();
    };
    INPUT_EVENTS.forEach((e) => window.addEventListener(e, onInput, { passive: true, capture: true }));
    const timer = window.setInterval(() => {
      if (isSpeaking()) last.current = Date.now(); // reading aloud counts as activity
      const next = idleState(last.current, Date.now(), config.idleSeconds);
      if (next.phase === 'expired') {
        last.current = Date.now();
        setState({ phase: 'active', secondsLeft: config.idleSeconds });
        finish();
        return;
      }
      setState((prev) => (prev.phase === next.phase && prev.secondsLeft === next.secondsLeft ? prev : next));
    }, 250);
    return () => {
      window.clearInterval(timer);
      INPUT_EVENTS.forEach((e) => window.removeEventListener(e, onInput, { capture: true }));
    };
  }, [enabled, config.idleSeconds, finish]);

  const warning = enabled && state.phase === 'warning';
  useEffect(() => {
    if (warning) {
      stayButton.current?.focus();
    }
  }, [warning]);

  if (!warning) {
    return null;
  }
  return (
    <div class="idle-backdrop">
      <div class="idle" role="alertdialog" aria-modal="true" aria-labelledby="idle-title" aria-describedby="idle-body">
        <h2 id="idle-title">{t('idle.title')}</h2>
        <p id="idle-body">
          {t('idle.body', { seconds: state.secondsLeft })}
        </p>
        <p class="idle__count" aria-hidden="true" data-testid="idle-count">
          {state.secondsLeft}
        </p>
        <button
          ref={stayButton}
          type="button"
          class="button button--primary"
          onClick={() => {
            last.current = Date.now();
            setState({ phase: 'active', secondsLeft: config.idleSeconds });
          }}
        >
          {t('idle.stay')}
        </button>
      </div>
    </div>
  );
}
