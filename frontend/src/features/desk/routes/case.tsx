// The case page (issue 17, part 4): the case as the desk sees it, its referrals with their state and
// reasons, the timeline, case and referral notes, withdrawal of consent, and the export. A case of
// another desk answers 404: the page then says "not found" and shows nothing else.
import { useForm } from '@tanstack/preact-form';
import { useQueries, useQuery, useQueryClient } from '@tanstack/preact-query';
import { useRoute } from 'preact-iso';
import { useMemo, useRef, useState } from 'preact/hooks';
import { ApiError } from '../../../lib/api/client';
import { firstError, problemMessages } from '../../../lib/form/problem';
import { useStaffT, type StaffKey, type StaffT } from '../../../lib/i18n/staff';
import { useTitle } from '../../../lib/use-title';
import { NoteForm, type NoteWords } from '../../../components/staff/note-form';
import { StaffError, StaffLoading } from '../../../components/staff/status';
import {
  addCaseNote,
  caseNotesQuery,
  caseQuery,
  downloadExport,
  isNotFound,
  referralCodesQuery,
  referralNotesQuery,
  timelineQuery,
  withdrawConsent,
  type Case,
  type Note,
  type ReferralCodes,
  type TimelineEvent,
} from '../api/cases';
import { reasonLabel, withdrawalFieldOf, withdrawalSchema, type WithdrawalValues } from '../model/case-forms';
import { deskFormat, type DeskFormat } from '../model/format';
import { printLanguage, receiptUrl, slipsUrl } from '../model/print';

const CASE_NOTE: NoteWords = {
  label: 'case.note',
  hint: 'case.noteHint',
  count: 'case.noteCount',
  empty: 'case.noteEmpty',
  tooLong: 'case.noteTooLong',
  add: 'case.noteAdd',
  added: 'case.noteAdded',
};

export default function CasePage() {
  const queries = useQueryClient();
  const { params } = useRoute();
  const id = params['id'] ?? '';
  const { t, lang } = useStaffT();
  const format = useMemo(() => deskFormat(lang), [lang]);
  const kase = useQuery(caseQuery(id));
  const ok = kase.isSuccess;
  const timeline = useQuery({ ...timelineQuery(id), enabled: ok });
  const notes = useQuery({ ...caseNotesQuery(id), enabled: ok });
  const codes = useQuery(referralCodesQuery);
  const referralNotes = useQueries({
    queries: (kase.data?.referrals ?? []).map((r) => ({ ...referralNotesQuery(id, r.id), enabled: ok })),
  });
  useTitle(kase.data ? t('case.title', { reference: kase.data.reference }) : kase.isError && isNotFound(kase.error) ? t('case.notFound') : t('staff.loading'));

  if (kase.isPending) return <StaffLoading />;
  if (kase.isError) return isNotFound(kase.error) ? <CaseNotFound t={t} /> : <StaffError retry={() => void kase.refetch()} />;
  const notesByReferral = new Map(kase.data.referrals.map((r, i) => [r.id, referralNotes[i]?.data ?? []]));
  return (
    <>
      <CaseView kase={kase.data} codes={codes.data} referralNotes={notesByReferral} t={t} lang={lang} format={format} />
      <section aria-labelledby="case-timeline">
        <h2 id="case-timeline">{t('case.timeline')}</h2>
        {timeline.isPending ? <StaffLoading /> : timeline.isError ? <StaffError retry={() => void timeline.refetch()} /> : (
          <Timeline events={timeline.data} kase={kase.data} codes={codes.data} t={t} lang={lang} format={format} />
        )}
      </section>
      <section aria-labelledby="case-notes">
        <h2 id="case-notes">{t('case.notes')}</h2>
        {notes.isPending ? <StaffLoading /> : notes.isError ? <StaffError retry={() => void notes.refetch()} /> : (
          <NoteList notes={notes.data} t={t} format={format} empty={t('case.notesNone')} />
        )}
        <NoteForm id="case-note" words={CASE_NOTE} submit={(body, key) => addCaseNote(queries, id, body, key)} />
      </section>
      <Withdrawal kase={kase.data} />
      <Export kase={kase.data} />
    </>
  );
}

export function CaseNotFound({ t }: { t: StaffT }) {
  return (
    <>
      <h1 tabIndex={-1}>{t('case.notFound')}</h1>
      <p>{t('case.notFoundBody')}</p>
      <p>
        <a href="/desk">{t('case.back')}</a>
      </p>
    </>
  );
}

export function CaseView({
  kase,
  codes,
  referralNotes,
  t,
  lang,
  format,
}: {
  kase: Case;
  codes: ReferralCodes | undefined;
  referralNotes: ReadonlyMap<string, readonly Note[]>;
  t: StaffT;
  lang: string;
  format: DeskFormat;
}) {
  const person = kase.person;
  return (
    <>
      <p>
        <a href="/desk">{t('case.back')}</a>
      </p>
      <h1 tabIndex={-1}>{t('case.title', { reference: kase.reference })}</h1>
      <p class="lead">{t('case.opened', { date: format.date(kase.openedAt) })}</p>
      {person && kase.anonymisedAt == null ? <PrintLinks kase={kase} t={t} lang={lang} /> : null}
      <section aria-labelledby="case-person">
        <h2 id="case-person">{t('case.person')}</h2>
        {person ? (
          <dl class="staff-facts">
            <dt>{t('case.name')}</dt>
            <dd>{person.name}</dd>
            {person.languages.length > 0 ? (
              <>
                <dt>{t('case.languages')}</dt>
                <dd>{format.list(person.languages.map((l) => languageName(l, lang)))}</dd>
              </>
            ) : null}
            {person.birthYear != null ? (
              <>
                <dt>{t('case.birthYear')}</dt>
                <dd>{String(person.birthYear)}</dd>
              </>
            ) : null}
            {person.status ? (
              <>
                <dt>{t('case.status')}</dt>
                <dd>{person.status}</dd>
              </>
            ) : null}
            {person.contactChannel ? (
              <>
                <dt>{t('case.contact')}</dt>
                <dd>{person.contactChannel}</dd>
              </>
            ) : null}
          </dl>
        ) : (
          <p>{t('case.noPerson')}</p>
        )}
      </section>
      <section aria-labelledby="case-referrals">
        <h2 id="case-referrals">{t('case.referrals', { count: format.number(kase.referrals.length) })}</h2>
        {kase.referrals.length === 0 ? (
          <p>{t('case.referralsNone')}</p>
        ) : (
          <ul class="staff-list">
            {kase.referrals.map((r) => {
              const reason = reasonLabel(codes, r.reason, lang);
              const notes = referralNotes.get(r.id) ?? [];
              return (
                <li key={r.id} class="staff-list__item">
                  <h3>
                    {r.service.name} <span class="staff-list__meta">· {r.organization.name}</span>
                  </h3>
                  <p>
                    <strong>{t(`status.${r.status}`)}</strong>
                    {reason ? <> · {t('case.reason', { reason })}</> : null}
                  </p>
                  <p class="staff-list__meta">
                    {r.sentAt ? t('case.sentAt', { date: format.date(r.sentAt) }) : null}
                    {r.sentAt && r.dueAt ? ' · ' : null}
                    {r.dueAt ? t('case.dueAt', { date: format.date(r.dueAt) }) : null}
                  </p>
                  {notes.length > 0 ? (
                    <>
                      <h4>{t('case.referralNotes')}</h4>
                      <NoteList notes={notes} t={t} format={format} empty="" />
                    </>
                  ) : null}
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </>
  );
}

/**
 * The papers the person takes away: the consent receipt and the referral slips, each a server page the
 * browser prints, opened in a new tab in the person's language beside French (none once the case is
 * anonymised: nothing about the person is left to print).
 */
export function PrintLinks({ kase, t, lang }: { kase: Case; t: StaffT; lang: string }) {
  const print = printLanguage(kase);
  return (
    <nav class="staff-print" aria-label={t('case.print')}>
      <p class="actions">
        <a class="button" href={receiptUrl(kase.id, print)} target="_blank" rel="noopener">
          {t('case.printReceipt')}
        </a>
        <a class="button" href={slipsUrl(kase.id, print)} target="_blank" rel="noopener">
          {t('case.printSlips')}
        </a>
      </p>
      <p class="staff-list__meta">
        {print === 'fr' ? t('case.printHintFrench') : t('case.printHint', { language: languageName(print, lang) })}
      </p>
    </nav>
  );
}

function languageName(tag: string, lang: string): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

const ACTIONS: Readonly<Record<string, StaffKey>> = {
  'case-opened': 'timeline.case-opened',
  'referral-created': 'timeline.referral-created',
  'case-note-added': 'timeline.case-note-added',
  'referral-note-added': 'timeline.referral-note-added',
  'consent-withdrawn': 'timeline.consent-withdrawn',
  'consent-amended': 'timeline.consent-amended',
  'case-anonymised': 'timeline.case-anonymised',
};
const STATUS_ACTION = /^referral-(sent|accepted|declined|in-progress|completed|no-show|cancelled|expired)$/;

/** An event in plain words: the referral's service and new state where there is one. */
export function describeEvent(event: TimelineEvent, kase: Case, t: StaffT): string {
  const known = ACTIONS[event.action];
  if (known) return t(known);
  const status = STATUS_ACTION.exec(event.action)?.[1] as Case['referrals'][number]['status'] | undefined;
  if (status) {
    const referral = kase.referrals.find((r) => r.id === event.referralId);
    const label = t(`status.${status}`);
    return referral ? t('timeline.referral', { service: referral.service.name, status: label }) : t('timeline.referralAny', { status: label });
  }
  return event.action;
}

export function Timeline({
  events,
  kase,
  codes,
  t,
  lang,
  format,
}: {
  events: readonly TimelineEvent[];
  kase: Case;
  codes: ReferralCodes | undefined;
  t: StaffT;
  lang: string;
  format: DeskFormat;
}) {
  if (events.length === 0) return <p>{t('case.timelineNone')}</p>;
  return (
    <ol class="staff-timeline">
      {events.map((e, i) => {
        const detail = e.action === 'consent-withdrawn' ? e.detail : reasonLabel(codes, e.detail, lang);
        return (
          <li key={`${e.at}-${i}`}>
            <time dateTime={e.at}>{format.dateTime(e.at)}</time> — {describeEvent(e, kase, t)}{' '}
            <span class="staff-list__meta">{t('timeline.by', { actor: e.actor })}</span>
            {detail ? <span class="staff-list__meta"> · {t('timeline.detail', { detail })}</span> : null}
          </li>
        );
      })}
    </ol>
  );
}

export function NoteList({ notes, t, format, empty }: { notes: readonly Note[]; t: StaffT; format: DeskFormat; empty: string }) {
  if (notes.length === 0) return empty ? <p>{empty}</p> : null;
  return (
    <ul class="staff-notes">
      {notes.map((n) => (
        <li key={n.id}>
          <p class="staff-list__meta">{t('case.noteBy', { author: n.author, date: format.dateTime(n.createdAt) })}</p>
          <p class="staff-note__body">{n.body}</p>
        </li>
      ))}
    </ul>
  );
}


/** What the withdrawal left: the organisations still allowed, or none. */
export function WithdrawalResult({ kase, t, format }: { kase: Case; t: StaffT; format: DeskFormat }) {
  const left = kase.consent.organizations.map((o) => o.name);
  return (
    <div class="notice notice--success" role="status">
      <p>{left.length === 0 ? t('case.withdrawnAll') : t('case.withdrawn', { orgs: format.list(left) })}</p>
    </div>
  );
}

function Withdrawal({ kase }: { kase: Case }) {
  const { t, lang } = useStaffT();
  const format = useMemo(() => deskFormat(lang), [lang]);
  const queries = useQueryClient();
  const dialog = useRef<HTMLDialogElement>(null);
  const [result, setResult] = useState<Case | undefined>(undefined);
  const [serverError, setServerError] = useState<ApiError | undefined>(undefined);
  const schema = useMemo(() => withdrawalSchema(t), [t]);
  const form = useForm({
    defaultValues: { scope: 'all', organizations: [] } as WithdrawalValues,
    validators: { onSubmit: schema },
    onSubmit: async ({ value, formApi }) => {
      setServerError(undefined);
      try {
        const updated = await withdrawConsent(queries, kase.id, value.scope === 'all' ? 'all' : value.organizations);
        setResult(updated);
        formApi.reset();
        dialog.current?.close();
      } catch (error) {
        setServerError(error instanceof ApiError ? error : new ApiError(0));
      }
    },
  });
  const problem = serverError ? problemMessages(serverError.problem, withdrawalFieldOf) : undefined;
  const organizations = kase.consent.organizations;
  return (
    <section aria-labelledby="case-withdraw">
      <h2 id="case-withdraw">{t('case.withdraw')}</h2>
      <p>{t('case.withdrawIntro')}</p>
      {result ? <WithdrawalResult kase={result} t={t} format={format} /> : null}
      {organizations.length === 0 ? (
        <p>{t('case.withdrawNone')}</p>
      ) : (
        <button type="button" class="button" onClick={() => dialog.current?.showModal()}>
          {t('case.withdrawOpen')}
        </button>
      )}
      <dialog ref={dialog} class="staff-dialog" aria-labelledby="withdraw-title">
        <form
          class="staff-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void form.handleSubmit();
          }}
        >
          <h2 id="withdraw-title">{t('case.withdrawTitle')}</h2>
          <p>{t('case.withdrawIntro')}</p>
          {problem && problem.general.length > 0 ? (
            <div class="notice notice--error" role="alert">
              {problem.general.map((m) => (
                <p key={m}>{m}</p>
              ))}
            </div>
          ) : null}
          <form.Field name="scope">
            {(scope) => (
              <fieldset class="form-field">
                <legend class="field-label">{t('case.withdrawScope')}</legend>
                {(['all', 'some'] as const).map((value) => (
                  <label key={value} class="radio">
                    <input
                      type="radio"
                      name="scope"
                      value={value}
                      checked={scope.state.value === value}
                      onChange={() => scope.handleChange(value)}
                    />
                    {t(value === 'all' ? 'case.withdrawAll' : 'case.withdrawSome')}
                  </label>
                ))}
              </fieldset>
            )}
          </form.Field>
          <form.Subscribe selector={(s) => s.values.scope}>
            {(scope) =>
              scope === 'some' ? (
                <form.Field name="organizations">
                  {(field) => {
                    const error = firstError(field.state.meta.errors) ?? problem?.fields['organizations'];
                    return (
                      <fieldset class={error ? 'form-field form-field--invalid' : 'form-field'} aria-describedby={error ? 'withdraw-orgs-error' : undefined}>
                        <legend class="field-label">{t('case.withdrawSome')}</legend>
                        {organizations.map((o) => (
                          <label key={o.slug} class="checkbox">
                            <input
                              type="checkbox"
                              name="organizations"
                              value={o.slug}
                              checked={field.state.value.includes(o.slug)}
                              onChange={(e) =>
                                field.handleChange(
                                  e.currentTarget.checked ? [...field.state.value, o.slug] : field.state.value.filter((s) => s !== o.slug),
                                )
                              }
                            />
                            {o.name}
                          </label>
                        ))}
                        {error ? (
                          <p class="form-field__error" id="withdraw-orgs-error">
                            {error}
                          </p>
                        ) : null}
                      </fieldset>
                    );
                  }}
                </form.Field>
              ) : null
            }
          </form.Subscribe>
          <p class="actions">
            <form.Subscribe selector={(s) => s.isSubmitting}>
              {(submitting) => (
                <button type="submit" class="button button--danger" disabled={submitting}>
                  {t('case.withdrawConfirm')}
                </button>
              )}
            </form.Subscribe>
            <button type="button" class="button button--quiet" onClick={() => dialog.current?.close()}>
              {t('case.cancel')}
            </button>
          </p>
        </form>
      </dialog>
    </section>
  );
}

function Export({ kase }: { kase: Case }) {
  const { t } = useStaffT();
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);
  return (
    <section aria-labelledby="case-export">
      <h2 id="case-export">{t('case.export')}</h2>
      <p>{t('case.exportIntro')}</p>
      <button
        type="button"
        class="button"
        disabled={busy}
        onClick={() => {
          setBusy(true);
          setFailed(false);
          downloadExport(kase.id, kase.reference)
            .catch(() => setFailed(true))
            .finally(() => setBusy(false));
        }}
      >
        {t('case.export')}
      </button>
      {failed ? (
        <p class="notice notice--error" role="alert">
          {t('case.exportFailed')}
        </p>
      ) : null}
    </section>
  );
}
