import * as v from 'valibot';
import { noteSchema } from '../../../components/staff/note-form';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../lib/api/client';
import { staffTranslator } from '../../../lib/i18n/staff';
import {
  actionsFor,
  asksForm,
  capacitySignal,
  commandBody,
  commandFieldOf,
  commandSchema,
  formOf,
  ifMatch,
  NOTE_MAX,
  noteAuthor,
  reasonLabel,
  reasonOptions,
  refusalOf,
  type ReferralCodes,
} from './referral';

const en = staffTranslator('en');
const CODES: ReferralCodes = {
  declineReasons: [
    { code: 'no-capacity', labels: { fr: 'Plus de place', en: 'No place' } },
    { code: 'other', labels: { fr: 'Autre raison' } },
  ],
  outcomes: [{ code: 'got-help', labels: { fr: 'Aidée', en: 'Got help' } }],
  cancelReasons: [
    { code: 'person-withdrew', labels: { fr: 'A renoncé', en: 'Changed their mind' } },
    { code: 'retention-period-over', labels: { fr: 'Délai écoulé', en: 'Retention over' } },
    { code: 'erased-on-request', labels: { fr: 'Effacé', en: 'Erased' } },
  ],
};

describe('the buttons of a referral', () => {
  it('are the partner’s commands the server allows, in a fixed order', () => {
    expect(actionsFor(['decline', 'accept'])).toEqual(['accept', 'decline']);
    expect(actionsFor(['cancel', 'no-show', 'complete', 'start'])).toEqual(['start', 'complete', 'no-show', 'cancel']);
    expect(actionsFor(['complete', 'no-show', 'cancel'])).toEqual(['complete', 'no-show', 'cancel']);
    expect(actionsFor([])).toEqual([]);
    // The desk's commands, or a word the page does not know, make no button.
    expect(actionsFor(['send', 'expire', 'accept'])).toEqual(['accept']);
  });

  it('act at once (accept, start), ask a reason (decline, complete, cancel), or ask to confirm (no-show)', () => {
    expect(formOf('accept')).toEqual({ kind: 'direct' });
    expect(formOf('start')).toEqual({ kind: 'direct' });
    expect(formOf('decline')).toEqual({ kind: 'reason', list: 'declineReasons' });
    expect(formOf('complete')).toEqual({ kind: 'reason', list: 'outcomes' });
    expect(formOf('cancel')).toEqual({ kind: 'reason', list: 'cancelReasons' });
    expect(formOf('no-show')).toEqual({ kind: 'confirm' });
    expect(['accept', 'start', 'decline', 'no-show'].map((c) => asksForm(c as never))).toEqual([false, false, true, true]);
  });

  it('offer the reasons of each command in the staff language, never one only Passerelle gives', () => {
    expect(reasonOptions(CODES, 'decline', 'en')).toEqual([
      { value: 'no-capacity', label: 'No place' },
      { value: 'other', label: 'Autre raison' },
    ]);
    expect(reasonOptions(CODES, 'complete', 'fr')).toEqual([{ value: 'got-help', label: 'Aidée' }]);
    expect(reasonOptions(CODES, 'cancel', 'en')).toEqual([{ value: 'person-withdrew', label: 'Changed their mind' }]);
    expect(reasonOptions(CODES, 'accept', 'en')).toEqual([]);
    expect(reasonOptions(undefined, 'decline', 'en')).toEqual([]);
    expect(reasonLabel(CODES, 'got-help', 'en')).toBe('Got help');
    expect(reasonLabel(CODES, 'unknown-code', 'en')).toBe('unknown-code');
    expect(reasonLabel(CODES, null, 'en')).toBeUndefined();
  });
});

describe('the checks before a command is sent', () => {
  it('require a reason to decline and an outcome to complete', () => {
    const decline = v.safeParse(commandSchema(en, 'decline'), { reason: '', note: '' });
    expect(decline.issues?.map((i) => [v.getDotPath(i), i.message])).toEqual([['reason', 'Choose a reason.']]);
    const complete = v.safeParse(commandSchema(en, 'complete'), { reason: '', note: '' });
    expect(complete.issues?.map((i) => [v.getDotPath(i), i.message])).toEqual([['reason', 'Choose an outcome.']]);
    expect(v.safeParse(commandSchema(en, 'decline'), { reason: 'no-capacity', note: '' }).success).toBe(true);
    expect(v.safeParse(commandSchema(en, 'no-show'), { reason: '', note: '' }).success).toBe(true);
  });

  it('bound the note to 1000 characters', () => {
    expect(v.safeParse(commandSchema(en, 'complete'), { reason: 'got-help', note: 'x'.repeat(NOTE_MAX) }).success).toBe(true);
    expect(v.safeParse(commandSchema(en, 'complete'), { reason: 'got-help', note: 'x'.repeat(NOTE_MAX + 1) }).issues?.[0]?.message).toBe(
      '1000 characters at most.',
    );
    expect(v.safeParse(noteSchema(en('inbox.note.empty'), en('inbox.note.tooLong', { max: NOTE_MAX })), { body: '  ' }).issues?.[0]?.message).toBe('Write the note.');
  });

  it('send the reason only where one is asked, and the note only when written', () => {
    expect(commandBody('decline', { reason: 'no-capacity', note: '  ' })).toEqual({ reason: 'no-capacity' });
    expect(commandBody('no-show', { reason: 'stale', note: ' Called twice. ' })).toEqual({ note: 'Called twice.' });
    expect(commandBody('accept', { reason: '', note: '' })).toEqual({});
  });

  it('send the version read as the ETag, and read the server’s field names', () => {
    expect(ifMatch(7)).toBe('"7"');
    expect(commandFieldOf('reason')).toBe('reason');
    expect(commandFieldOf('body.note')).toBe('note');
    expect(commandFieldOf('status')).toBeUndefined();
  });
});

describe('a refused command, in plain words', () => {
  const problem = (status: number, errors: { field: string; message: string }[] = []) =>
    new ApiError(status, { type: 'about:blank', title: 'x', status, errors });

  it('is stale on 412, illegal on 409 with the state and what is allowed now, gone on 404', () => {
    expect(refusalOf(problem(412))).toEqual({ kind: 'stale' });
    expect(
      refusalOf(
        problem(409, [
          { field: 'status', message: 'declined' },
          { field: 'allowed', message: '' },
        ]),
      ),
    ).toEqual({ kind: 'illegal', status: 'declined', allowed: [] });
    expect(
      refusalOf(
        problem(409, [
          { field: 'status', message: 'in-progress' },
          { field: 'allowed', message: 'complete,no-show,cancel' },
        ]),
      ),
    ).toEqual({ kind: 'illegal', status: 'in-progress', allowed: ['complete', 'no-show', 'cancel'] });
    expect(refusalOf(problem(409))).toEqual({ kind: 'illegal', status: undefined, allowed: [] });
    expect(refusalOf(problem(404))).toEqual({ kind: 'gone' });
  });

  it('is shown at the field on 400, and anything else is said plainly', () => {
    expect(refusalOf(problem(400, [{ field: 'reason', message: 'must be a decline reason' }]))).toEqual({ kind: 'fields' });
    expect(refusalOf(problem(400, [{ field: 'other', message: 'x' }]))).toEqual({ kind: 'other' });
    expect(refusalOf(problem(500))).toEqual({ kind: 'other' });
    expect(refusalOf(new TypeError('Failed to fetch'))).toEqual({ kind: 'other' });
  });
});

describe('the capacity signal and the notes', () => {
  it('is nothing without a decline, and lowers the service in plans from 0.5', () => {
    expect(capacitySignal(null)).toBeUndefined();
    expect(capacitySignal(0)).toBeUndefined();
    expect(capacitySignal(0.4)).toEqual({ score: 0.4, lowered: false });
    expect(capacitySignal(1)).toEqual({ score: 1, lowered: true });
  });

  it('say who wrote a note: the partner’s organisation or the desk', () => {
    const note = { id: 'n', author: 'someone', body: 'x', createdAt: '2026-12-01T10:00:00Z', authorOrganizationId: 'org-1' };
    expect(noteAuthor(note, 'org-1')).toBe('us');
    expect(noteAuthor(note, 'org-2')).toBe('desk');
    expect(noteAuthor({ ...note, authorOrganizationId: null }, undefined)).toBe('desk');
  });
});
