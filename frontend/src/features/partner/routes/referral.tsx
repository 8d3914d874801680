// One referral sent to the partner's organisation (issue 18): what the partner may see (before accepting,
// what it needs to decide; after, the fields the person agreed to share), its answer as the buttons the
// server allows, each command with the version read (If-Match), a stale or illegal move explained with a
// reload, the service's capacity signal, and the notes shared with the desk. Another organisation's
// referral answers 404: the page then says "not found" and shows nothing else.
import { useForm } from '@tanstack/preact-form';
import { useMutation, useQuery, useQueryClient } from '@tanstack/preact-query';
import { useRoute } from 'preact-iso';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useAuth } from '../../../lib/auth/context';
import { ApiError } from '../../../lib/api/client';
import { firstError, problemMessages } from '../../../lib/form/problem';
import { useStaffT, type StaffT } from '../../../lib/i18n/staff';
import { dueOf } from '../../../lib/referrals/list';
import { staffFormat, type StaffFormat } from '../../../lib/staff-format';
import { useTitle } from '../../../lib/use-title';
import { SelectField, TextAreaField } from '../../../components/staff/form-field';
import { NoteForm, type NoteWords } from '../../../components/staff/note-form';
import { StaffError, StaffLoading } from '../../../components/staff/status';
import {
  addReferralNote,
  domainsQuery,
  isNotFound,
  moveReferral,
  referralCodesQuery,
  referralNotesQuery,
  referralQuery,
  serviceQuery,
} from '../api/referrals';
import { INBOX_PATH, needNamer } from '../components/inbox';
import type { PartnerReferral } from '../model/inbox';
import {
  actionsFor,
  asksForm,
  capacitySignal,
  commandBody,
  commandFieldOf,
  commandSchema,
  CONTACT_CHANNELS,
  FACT_STATES,
  FACTS,
  formOf,
  isOneOf,
  NO_CAPACITY,
  NOTE_MAX,
  noteAuthor,
  PERSON_STATUSES,
  reasonLabel,
  reasonOptions,
  refusalOf,
  type CommandValues,
  type FormCommand,
  type Note,
  type PartnerCommand,
  type ReferralCodes,
} from '../model/referral';

const REFERRAL_NOTE: NoteWords = {
  label: 'inbox.note.label',
  hint: 'inbox.note.hint',
  count: 'inbox.note.count',
  empty: 'inbox.note.empty',
  tooLong: 'inbox.note.tooLong',
  add: 'inbox.note.add',
  added: 'inbox.note.added',
};

export default function ReferralPage() {
  const queries = useQueryClient();
  const { params } = useRoute();
  const id = params['id'] ?? '';
  const { t, lang } = useStaffT();
  const format = useMemo(() => staffFormat(lang), [lang]);
  const referral = useQuery(referralQuery(id));
  const ok = referral.isSuccess;
  const codes = useQuery(referralCodesQuery);
  const domains = useQuery(domainsQuery(lang));
  const notes = useQuery({ ...referralNotesQuery(id), enabled: ok });
  useTitle(
    referral.data
      ? t('inbox.ref.title', { reference: referral.data.caseReference })
      : referral.isError && isNotFound(referral.error)
        ? t('inbox.ref.notFound')
        : t('staff.loading'),
  );

  if (referral.isPending) return <StaffLoading />;
  if (referral.isError) {
    return isNotFound(referral.error) ? <ReferralNotFound t={t} /> : <StaffError retry={() => void referral.refetch()} />;
  }
  const r = referral.data;
  return (
    <>
      <ReferralView referral={r} codes={codes.data} needName={needNamer(domains.data)} t={t} lang={lang} format={format} />
      <Actions referral={r} codes={codes.data} reload={() => referral.refetch()} />
      <ServiceSignal serviceId={r.service.id} />
      <section aria-labelledby="ref-notes">
        <h2 id="ref-notes">{t('inbox.notes')}</h2>
        <p>{t('inbox.notesIntro')}</p>
        {notes.isPending ? <StaffLoading /> : notes.isError ? <StaffError retry={() => void notes.refetch()} /> : <SharedNotes notes={notes.data} t={t} format={format} />}
        <NoteForm id="ref-note" words={REFERRAL_NOTE} submit={(body, key) => addReferralNote(queries, r.id, body, key)} />
      </section>
    </>
  );
}

export function ReferralNotFound({ t }: { t: StaffT }) {
  return (
    <>
      <h1 tabIndex={-1}>{t('inbox.ref.notFound')}</h1>
      <p>{t('inbox.ref.notFoundBody')}</p>
      <p>
        <a href={INBOX_PATH}>{t('inbox.back')}</a>
      </p>
    </>
  );
}

/** What the partner may see of the referral: the request always, the person once accepted. */
export function ReferralView({
  referral: r,
  codes,
  needName,
  t,
  lang,
  format,
  now = Date.now(),
}: {
  referral: PartnerReferral;
  codes: ReferralCodes | undefined;
  needName: (code: string) => string;
  t: StaffT;
  lang: string;
  format: StaffFormat;
  now?: number;
}) {
  const due = dueOf(r, now);
  const reason = reasonLabel(codes, r.reason, lang);
  return (
    <>
      <p>
        <a href={INBOX_PATH}>{t('inbox.back')}</a>
      </p>
      <h1 tabIndex={-1}>{t('inbox.ref.title', { reference: r.caseReference })}</h1>
      <p class="lead">
        {t('inbox.ref.status')} <strong>{t(`status.${r.status}`)}</strong>
        {due === 'overdue' || due === 'soon' ? (
          <span class={`badge badge--${due}`}>{t(due === 'overdue' ? 'inbox.due.overdue' : 'inbox.due.soon')}</span>
        ) : null}
      </p>
      {reason ? <p>{t(r.status === 'completed' ? 'inbox.ref.outcome' : 'inbox.ref.reason', { reason })}</p> : null}
      <section aria-labelledby="ref-request">
        <h2 id="ref-request">{t('inbox.ref.request')}</h2>
        <dl class="staff-facts">
          <dt>{t('inbox.ref.service')}</dt>
          <dd>{r.service.name}</dd>
          <dt>{t('inbox.ref.needs')}</dt>
          <dd>{r.needs.length > 0 ? format.list(r.needs.map(needName)) : t('inbox.needsNone')}</dd>
          <dt>{t('inbox.ref.languages')}</dt>
          <dd>{r.languages.length > 0 ? format.list(r.languages.map(format.language)) : t('inbox.ref.notSaid')}</dd>
          <dt>{t('inbox.ref.sentAt')}</dt>
          <dd>
            <time dateTime={r.sentAt}>{format.date(r.sentAt)}</time>
          </dd>
          <dt>{t('inbox.ref.dueAt')}</dt>
          <dd>{r.dueAt ? <time dateTime={r.dueAt}>{format.date(r.dueAt)}</time> : t('inbox.dueNone')}</dd>
          <dt>{t('inbox.ref.note')}</dt>
          <dd class="staff-note__body">{r.note ? r.note : t('inbox.ref.noNote')}</dd>
        </dl>
        {r.facts.length > 0 ? (
          <>
            <h3>{t('inbox.ref.facts')}</h3>
            <p class="hint">{t('inbox.ref.factsHint')}</p>
            <ul class="inbox-facts">
              {r.facts.map((f) => (
                <li key={f.fact} class={`inbox-fact inbox-fact--${f.met}`}>
                  {isOneOf(FACTS, f.fact) ? t(`inbox.fact.${f.fact}`) : f.fact}
                  {': '}
                  <strong>{isOneOf(FACT_STATES, f.met) ? t(`inbox.met.${f.met}`) : f.met}</strong>
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>
      <section aria-labelledby="ref-person">
        <h2 id="ref-person">{t('inbox.ref.person')}</h2>
        <SharedPerson person={r.person} t={t} />
      </section>
    </>
  );
}

function SharedPerson({ person, t }: { person: PartnerReferral['person']; t: StaffT }) {
  if (person == null) return <p>{t('inbox.ref.personLater')}</p>;
  const rows: [string, string][] = [];
  if (person.name) rows.push([t('inbox.person.name'), person.name]);
  if (person.contactChannel) {
    rows.push([t('inbox.person.contact'), isOneOf(CONTACT_CHANNELS, person.contactChannel) ? t(`inbox.contact.${person.contactChannel}`) : person.contactChannel]);
  }
  if (person.birthYear != null) rows.push([t('inbox.person.birthYear'), String(person.birthYear)]);
  if (person.status) rows.push([t('inbox.person.status'), isOneOf(PERSON_STATUSES, person.status) ? t(`personStatus.${person.status}`) : person.status]);
  if (rows.length === 0) return <p>{t('inbox.ref.personNothing')}</p>;
  return (
    <>
      <p>{t('inbox.ref.personShared')}</p>
      <dl class="staff-facts">
        {rows.flatMap(([label, value]) => [<dt key={`${label}-t`}>{label}</dt>, <dd key={`${label}-d`}>{value}</dd>])}
      </dl>
    </>
  );
}

const BUTTON_WORDS = {
  accept: 'inbox.act.accept',
  decline: 'inbox.act.decline',
  start: 'inbox.act.start',
  complete: 'inbox.act.complete',
  'no-show': 'inbox.act.noShow',
  cancel: 'inbox.act.cancel',
} as const;
const DONE_WORDS = {
  accept: 'inbox.done.accept',
  decline: 'inbox.done.decline',
  start: 'inbox.done.start',
  complete: 'inbox.done.complete',
  'no-show': 'inbox.done.noShow',
  cancel: 'inbox.done.cancel',
} as const;
const FORM_WORDS = {
  decline: { title: 'inbox.form.decline', reason: 'inbox.form.declineReason', confirm: 'inbox.form.declineConfirm' },
  complete: { title: 'inbox.form.complete', reason: 'inbox.form.outcome', confirm: 'inbox.form.completeConfirm' },
  cancel: { title: 'inbox.form.cancel', reason: 'inbox.form.cancelReason', confirm: 'inbox.form.cancelConfirm' },
  'no-show': { title: 'inbox.form.noShow', reason: undefined, confirm: 'inbox.form.noShowConfirm' },
} as const;

/**
 * The answer: one button per command the server allows now. Accept and start act at once; decline,
 * complete and cancel open a short form with the coded reason or outcome; a no-show asks to confirm,
 * since it closes the referral. Each carries the version read, so a change made meanwhile is a 412.
 */
function Actions({ referral, codes, reload }: { referral: PartnerReferral; codes: ReferralCodes | undefined; reload: () => Promise<unknown> }) {
  const { t } = useStaffT();
  const queries = useQueryClient();
  const [open, setOpen] = useState<FormCommand | undefined>(undefined);
  const [done, setDone] = useState<PartnerCommand | undefined>(undefined);
  const doneRef = useRef<HTMLParagraphElement>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const move = useMutation({
    mutationFn: ({ command, body }: { command: PartnerCommand; body: { reason?: string; note?: string } }) =>
      moveReferral(queries, referral, command, body),
    onSuccess: (_moved, { command }) => {
      setOpen(undefined);
      setDone(command);
    },
  });
  // The buttons the focus was on are gone once the referral moves: the focus goes to what happened.
  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);
  const actions = actionsFor(referral.allowed);
  const refusal = move.isError ? refusalOf(move.error) : undefined;
  const fields = refusal?.kind === 'fields' && move.error instanceof ApiError ? problemMessages(move.error.problem, commandFieldOf) : undefined;
  // The reload button goes away with the notice: the focus goes back to the top of the answer.
  const again = async () => {
    move.reset();
    setOpen(undefined);
    setDone(undefined);
    await reload();
    titleRef.current?.focus();
  };
  // Closing a form gives the focus back to the button that opened it.
  const close = () => {
    const opener = open;
    setOpen(undefined);
    window.setTimeout(() => document.querySelector<HTMLButtonElement>(`button[data-command="${opener ?? ''}"]`)?.focus(), 0);
  };
  return (
    <section aria-labelledby="ref-actions">
      <h2 id="ref-actions" ref={titleRef} tabIndex={-1}>
        {t('inbox.act.title')}
      </h2>
      <p ref={doneRef} tabIndex={-1} role="status" class={done ? 'notice notice--success' : 'inbox-done'}>
        {done ? t(DONE_WORDS[done]) : ''}
      </p>
      {refusal && refusal.kind !== 'fields' ? <RefusalNotice refusal={refusal} t={t} again={again} /> : null}
      {actions.length === 0 ? (
        <p>{t('inbox.act.none', { status: t(`status.${referral.status}`) })}</p>
      ) : (
        <>
          <p>{t(referral.status === 'sent' ? 'inbox.act.introSent' : 'inbox.act.introAccepted')}</p>
          <p class="actions inbox-actions">
            {actions.map((command) => {
              const withForm = asksForm(command);
              return (
                <button
                  key={command}
                  type="button"
                  data-command={command}
                  class={command === 'accept' || command === 'complete' ? 'button button--primary' : 'button'}
                  aria-expanded={withForm ? open === command : undefined}
                  aria-controls={withForm && open === command ? 'ref-command' : undefined}
                  disabled={move.isPending}
                  onClick={() => {
                    move.reset();
                    setDone(undefined);
                    if (!withForm) move.mutate({ command, body: {} });
                    else setOpen(open === command ? undefined : command);
                  }}
                >
                  {t(BUTTON_WORDS[command])}
                </button>
              );
            })}
          </p>
          {open ? (
            <CommandForm
              key={open}
              command={open}
              codes={codes}
              fields={fields?.fields ?? {}}
              general={fields?.general ?? []}
              submit={(body) => move.mutateAsync({ command: open, body }).then(() => undefined, () => undefined)}
              close={close}
            />
          ) : null}
        </>
      )}
    </section>
  );
}

/** A refused command in plain words, with the way on: reload and look again, or back to the inbox. */
export function RefusalNotice({
  refusal,
  t,
  again,
}: {
  refusal: Exclude<ReturnType<typeof refusalOf>, { kind: 'fields' }>;
  t: StaffT;
  again: () => void;
}) {
  let body: string;
  switch (refusal.kind) {
    case 'stale':
      body = t('inbox.refused.stale');
      break;
    case 'illegal':
      body = refusal.status ? t('inbox.refused.illegal', { status: t(`status.${refusal.status}`) }) : t('inbox.refused.illegalAny');
      if (refusal.allowed.length > 0) body += ` ${t('inbox.refused.allowed', { actions: refusal.allowed.map((c) => t(BUTTON_WORDS[c])).join(', ') })}`;
      break;
    case 'gone':
      body = t('inbox.refused.gone');
      break;
    default:
      body = t('inbox.refused.other');
  }
  return (
    <div class="notice notice--error" role="alert">
      <p>{body}</p>
      <p class="actions">
        {refusal.kind === 'gone' ? (
          <a class="button" href={INBOX_PATH}>
            {t('inbox.back')}
          </a>
        ) : (
          <button type="button" class="button" onClick={again}>
            {t('inbox.refused.reload')}
          </button>
        )}
      </p>
    </div>
  );
}

function CommandForm({
  command,
  codes,
  fields,
  general,
  submit,
  close,
}: {
  command: FormCommand;
  codes: ReferralCodes | undefined;
  fields: Readonly<Record<string, string>>;
  general: readonly string[];
  submit: (body: { reason?: string; note?: string }) => Promise<void>;
  close: () => void;
}) {
  const { t, lang } = useStaffT();
  const schema = useMemo(() => commandSchema(t, command), [t, command]);
  const options = reasonOptions(codes, command, lang);
  const words = FORM_WORDS[command];
  const asksReason = formOf(command).kind === 'reason';
  const title = useRef<HTMLHeadingElement>(null);
  // The form opened below the buttons: its heading takes the focus, so a screen reader hears what it asks.
  useEffect(() => title.current?.focus(), []);
  const form = useForm({
    defaultValues: { reason: '', note: '' } as CommandValues,
    validators: { onSubmit: schema },
    onSubmit: async ({ value }) => submit(commandBody(command, value)),
  });
  return (
    <form
      id="ref-command"
      class="staff-form inbox-command"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void form.handleSubmit();
      }}
    >
      <h3 ref={title} tabIndex={-1}>
        {t(words.title)}
      </h3>
      {general.length > 0 ? (
        <div class="notice notice--error" role="alert">
          {general.map((m) => (
            <p key={m}>{m}</p>
          ))}
        </div>
      ) : null}
      {asksReason && words.reason ? (
        <form.Field name="reason">
          {(field) => (
            <>
              <SelectField
                id="ref-reason"
                name="reason"
                label={t(words.reason)}
                value={field.state.value}
                options={[{ value: '', label: t('inbox.form.choose') }, ...options]}
                error={firstError(field.state.meta.errors) ?? fields['reason']}
                onValue={(value) => field.handleChange(value)}
              />
              {command === 'decline' && field.state.value === NO_CAPACITY ? (
                <p class="notice notice--info" id="ref-capacity-hint">
                  {t('inbox.form.capacityHint')}
                </p>
              ) : null}
            </>
          )}
        </form.Field>
      ) : (
        <p>{t('inbox.form.noShowIntro')}</p>
      )}
      <form.Field name="note">
        {(field) => (
          <TextAreaField
            id="ref-command-note"
            name="note"
            label={t('inbox.form.note')}
            hint={t('inbox.form.noteHint')}
            max={NOTE_MAX}
            rows={3}
            count={t('inbox.note.count', { count: field.state.value.length, max: NOTE_MAX })}
            value={field.state.value}
            error={firstError(field.state.meta.errors) ?? fields['note']}
            onValue={(value) => field.handleChange(value)}
            onBlur={field.handleBlur}
          />
        )}
      </form.Field>
      <p class="actions">
        <form.Subscribe selector={(s) => s.isSubmitting}>
          {(submitting) => (
            <button type="submit" class={command === 'complete' ? 'button button--primary' : 'button button--danger'} disabled={submitting}>
              {t(words.confirm)}
            </button>
          )}
        </form.Subscribe>
        <button type="button" class="button button--quiet" onClick={close}>
          {t('inbox.form.back')}
        </button>
      </p>
    </form>
  );
}

/**
 * The service's recent declines for lack of capacity, read-only: what a decline for that reason does
 * (the service comes after equal offers in the plans for a while), so the partner sees its effect.
 */
function ServiceSignal({ serviceId }: { serviceId: string }) {
  const { t, lang } = useStaffT();
  const format = useMemo(() => staffFormat(lang), [lang]);
  const service = useQuery(serviceQuery(serviceId, lang));
  return (
    <section aria-labelledby="ref-service">
      <h2 id="ref-service">{t('inbox.capacity.title')}</h2>
      {service.isPending ? (
        <StaffLoading />
      ) : service.isError ? (
        <StaffError retry={() => void service.refetch()} />
      ) : (
        <CapacitySignal name={service.data.name} score={service.data.recentCapacityDeclines} t={t} format={format} />
      )}
    </section>
  );
}

export function CapacitySignal({ name, score, t, format }: { name: string; score: number | null | undefined; t: StaffT; format: StaffFormat }) {
  const signal = capacitySignal(score);
  return (
    <div class="inbox-capacity">
      <p>
        <strong>{name}</strong>
      </p>
      {signal ? (
        <>
          <p>{t('inbox.capacity.score', { score: format.number(signal.score) })}</p>
          <p>{t(signal.lowered ? 'inbox.capacity.lowered' : 'inbox.capacity.notLowered')}</p>
        </>
      ) : (
        <p>{t('inbox.capacity.none')}</p>
      )}
      <p class="hint">{t('inbox.capacity.how')}</p>
    </div>
  );
}

export function SharedNotes({ notes, t, format }: { notes: readonly Note[]; t: StaffT; format: StaffFormat }) {
  const auth = useAuth();
  const organizationId = auth.status === 'signed-in' ? auth.me.organization?.id : undefined;
  if (notes.length === 0) return <p>{t('inbox.notesNone')}</p>;
  return (
    <ul class="staff-notes">
      {notes.map((n) => (
        <li key={n.id}>
          <p class="staff-list__meta">
            {t(noteAuthor(n, organizationId) === 'us' ? 'inbox.note.byUs' : 'inbox.note.byDesk', { date: format.dateTime(n.createdAt) })}
          </p>
          <p class="staff-note__body">{n.body}</p>
        </li>
      ))}
    </ul>
  );
}

