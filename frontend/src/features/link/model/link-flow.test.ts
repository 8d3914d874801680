import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../lib/api/client';
import { bodyOf, blockedBy, INITIAL_FLOW, linkFlow, NO_VALUES, tokenFromPath, verbOf, type FlowAction, type FlowState, type ReferralLink } from './link-flow';

const TOKEN = 'AQHx3b2cY9xk1bq0ZQ4mE7u9fH2Jr6wLpN8sT1vA3cD5eF7gH9iJ0kL2mN4oP6qR8sT0uV2wX4yZ6.k3J9mQ2xV7bN1cR5tY8uI0oP4aS6dF9gH2jK5lZ8xC1v';
const ANSWER = ['accept', 'decline'];
const OUTCOME = ['complete', 'no-show'];
const LINK = { purpose: 'answer', allowed: [] } as unknown as ReferralLink;
const gone = (slug: string) => new ApiError(410, { type: `https://passerelle.example/problems/${slug}`, title: 'Gone', status: 410 });
const run = (actions: readonly FlowAction[], from: FlowState = INITIAL_FLOW) => actions.reduce(linkFlow, from);

describe('the link in the address', () => {
  it('is read from /r/{token}, with or without a trailing slash', () => {
    expect(tokenFromPath(`/r/${TOKEN}`)).toBe(TOKEN);
    expect(tokenFromPath(`/r/${TOKEN}/`)).toBe(TOKEN);
  });

  it('is nothing when the address holds no token that could verify: no request is spent on it', () => {
    for (const path of ['/r/', '/r', '/r/abc', '/r/a.b.c', `/r/${TOKEN}/accept`, '/r/%3Cscript%3E.x', `/r/${'a'.repeat(150)}.${'b'.repeat(60)}`, '/kiosk']) {
      expect(tokenFromPath(path), path).toBe('');
    }
  });
});

describe('why a link shows no referral', () => {
  it('says "not valid" for a 404, and which of used, expired or withdrawn for a 410', () => {
    expect(blockedBy(new ApiError(404))).toEqual({ kind: 'invalid' });
    expect(blockedBy(gone('link-used'))).toEqual({ kind: 'used' });
    expect(blockedBy(gone('link-expired'))).toEqual({ kind: 'expired' });
    expect(blockedBy(gone('link-revoked'))).toEqual({ kind: 'revoked' });
    // A 410 without a known type is still a link that cannot act: "already used" is the safe words.
    expect(blockedBy(new ApiError(410))).toEqual({ kind: 'used' });
  });

  it('asks to wait after a 429, and to try again when the server or the connection failed', () => {
    expect(blockedBy(new ApiError(429))).toEqual({ kind: 'busy' });
    expect(blockedBy(new ApiError(500))).toEqual({ kind: 'failed' });
    expect(blockedBy(new TypeError('Failed to fetch'))).toEqual({ kind: 'failed' });
  });
});

describe('the partner’s steps', () => {
  it('accepts straight from the referral, once', () => {
    expect(verbOf('choose')).toBe('accept');
    const sending = linkFlow(INITIAL_FLOW, { type: 'send', verb: 'accept', allowed: ANSWER });
    expect(sending.sending).toBe(true);
    // A second tap while the first is on its way changes nothing.
    expect(linkFlow(sending, { type: 'send', verb: 'accept', allowed: ANSWER })).toBe(sending);
    const done = linkFlow(sending, { type: 'sent', verb: 'accept', link: LINK });
    expect(done).toMatchObject({ step: 'done', done: { verb: 'accept' } });
    // Done is done: nothing moves it any more.
    expect(linkFlow(done, { type: 'start', verb: 'decline', allowed: ANSWER })).toBe(done);
  });

  it('declines only through a reason and a confirmation, and goes back with what was typed', () => {
    const values = { reason: 'no-capacity', note: 'Pas de session avant mars.' };
    const form = run([{ type: 'start', verb: 'decline', allowed: ANSWER }]);
    expect(form.step).toBe('decline');
    // Sending from the form itself is not possible: only its confirmation sends.
    expect(linkFlow(form, { type: 'send', verb: 'decline', allowed: ANSWER })).toBe(form);
    const confirm = linkFlow(form, { type: 'review', values });
    expect(confirm).toMatchObject({ step: 'confirm-decline', values });
    expect(linkFlow(confirm, { type: 'back' })).toMatchObject({ step: 'decline', values });
    expect(run([{ type: 'back' }, { type: 'back' }], confirm)).toMatchObject({ step: 'choose', values: NO_VALUES });
    const sent = run([{ type: 'send', verb: 'decline', allowed: ANSWER }, { type: 'sent', verb: 'decline', link: LINK }], confirm);
    expect(sent).toMatchObject({ step: 'done', done: { verb: 'decline' }, values });
  });

  it('offers only the verbs the link still allows', () => {
    expect(linkFlow(INITIAL_FLOW, { type: 'start', verb: 'complete', allowed: ANSWER })).toBe(INITIAL_FLOW);
    expect(linkFlow(INITIAL_FLOW, { type: 'start', verb: 'decline', allowed: OUTCOME })).toBe(INITIAL_FLOW);
    expect(linkFlow(INITIAL_FLOW, { type: 'send', verb: 'accept', allowed: OUTCOME })).toBe(INITIAL_FLOW);
    expect(linkFlow(INITIAL_FLOW, { type: 'start', verb: 'no-show', allowed: OUTCOME }).step).toBe('confirm-no-show');
    expect(linkFlow(INITIAL_FLOW, { type: 'start', verb: 'complete', allowed: OUTCOME }).step).toBe('complete');
  });

  it('records an outcome after its confirmation, and a no-show with its optional message', () => {
    const confirm = run([
      { type: 'start', verb: 'complete', allowed: OUTCOME },
      { type: 'review', values: { reason: 'got-help', note: '' } },
    ]);
    expect(confirm.step).toBe('confirm-complete');
    expect(verbOf(confirm.step)).toBe('complete');
    const noShow = run([
      { type: 'start', verb: 'no-show', allowed: OUTCOME },
      { type: 'send', verb: 'no-show', allowed: OUTCOME, values: { reason: '', note: 'Absente au rendez-vous.' } },
    ]);
    expect(noShow).toMatchObject({ sending: true, values: { note: 'Absente au rendez-vous.' } });
  });

  it('brings a field the server refused back to the form that asked for it', () => {
    const problem = { fields: { reason: 'must be a decline reason' }, general: [] };
    const refused = run(
      [
        { type: 'start', verb: 'decline', allowed: ANSWER },
        { type: 'review', values: { reason: 'gone-code', note: '' } },
        { type: 'send', verb: 'decline', allowed: ANSWER },
        { type: 'refused', problem },
      ],
    );
    expect(refused).toMatchObject({ step: 'decline', sending: false, refused: problem, values: { reason: 'gone-code' } });
    // The next review clears it.
    expect(linkFlow(refused, { type: 'review', values: { reason: 'no-capacity', note: '' } }).refused).toBeUndefined();
  });

  it('keeps the step and what was typed when sending failed but may work again', () => {
    const confirm = run([
      { type: 'start', verb: 'decline', allowed: ANSWER },
      { type: 'review', values: { reason: 'no-capacity', note: '' } },
      { type: 'send', verb: 'decline', allowed: ANSWER },
    ]);
    expect(linkFlow(confirm, { type: 'failed', error: new TypeError('Failed to fetch') })).toMatchObject({ step: 'confirm-decline', sending: false, error: 'offline' });
    expect(linkFlow(confirm, { type: 'failed', error: new ApiError(503) }).error).toBe('offline');
    expect(linkFlow(confirm, { type: 'failed', error: new ApiError(429) }).error).toBe('busy');
    expect(linkFlow(confirm, { type: 'failed', error: new ApiError(409) }).error).toBe('refused');
    const again = linkFlow(linkFlow(confirm, { type: 'failed', error: new ApiError(503) }), { type: 'send', verb: 'decline', allowed: ANSWER });
    expect(again).toMatchObject({ sending: true, error: undefined });
  });

  it('ends on the link’s own words when it was used meanwhile (410) or does not verify (404)', () => {
    const sending = linkFlow(INITIAL_FLOW, { type: 'send', verb: 'accept', allowed: ANSWER });
    const used = linkFlow(sending, { type: 'failed', error: gone('link-used') });
    expect(used.blocked).toEqual({ kind: 'used' });
    expect(linkFlow(used, { type: 'send', verb: 'accept', allowed: ANSWER })).toBe(used);
    expect(linkFlow(sending, { type: 'failed', error: new ApiError(404) }).blocked).toEqual({ kind: 'invalid' });
  });
});

describe('what each verb sends', () => {
  it('a reason where one is taken, the message only when written, never for an acceptance', () => {
    const values = { reason: 'no-capacity', note: '  Rappeler en mars.  ' };
    expect(bodyOf('accept', values)).toEqual({});
    expect(bodyOf('decline', values)).toEqual({ reason: 'no-capacity', note: 'Rappeler en mars.' });
    expect(bodyOf('complete', { reason: 'got-help', note: ' ' })).toEqual({ reason: 'got-help' });
    expect(bodyOf('no-show', { reason: 'ignored', note: 'Absente au rendez-vous.' })).toEqual({ note: 'Absente au rendez-vous.' });
  });
});
