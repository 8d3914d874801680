// The checks of the page's forms, before any request (valibot), and where the server's refusals go: a
// decline needs a reason from the list, a completion an outcome, and a message is at most 1000 characters
// (CommandInput). "Another reason" asks for the message that says which: the desk cannot act on "other".
import * as v from 'valibot';
import type { LinkT } from '../../../lib/i18n/link';

export const NOTE_MAX = 1000;

const note = (t: LinkT) => v.pipe(v.string(), v.maxLength(NOTE_MAX, t('link.noteTooLong', { max: NOTE_MAX })));

/** A reason (decline) or an outcome (complete), one of the codes the API lists. */
export function reasonSchema(t: LinkT, kind: 'decline' | 'complete', codes: readonly string[]) {
  const needed = t(kind === 'decline' ? 'link.reasonNeeded' : 'link.outcomeNeeded');
  return v.pipe(
    v.object({
      reason: v.pipe(
        v.string(),
        v.check((code) => code !== '' && (codes.length === 0 || codes.includes(code)), needed),
      ),
      note: note(t),
    }),
    v.forward(
      v.check((input) => input.reason !== 'other' || input.note.trim() !== '', t('link.noteNeeded')),
      ['note'],
    ),
  );
}

export function noShowSchema(t: LinkT) {
  return v.object({ reason: v.string(), note: note(t) });
}

/** The server names the body's fields "reason" and "note" (a "body." or "$." before them is read the same). */
export function linkFieldOf(serverField: string): 'reason' | 'note' | undefined {
  const field = serverField.replace(/^(body\.|\$\.)/, '');
  return field === 'reason' || field === 'note' ? field : undefined;
}
