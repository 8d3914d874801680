// The agent's visit (issue 17, parts 2, 3, 4 and 7): start from the visitor's kiosk plan or a triage, pick
// the offers, record consent, the person's minimum, then open the case and send its referrals in one flow.
// One screen, one step at a time: each step's heading takes focus. The state lives in this component only:
// never in storage, never in the URL or the history (the path stays /desk/visit), and leaving the screen
// forgets it.
import { useEffect, useReducer, useRef } from 'preact/hooks';
import { useStaffT, type StaffKey } from '../../../lib/i18n/staff';
import { useTitle } from '../../../lib/use-title';
import { ConsentStep, PrintStep } from '../components/visit-consent';
import { PersonStep } from '../components/visit-person';
import { PlanStep } from '../components/visit-plan';
import { SendStep } from '../components/visit-send';
import { StartStep } from '../components/visit-start';
import { TriageStep } from '../components/visit-triage';
import { KeyRing } from '../model/visit';
import { canEnter, INITIAL_VISIT, numberedStep, STEPS, visitReducer, type Step } from '../model/visit-flow';

const TITLES: Readonly<Record<Step, StaffKey>> = {
  start: 'visit.start.title',
  triage: 'visit.triage.heading',
  plan: 'visit.plan.title',
  consent: 'visit.consent.title',
  print: 'visit.print.title',
  person: 'visit.person.title',
  send: 'visit.send.title',
};

export default function VisitPage() {
  const { t } = useStaffT();
  const [state, dispatch] = useReducer(visitReducer, INITIAL_VISIT);
  // One key ring per visit: a retry of the same write carries the same Idempotency-Key.
  const keys = useRef(new KeyRing());
  const heading = useRef<HTMLHeadingElement>(null);
  const shown = useRef(state.step);
  const title = t(TITLES[state.step]);
  useTitle(`${title} · ${t('visit.title')}`);

  // A new step is a new screen: its heading takes focus (the route's own first heading is focused by the shell).
  useEffect(() => {
    if (shown.current === state.step) return;
    shown.current = state.step;
    window.scrollTo(0, 0);
    heading.current?.focus();
  }, [state.step]);

  useEffect(() => {
    if (state.step === 'start' && !state.opened) keys.current = new KeyRing();
  }, [state.step, state.opened]);

  // The visit lives in memory only: closing or reloading the tab mid-visit asks first, and so does the
  // way back to the dashboard (nothing is kept for later, by design).
  const unsaved = state.step !== 'start' && !state.opened;
  useEffect(() => {
    if (!unsaved) return undefined;
    const ask = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [unsaved]);

  const current = numberedStep(state.step);
  return (
    <>
      <p>
        <a
          href="/desk"
          onClick={(event) => {
            if (unsaved && !window.confirm(t('visit.leave'))) event.preventDefault();
          }}
        >
          {t('case.back')}
        </a>
      </p>
      <nav aria-label={t('visit.steps')} class="visit-steps">
        <ol>
          {STEPS.map((s, i) => (
            <li key={s} aria-current={s === current ? 'step' : undefined} class={s === current ? 'visit-steps__current' : undefined}>
              <span class="visit-steps__n">{i + 1}</span> {t(`visit.step.${s}` as StaffKey)}
            </li>
          ))}
        </ol>
      </nav>
      <h1 tabIndex={-1} ref={heading} data-step={state.step}>
        {title}
      </h1>
      {state.step === 'start' ? (
        <StartStep dispatch={dispatch} />
      ) : state.step === 'triage' ? (
        <TriageStep state={state} dispatch={dispatch} />
      ) : state.step === 'plan' && canEnter(state, 'plan') ? (
        <PlanStep state={state} dispatch={dispatch} />
      ) : state.step === 'consent' ? (
        <ConsentStep state={state} dispatch={dispatch} />
      ) : state.step === 'print' ? (
        <PrintStep state={state} dispatch={dispatch} />
      ) : state.step === 'person' ? (
        <PersonStep state={state} dispatch={dispatch} />
      ) : state.step === 'send' ? (
        <SendStep state={state} dispatch={dispatch} keys={keys.current} />
      ) : null}
      {state.step !== 'start' && !state.opened ? (
        <p class="visit-restart">
          <button type="button" class="button button--quiet" onClick={() => dispatch({ type: 'reset' })} aria-describedby="visit-restart-hint">
            {t('visit.restart')}
          </button>
          <span class="hint" id="visit-restart-hint">
            {t('visit.restartHint')}
          </span>
        </p>
      ) : null}
    </>
  );
}
