// The visit's steps as a reducer over a state held in memory by the screen (never in storage, never in the
// URL): start (a plan link, its QR code, or a triage), the plan, consent, the person, then opening the case
// and sending. The gates are here, so they hold whatever the screen shows: no person step without the
// person's recorded consent (rule 2), and once the case is open, no going back to change what it holds.
import type { ProblemMessages } from '../../../lib/form/problem';
import type { Lang } from '../../../lib/i18n/languages';
import { NO_ANSWERS, type Answers } from '../../../lib/triage/answers';
import {
  consentProblem,
  organizationsOf,
  withoutPick,
  withPick,
  type ConsentScope,
  type ConsentText,
  type PersonValues,
  type Pick,
  type RecordedConsent,
} from './visit';

export type Step = 'start' | 'triage' | 'plan' | 'consent' | 'print' | 'person' | 'send';

/** The numbered steps shown to the agent; the triage belongs to the start, printing to consent. */
export const STEPS = ['start', 'plan', 'consent', 'person', 'send'] as const;
export type NumberedStep = (typeof STEPS)[number];

export function numberedStep(step: Step): NumberedStep {
  return step === 'triage' ? 'start' : step === 'print' ? 'consent' : step;
}

export interface VisitState {
  readonly step: Step;
  /** The visitor's language (a kiosk language). */
  readonly lang?: Lang | undefined;
  readonly answers: Answers;
  /** Where the answers came from: a plan the person made at the kiosk is a replay for the unmet-needs count. */
  readonly origin?: 'link' | 'triage' | undefined;
  readonly selection: readonly Pick[];
  readonly consent?: RecordedConsent | undefined;
  readonly person?: PersonValues | undefined;
  /** The server's refusal of the case's fields, shown on the person step. */
  readonly refused?: ProblemMessages | undefined;
  /** The case, once opened: the visit then only sends its referrals. */
  readonly opened?: { readonly id: string; readonly reference: string } | undefined;
}

export const INITIAL_VISIT: VisitState = { step: 'start', answers: NO_ANSWERS, selection: [] };

export type VisitAction =
  | { type: 'open-link'; lang: Lang; answers: Answers }
  | { type: 'start-triage' }
  | { type: 'triage-done'; lang: Lang; answers: Answers }
  | { type: 'pick'; pick: Pick }
  | { type: 'unpick'; slug: string }
  | { type: 'go'; step: Step }
  | { type: 'record-consent'; agreed: boolean; scope: ConsentScope; text: ConsentText | undefined }
  | { type: 'no-consent' }
  | { type: 'person'; values: PersonValues }
  | { type: 'refused'; problem: ProblemMessages }
  | { type: 'opened'; id: string; reference: string }
  | { type: 'reset' };

/** Whether the visit may show a step now. */
export function canEnter(state: VisitState, step: Step): boolean {
  if (state.opened) return step === 'send';
  const planned = state.lang !== undefined && state.answers.needs.length > 0;
  switch (step) {
    case 'start':
    case 'triage':
      return true;
    case 'plan':
      return planned;
    case 'consent':
    case 'print':
      return planned && state.selection.length > 0;
    case 'person':
      return planned && state.consent !== undefined;
    case 'send':
      return planned && state.consent !== undefined && state.person !== undefined;
  }
}

/** Steps before consent change what it covers: going back there asks for it again. */
const BEFORE_CONSENT: readonly Step[] = ['start', 'triage', 'plan', 'consent', 'print'];

function scopeFits(scope: ConsentScope, selection: readonly Pick[]): boolean {
  const orgs = new Set(organizationsOf(selection).map((o) => o.slug));
  return scope.organizations.every((o) => orgs.has(o));
}

export function visitReducer(state: VisitState, action: VisitAction): VisitState {
  if (action.type === 'reset') return INITIAL_VISIT;
  if (state.opened && action.type !== 'opened') return state;
  switch (action.type) {
    case 'open-link':
    case 'triage-done':
      // New answers: a new plan, so nothing picked or agreed before stays.
      return {
        ...INITIAL_VISIT,
        step: 'plan',
        lang: action.lang,
        answers: action.answers,
        origin: action.type === 'open-link' ? 'link' : 'triage',
      };
    case 'start-triage':
      return { ...state, step: 'triage' };
    case 'pick':
    case 'unpick': {
      if (state.step !== 'plan') return state;
      const selection = action.type === 'pick' ? withPick(state.selection, action.pick) : withoutPick(state.selection, action.slug);
      return { ...state, selection, consent: undefined };
    }
    case 'go': {
      if (!canEnter(state, action.step) || action.step === 'print') return state;
      const clears = BEFORE_CONSENT.includes(action.step);
      return { ...state, step: action.step, ...(clears ? { consent: undefined, refused: undefined } : {}) };
    }
    case 'record-consent': {
      if (state.step !== 'consent' || consentProblem(action.agreed, action.scope, action.text) || !action.text) return state;
      if (!scopeFits(action.scope, state.selection)) return state;
      const consent: RecordedConsent = { scope: action.scope, textVersion: action.text.version, textLang: action.text.lang };
      return { ...state, consent, step: 'person' };
    }
    case 'no-consent':
      return state.step === 'consent' && canEnter(state, 'print') ? { ...state, consent: undefined, step: 'print' } : state;
    case 'person':
      return state.step === 'person' && state.consent ? { ...state, person: action.values, refused: undefined, step: 'send' } : state;
    case 'refused':
      return state.consent && state.person ? { ...state, refused: action.problem, step: 'person' } : state;
    case 'opened':
      return { ...state, opened: { id: action.id, reference: action.reference }, refused: undefined, step: 'send' };
  }
}
