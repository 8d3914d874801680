// The signed-link page as a pure state machine (issue 18, part 3): what it shows when the link cannot be read
// or used, and the partner's steps on a link that works. An answer link accepts at once or declines after a
// reason and a confirmation; an outcome link records an outcome, or that the person did not come, each after a
// confirmation. The state lives in the page's memory only: never in storage, never in the address.
import { ApiError, type components } from '../../../lib/api/client';
import type { ProblemMessages } from '../../../lib/form/problem';

export type ReferralLink = components['schemas']['ReferralLink'];
export type Verb = 'accept' | 'decline' | 'complete' | 'no-show';

/** Why the page shows no referral: the answer to reading (or using) the link. */
export type Blocked =
  /** 404: malformed, altered or unknown; the server answers all of them alike. */
  | { readonly kind: 'invalid' }
  /** 410: a real link that can no longer act. */
  | { readonly kind: 'used' | 'expired' | 'revoked' }
  /** 429: too many link requests from this connection. */
  | { readonly kind: 'busy' }
  /** No answer, or a server error. */
  | { readonly kind: 'failed' };

const TOKEN = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;
/** The contract's bound on the path parameter. */
const TOKEN_MAX = 200;

/** The token of /r/{token} (a trailing slash allowed), or '' when the address holds none that could verify. */
export function tokenFromPath(path: string): string {
  const m = /^\/r\/([^/]*)\/?$/.exec(path);
  const token = m?.[1] ?? '';
  // Not shaped like a token: the server would answer 404; the page says so without spending a request.
  return token.length <= TOKEN_MAX && TOKEN.test(token) ? token : '';
}

/** The problem type's last segment (https://…/problems/link-used), which says why a link is gone. */
function problemSlug(error: ApiError): string | undefined {
  return /\/([a-z-]+)$/.exec(error.problem?.type ?? '')?.[1];
}

/** What a failed read (or a failed use that leaves nothing to do) means for the page. */
export function blockedBy(error: unknown): Blocked {
  if (!(error instanceof ApiError)) return { kind: 'failed' };
  switch (error.status) {
    case 404:
      return { kind: 'invalid' };
    case 410: {
      const slug = problemSlug(error);
      return { kind: slug === 'link-expired' ? 'expired' : slug === 'link-revoked' ? 'revoked' : 'used' };
    }
    case 429:
      return { kind: 'busy' };
    default:
      return { kind: 'failed' };
  }
}

export type Step =
  /** The referral, and the buttons its link allows. */
  | 'choose'
  | 'decline'
  | 'confirm-decline'
  | 'complete'
  | 'confirm-complete'
  /** The person did not come: a confirmation, with an optional message. */
  | 'confirm-no-show'
  | 'done';

export interface Values {
  /** The decline reason, or the outcome of a completion: a code of GET /api/v1/referral-codes. */
  readonly reason: string;
  readonly note: string;
}

export const NO_VALUES: Values = { reason: '', note: '' };

/** Why sending failed while the link may still work: said on the step, with what was typed kept. */
export type SendError = 'offline' | 'busy' | 'refused';

export interface FlowState {
  readonly step: Step;
  readonly values: Values;
  readonly sending: boolean;
  /** The server's refusal of a field (400), shown at the field on the form step. */
  readonly refused?: ProblemMessages | undefined;
  readonly error?: SendError | undefined;
  /** The link cannot be used any more (410, 404) although it could be read: the page says why. */
  readonly blocked?: Blocked | undefined;
  /** What was done, and the referral as the server now tells it. */
  readonly done?: { readonly verb: Verb; readonly link: ReferralLink } | undefined;
}

export const INITIAL_FLOW: FlowState = { step: 'choose', values: NO_VALUES, sending: false };

export type FlowAction =
  /** Opens a verb's form or confirmation; only a verb the link still allows. */
  | { readonly type: 'start'; readonly verb: 'decline' | 'complete' | 'no-show'; readonly allowed: readonly string[] }
  | { readonly type: 'back' }
  /** The form passed its checks: on to its confirmation. */
  | { readonly type: 'review'; readonly values: Values }
  | { readonly type: 'send'; readonly verb: Verb; readonly allowed: readonly string[]; readonly values?: Values }
  | { readonly type: 'sent'; readonly verb: Verb; readonly link: ReferralLink }
  | { readonly type: 'refused'; readonly problem: ProblemMessages }
  | { readonly type: 'failed'; readonly error: unknown };

/** The step that asks for each verb, and the one that confirms it. */
const FORM: Readonly<Record<'decline' | 'complete' | 'no-show', Step>> = {
  decline: 'decline',
  complete: 'complete',
  'no-show': 'confirm-no-show',
};
const CONFIRM: Readonly<Partial<Record<Step, Verb>>> = {
  'confirm-decline': 'decline',
  'confirm-complete': 'complete',
  'confirm-no-show': 'no-show',
};

/** The verb a step sends: accept from the referral itself, the others from their confirmation. */
export function verbOf(step: Step): Verb | undefined {
  return step === 'choose' ? 'accept' : CONFIRM[step];
}

export function linkFlow(state: FlowState, action: FlowAction): FlowState {
  if (state.step === 'done' || state.blocked) return state;
  switch (action.type) {
    case 'start':
      if (state.step !== 'choose' || state.sending || !action.allowed.includes(action.verb)) return state;
      return { step: FORM[action.verb], values: NO_VALUES, sending: false };
    case 'back': {
      if (state.sending) return state;
      const back: Step = state.step === 'confirm-decline' ? 'decline' : state.step === 'confirm-complete' ? 'complete' : 'choose';
      return { step: back, values: back === 'choose' ? NO_VALUES : state.values, sending: false };
    }
    case 'review':
      if (state.step === 'decline') return { step: 'confirm-decline', values: action.values, sending: false };
      if (state.step === 'complete') return { step: 'confirm-complete', values: action.values, sending: false };
      return state;
    case 'send':
      if (state.sending || verbOf(state.step) !== action.verb || !action.allowed.includes(action.verb)) return state;
      return { ...state, values: action.values ?? state.values, sending: true, error: undefined, refused: undefined };
    case 'sent':
      return state.sending ? { step: 'done', values: state.values, sending: false, done: { verb: action.verb, link: action.link } } : state;
    case 'refused': {
      // A field the server refused goes back to the form that asked for it.
      const form: Step = state.step === 'confirm-decline' ? 'decline' : state.step === 'confirm-complete' ? 'complete' : state.step;
      return { ...state, step: form, sending: false, refused: action.problem };
    }
    case 'failed':
      return { ...state, sending: false, ...sendFailure(action.error) };
  }
}

/** A failed send: the link is gone (the page says why) or it may work on a second try (the step says so). */
function sendFailure(error: unknown): Pick<FlowState, 'blocked' | 'error'> {
  if (error instanceof ApiError && (error.status === 404 || error.status === 410)) return { blocked: blockedBy(error) };
  if (error instanceof ApiError && error.status === 429) return { error: 'busy' };
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return { error: 'refused' };
  return { error: 'offline' };
}

/** The body of a verb: the coded reason where it takes one, the message when one was written. */
export function bodyOf(verb: Verb, values: Values): { reason?: string; note?: string } {
  const note = values.note.trim();
  return {
    ...(verb === 'decline' || verb === 'complete' ? { reason: values.reason } : {}),
    ...(verb !== 'accept' && note !== '' ? { note } : {}),
  };
}
