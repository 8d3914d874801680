import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { linkTranslator } from '../../../lib/i18n/link';
import { linkFieldOf, NOTE_MAX, noShowSchema, reasonSchema } from './link-forms';

const en = linkTranslator('en');
const messages = (result: { issues?: readonly { message: string }[] | undefined }) => (result.issues ?? []).map((i) => i.message);

describe('the link’s forms', () => {
  it('need a reason from the list, in the page’s language', () => {
    const schema = reasonSchema(en, 'decline', ['no-capacity', 'other']);
    expect(v.safeParse(schema, { reason: 'no-capacity', note: '' }).success).toBe(true);
    expect(messages(v.safeParse(schema, { reason: '', note: '' }))).toEqual(['Choose a reason from the list.']);
    expect(messages(v.safeParse(schema, { reason: 'made-up', note: '' }))).toEqual(['Choose a reason from the list.']);
    expect(messages(v.safeParse(reasonSchema(linkTranslator('fr'), 'complete', ['got-help']), { reason: '', note: '' }))).toEqual([
      'Choisissez un résultat dans la liste.',
    ]);
  });

  it('ask which reason when it is "another reason", and bound the message as the server does', () => {
    const schema = reasonSchema(en, 'decline', ['other']);
    expect(messages(v.safeParse(schema, { reason: 'other', note: '  ' }))).toEqual(['Say which reason in the message.']);
    expect(v.safeParse(schema, { reason: 'other', note: 'Nous ne recevons que sur rendez-vous.' }).success).toBe(true);
    expect(messages(v.safeParse(noShowSchema(en), { reason: '', note: 'x'.repeat(NOTE_MAX + 1) }))).toEqual(['1000 characters at most.']);
    expect(v.safeParse(noShowSchema(en), { reason: '', note: '' }).success).toBe(true);
  });

  it('take any code while the list is not loaded: the server is the last word', () => {
    expect(v.safeParse(reasonSchema(en, 'decline', []), { reason: 'no-capacity', note: '' }).success).toBe(true);
  });

  it('put the server’s field errors on their fields', () => {
    expect(linkFieldOf('reason')).toBe('reason');
    expect(linkFieldOf('body.note')).toBe('note');
    expect(linkFieldOf('$.note')).toBe('note');
    expect(linkFieldOf('verb')).toBeUndefined();
  });
});
