// The partner's forms: a reason (decline) or an outcome (complete) with an optional message, then a
// confirmation that says what happens; and "the person did not come", a confirmation with an optional
// message. Checked before sending (valibot, TanStack Form); a field the server refuses shows at that field.
import { useForm } from '@tanstack/preact-form';
import { useMemo, useRef } from 'preact/hooks';
import { firstError, type ProblemMessages } from '../../../lib/form/problem';
import { codeLabel, type LinkLang, type LinkT } from '../../../lib/i18n/link';
import { SelectField, TextAreaField } from '../../../components/staff/form-field';
import type { ReferralCodes } from '../api/link';
import { NOTE_MAX, noShowSchema, reasonSchema } from '../model/link-forms';
import type { SendError, Values } from '../model/link-flow';

/** The step's heading: the page moves the focus to it when the step changes, so a screen reader says it. */
export const STEP_HEADING = 'link-step';

type Kind = 'decline' | 'complete';

const codesOf = (codes: ReferralCodes | undefined, kind: Kind) => (kind === 'decline' ? codes?.declineReasons : codes?.outcomes) ?? [];

/** The label of the reason or outcome chosen, in the page's language. */
export function chosenLabel(codes: ReferralCodes | undefined, kind: Kind, code: string, lang: LinkLang): string {
  const found = codesOf(codes, kind).find((c) => c.code === code);
  return codeLabel(kind === 'decline' ? 'decline' : 'outcome', code, found?.labels, lang);
}

/** The server's words are English and technical: at the field the page says what to do, in its language. */
function refusedAt(field: 'reason' | 'note', kind: Kind | 'no-show', refused: ProblemMessages | undefined, t: LinkT) {
  if (!refused?.fields[field]) return undefined;
  if (field === 'note') return t('link.noteTooLong', { max: NOTE_MAX });
  return t(kind === 'complete' ? 'link.outcomeNeeded' : 'link.reasonNeeded');
}

function GeneralProblems({ refused }: { refused: ProblemMessages | undefined }) {
  if (!refused || refused.general.length === 0) return null;
  return (
    <div class="notice notice--error" role="alert">
      {refused.general.map((m) => (
        <p key={m}>{m}</p>
      ))}
    </div>
  );
}

export function SendProblem({ error, t }: { error: SendError | undefined; t: LinkT }) {
  if (!error) return null;
  const key = error === 'busy' ? 'link.sendBusy' : error === 'refused' ? 'link.sendRefused' : 'link.sendFailed';
  return (
    <p class="notice notice--error" role="alert">
      {t(key)}
    </p>
  );
}

/** Moves the focus to the first field that says it is invalid, once the form has rendered its errors. */
function focusFirstInvalid(form: HTMLFormElement | null) {
  window.setTimeout(() => form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);
}

export function ReasonForm({
  kind,
  values,
  codes,
  refused,
  t,
  lang,
  onReview,
  onBack,
}: {
  kind: Kind;
  values: Values;
  codes: ReferralCodes | undefined;
  refused: ProblemMessages | undefined;
  t: LinkT;
  lang: LinkLang;
  onReview: (values: Values) => void;
  onBack: () => void;
}) {
  // Stable while the codes are: the form keeps one schema, not a new one per render.
  const list = useMemo(() => codesOf(codes, kind), [codes, kind]);
  const schema = useMemo(() => reasonSchema(t, kind, list.map((c) => c.code)), [t, kind, list]);
  const element = useRef<HTMLFormElement>(null);
  const form = useForm({
    defaultValues: { reason: values.reason, note: values.note },
    validators: { onSubmit: schema },
    onSubmit: ({ value }) => onReview({ reason: value.reason, note: value.note }),
    onSubmitInvalid: () => focusFirstInvalid(element.current),
  });
  const decline = kind === 'decline';
  return (
    <form
      ref={element}
      class="link-form"
      noValidate
      aria-labelledby={STEP_HEADING}
      onSubmit={(e) => {
        e.preventDefault();
        void form.handleSubmit();
      }}
    >
      <h2 id={STEP_HEADING} tabIndex={-1}>
        {t(decline ? 'link.declineTitle' : 'link.outcomeTitle')}
      </h2>
      <GeneralProblems refused={refused} />
      <form.Field name="reason">
        {(field) => (
          <SelectField
            id="link-reason"
            name="reason"
            label={t(decline ? 'link.reason' : 'link.outcome')}
            value={field.state.value}
            options={[
              { value: '', label: t(decline ? 'link.reasonPick' : 'link.outcomePick') },
              ...list.map((c) => ({ value: c.code, label: codeLabel(decline ? 'decline' : 'outcome', c.code, c.labels, lang) })),
            ]}
            error={firstError(field.state.meta.errors) ?? refusedAt('reason', kind, refused, t)}
            onValue={field.handleChange}
          />
        )}
      </form.Field>
      <form.Field name="note">
        {(field) => (
          <TextAreaField
            id="link-note"
            name="note"
            label={t('link.noteLabel')}
            hint={t('link.noteHint')}
            max={NOTE_MAX}
            count={t('link.noteCount', { count: field.state.value.length, max: NOTE_MAX })}
            value={field.state.value}
            error={firstError(field.state.meta.errors) ?? refusedAt('note', kind, refused, t)}
            onValue={field.handleChange}
            onBlur={field.handleBlur}
          />
        )}
      </form.Field>
      <p class="actions">
        <button type="submit" class="button button--primary">
          {t('link.continue')}
        </button>
        <button type="button" class="button" onClick={onBack}>
          {t('link.back')}
        </button>
      </p>
    </form>
  );
}

/** What will be sent, said back before it is: a decline and an outcome cannot be undone through the link. */
export function ConfirmChoice({
  kind,
  values,
  codes,
  sending,
  error,
  t,
  lang,
  onConfirm,
  onBack,
}: {
  kind: Kind;
  values: Values;
  codes: ReferralCodes | undefined;
  sending: boolean;
  error: SendError | undefined;
  t: LinkT;
  lang: LinkLang;
  onConfirm: () => void;
  onBack: () => void;
}) {
  const decline = kind === 'decline';
  const label = chosenLabel(codes, kind, values.reason, lang);
  const note = values.note.trim();
  return (
    <section aria-labelledby={STEP_HEADING} class="link-confirm">
      <h2 id={STEP_HEADING} tabIndex={-1}>
        {t(decline ? 'link.confirmDeclineTitle' : 'link.confirmCompleteTitle')}
      </h2>
      <p>{t(decline ? 'link.confirmDeclineBody' : 'link.confirmCompleteBody')}</p>
      <ul class="link-chosen">
        <li>{decline ? t('link.yourReason', { reason: label }) : t('link.yourOutcome', { outcome: label })}</li>
        {note ? (
          <li dir="auto" class="link-note">
            {t('link.yourNote', { note })}
          </li>
        ) : null}
      </ul>
      <SendProblem error={error} t={t} />
      <p class="actions">
        <button type="button" class="button button--primary" disabled={sending} onClick={onConfirm}>
          {sending ? t('link.sending') : t(decline ? 'link.confirmDecline' : 'link.confirmComplete')}
        </button>
        <button type="button" class="button" disabled={sending} onClick={onBack}>
          {t('link.back')}
        </button>
      </p>
    </section>
  );
}

/** "The person did not come": the confirmation itself, with an optional message for the desk. */
export function NoShowForm({
  values,
  refused,
  sending,
  error,
  t,
  onConfirm,
  onBack,
}: {
  values: Values;
  refused: ProblemMessages | undefined;
  sending: boolean;
  error: SendError | undefined;
  t: LinkT;
  onConfirm: (values: Values) => void;
  onBack: () => void;
}) {
  const schema = useMemo(() => noShowSchema(t), [t]);
  const element = useRef<HTMLFormElement>(null);
  const form = useForm({
    defaultValues: { reason: '', note: values.note },
    validators: { onSubmit: schema },
    onSubmit: ({ value }) => onConfirm({ reason: '', note: value.note }),
    onSubmitInvalid: () => focusFirstInvalid(element.current),
  });
  return (
    <form
      ref={element}
      class="link-form"
      noValidate
      aria-labelledby={STEP_HEADING}
      onSubmit={(e) => {
        e.preventDefault();
        void form.handleSubmit();
      }}
    >
      <h2 id={STEP_HEADING} tabIndex={-1}>
        {t('link.noShowTitle')}
      </h2>
      <p>{t('link.noShowBody')}</p>
      <GeneralProblems refused={refused} />
      <form.Field name="note">
        {(field) => (
          <TextAreaField
            id="link-note"
            name="note"
            label={t('link.noteLabel')}
            hint={t('link.noteHint')}
            max={NOTE_MAX}
            count={t('link.noteCount', { count: field.state.value.length, max: NOTE_MAX })}
            value={field.state.value}
            error={firstError(field.state.meta.errors) ?? refusedAt('note', 'no-show', refused, t)}
            onValue={field.handleChange}
            onBlur={field.handleBlur}
          />
        )}
      </form.Field>
      <SendProblem error={error} t={t} />
      <p class="actions">
        <button type="submit" class="button button--primary" disabled={sending}>
          {sending ? t('link.sending') : t('link.confirmNoShow')}
        </button>
        <button type="button" class="button" disabled={sending} onClick={onBack}>
          {t('link.back')}
        </button>
      </p>
    </form>
  );
}
