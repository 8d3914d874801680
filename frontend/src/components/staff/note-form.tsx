// One note form for the staff areas (a case note at the desk, a referral note at the desk or a partner):
// checked before any request (valibot, the server's 1000 characters), the server's field error at the
// field, one Idempotency-Key per note being written, and the text kept when the write fails (a lost
// session included: see app/staff/session-lost.tsx).
import { useForm } from '@tanstack/preact-form';
import { useMemo, useRef, useState } from 'preact/hooks';
import * as v from 'valibot';
import { ApiError } from '../../lib/api/client';
import { firstError, problemMessages } from '../../lib/form/problem';
import type { StaffKey } from '../../lib/i18n/staff';
import { useStaffT } from '../../lib/i18n/staff';
import { TextAreaField } from './form-field';
import { StaffError } from './status';

export const NOTE_MAX = 1000;

/** The words of one note form, by key, so each area keeps its own hint. */
export interface NoteWords {
  readonly label: StaffKey;
  readonly hint: StaffKey;
  /** With {count} and {max}. */
  readonly count: StaffKey;
  readonly empty: StaffKey;
  /** With {max}. */
  readonly tooLong: StaffKey;
  readonly add: StaffKey;
  readonly added: StaffKey;
}

export function noteSchema(empty: string, tooLong: string) {
  return v.object({
    body: v.pipe(v.string(), v.trim(), v.nonEmpty(empty), v.maxLength(NOTE_MAX, tooLong)),
  });
}

/** The server names the note's body "body" (or "$.body"). */
export function noteFieldOf(serverField: string): 'body' | undefined {
  return serverField.replace(/^(body\.|\$\.)/, '') === 'body' ? 'body' : undefined;
}

export function NoteForm({
  id,
  words,
  submit,
}: {
  id: string;
  words: NoteWords;
  /** Writes the note; the key makes a retry of the same note harmless. */
  submit: (body: string, idempotencyKey: string) => Promise<unknown>;
}) {
  const { t } = useStaffT();
  const schema = useMemo(() => noteSchema(t(words.empty), t(words.tooLong, { max: NOTE_MAX })), [t, words]);
  const [serverError, setServerError] = useState<ApiError | undefined>(undefined);
  const [added, setAdded] = useState(false);
  // One key per note being written: a retry after a lost answer adds it once.
  const key = useRef(crypto.randomUUID());
  const form = useForm({
    defaultValues: { body: '' },
    validators: { onSubmit: schema },
    onSubmit: async ({ value, formApi }) => {
      setServerError(undefined);
      setAdded(false);
      try {
        await submit(value.body.trim(), key.current);
        key.current = crypto.randomUUID();
        formApi.reset();
        setAdded(true);
      } catch (error) {
        setServerError(error instanceof ApiError ? error : new ApiError(0));
      }
    },
  });
  const problem = serverError ? problemMessages(serverError.problem, noteFieldOf) : undefined;
  return (
    <form
      class="staff-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void form.handleSubmit();
      }}
    >
      {problem && problem.general.length > 0 ? (
        <div class="notice notice--error" role="alert">
          {problem.general.map((m) => (
            <p key={m}>{m}</p>
          ))}
        </div>
      ) : serverError && !problem?.fields['body'] ? (
        <StaffError />
      ) : null}
      <form.Field name="body">
        {(field) => (
          <TextAreaField
            id={id}
            name="body"
            label={t(words.label)}
            hint={t(words.hint)}
            max={NOTE_MAX}
            count={t(words.count, { count: field.state.value.length, max: NOTE_MAX })}
            value={field.state.value}
            error={firstError(field.state.meta.errors) ?? problem?.fields['body']}
            onValue={(value) => {
              setAdded(false);
              field.handleChange(value);
            }}
            onBlur={field.handleBlur}
          />
        )}
      </form.Field>
      <form.Subscribe selector={(s) => s.isSubmitting}>
        {(submitting) => (
          <button type="submit" class="button button--primary" disabled={submitting}>
            {t(words.add)}
          </button>
        )}
      </form.Subscribe>
      <p role="status">{added ? t(words.added) : ''}</p>
    </form>
  );
}
