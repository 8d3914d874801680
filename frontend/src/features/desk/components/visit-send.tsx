// Open the case and send (issue 17, part 4): one action opens the case with the consent and sends each
// referral, each write with its own Idempotency-Key. Progress is announced as it goes; a referral that fails
// is named and can be tried again alone (nothing is lost, nothing is sent twice); once all are sent, the
// case page opens.
import { useQuery, useQueryClient } from '@tanstack/preact-query';
import { useLocation } from 'preact-iso';
import { useMemo, useRef, useState } from 'preact/hooks';
import { ApiError } from '../../../lib/api/client';
import { problemMessages } from '../../../lib/form/problem';
import { useStaffT, type StaffKey, type StaffT } from '../../../lib/i18n/staff';
import { StaffError, StaffLoading } from '../../../components/staff/status';
import { afterSending, casePath, openAndSend, pickedServicesQuery, type OpenedCase, type ReferralProgress } from '../api/visit';
import { deskFormat, type DeskFormat } from '../model/format';
import {
  asks,
  caseInput,
  KeyRing,
  organizationsOf,
  personFieldOf,
  referable,
  referralInput,
  type CaseInput,
  type Pick,
} from '../model/visit';
import type { VisitAction, VisitState } from '../model/visit-flow';
import { LanguageName } from './pair';

/** What the case will hold and send, for a last look before the one action. */
export function SendSummary({ t, input, picks, agentLang, format }: { t: StaffT; input: CaseInput; picks: readonly Pick[]; agentLang: string; format: DeskFormat }) {
  const person = input.person;
  const orgs = organizationsOf(picks).filter((o) => input.consent.organizations.includes(o.slug));
  return (
    <dl class="staff-facts visit-summary">
      <dt>{t('visit.person.name')}</dt>
      <dd>{person.name}</dd>
      <dt>{t('visit.person.languages')}</dt>
      <dd>
        {(person.languages ?? []).map((l, i) => (
          <span key={l}>
            {i > 0 ? ', ' : null}
            <LanguageName code={l} agentLang={agentLang} />
          </span>
        ))}
      </dd>
      {person.contactChannel ? (
        <>
          <dt>{t('visit.person.contact')}</dt>
          <dd>{t(`visit.contact.${person.contactChannel}` as StaffKey)}</dd>
        </>
      ) : null}
      {person.birthYear != null ? (
        <>
          <dt>{t('visit.field.birthYear')}</dt>
          <dd>{String(person.birthYear)}</dd>
        </>
      ) : null}
      {person.status ? (
        <>
          <dt>{t('visit.field.status')}</dt>
          <dd>{t(`personStatus.${person.status}` as StaffKey)}</dd>
        </>
      ) : null}
      <dt>{t('visit.send.consentFor')}</dt>
      <dd>{format.list(orgs.map((o) => o.name))}</dd>
      <dt>{t('visit.send.shared')}</dt>
      <dd>
        {input.consent.fields.length === 0
          ? t('visit.send.sharedNone')
          : format.list(input.consent.fields.map((f) => t(`visit.field.${f}` as StaffKey)))}
      </dd>
    </dl>
  );
}

type Progress = Readonly<Record<string, ReferralProgress>>;

/** Each referral and where it stands; a failure says why. */
export function ReferralProgressList({ t, picks, progress, notes }: { t: StaffT; picks: readonly Pick[]; progress: Progress; notes: Readonly<Record<string, string>> }) {
  return (
    <ul class="staff-list visit-progress">
      {picks.map((p) => {
        const state = progress[p.slug] ?? { status: 'waiting' as const };
        return (
          <li key={p.slug} class={`staff-list__item visit-progress--${state.status}`} data-slug={p.slug} data-status={state.status}>
            <span>
              <span lang={p.lang}>{p.name}</span> <span class="staff-list__meta">{t('desk.by', { org: p.organization.name })}</span>
              {notes[p.slug]?.trim() ? <span class="staff-list__meta visit-progress__note"> · {t('visit.send.withNote')}</span> : null}
            </span>
            <strong>{t(`visit.progress.${state.status}` as StaffKey)}</strong>
            {state.status === 'failed' ? <span class="form-field__error">{failureText(t, state.error)}</span> : null}
          </li>
        );
      })}
    </ul>
  );
}

function failureText(t: StaffT, error: ApiError): string {
  if (error.status === 0) return t('visit.send.offline');
  return error.problem?.detail ?? error.problem?.title ?? t('visit.send.failedReason', { status: error.status });
}

export function SendStep({ state, dispatch, keys }: { state: VisitState; dispatch: (action: VisitAction) => void; keys: KeyRing }) {
  const { t, lang } = useStaffT();
  const { route } = useLocation();
  const queries = useQueryClient();
  const format = useMemo(() => deskFormat(lang), [lang]);
  const consent = state.consent;
  const person = state.person;
  const picks = useMemo(() => (consent ? referable(state.selection, consent.scope) : []), [state.selection, consent]);
  const services = useQuery(pickedServicesQuery(picks.map((p) => p.id), lang));
  const [progress, setProgress] = useState<Progress>({});
  const [busy, setBusy] = useState(false);
  const [caseError, setCaseError] = useState<ApiError | undefined>(undefined);
  const [message, setMessage] = useState('');
  const opened = useRef<OpenedCase | undefined>(state.opened);

  if (!consent || !person) return null;
  if (services.isPending) return <StaffLoading />;
  if (services.isError) return <StaffError retry={() => void services.refetch()} />;
  const ask = asks(services.data, state.answers);
  const input = caseInput(person, state.answers, consent, ask);
  const referrals = picks.map((pick) => ({ pick, body: referralInput(pick, person) }));
  const sent = new Set(Object.entries(progress).filter(([, p]) => p.status === 'sent').map(([slug]) => slug));
  const failed = picks.filter((p) => progress[p.slug]?.status === 'failed');
  const nameOf = (slug: string) => picks.find((p) => p.slug === slug)?.name ?? slug;

  const go = async () => {
    setBusy(true);
    setCaseError(undefined);
    setMessage(opened.current ? t('visit.send.retrying') : t('visit.send.opening'));
    try {
      const outcome = await openAndSend({
        input,
        referrals,
        keys,
        opened: opened.current,
        sent,
        onOpened: (kase) => {
          opened.current = kase;
          dispatch({ type: 'opened', id: kase.id, reference: kase.reference });
          setMessage(t('visit.send.opened', { reference: kase.reference }));
        },
        onReferral: (slug, p) => {
          setProgress((all) => ({ ...all, [slug]: p }));
          if (p.status === 'sending') setMessage(t('visit.send.sending', { service: nameOf(slug) }));
          if (p.status === 'sent') setMessage(t('visit.send.sentOne', { service: nameOf(slug) }));
        },
      });
      await queries.invalidateQueries({ queryKey: ['desk', 'referrals'] });
      const next = afterSending(outcome);
      if (next) {
        setMessage(t('visit.send.done', { reference: outcome.opened.reference }));
        route(next);
        return;
      }
      // The alert below names what was not sent; the status line says nothing more.
      setMessage('');
    } catch (error) {
      const apiError = error instanceof ApiError ? error : new ApiError(0);
      const problem = apiError.status === 400 ? problemMessages(apiError.problem, personFieldOf) : undefined;
      if (problem && Object.keys(problem.fields).length > 0) {
        // The person's fields were refused: back to them, each message at its field. Nothing was stored.
        dispatch({ type: 'refused', problem });
        return;
      }
      setCaseError(apiError);
      setMessage('');
    } finally {
      setBusy(false);
    }
  };

  const count = picks.length;
  return (
    <>
      <p class="lead">{t('visit.send.intro')}</p>
      <section aria-labelledby="visit-review" class="visit-panel">
        <h2 id="visit-review">{t('visit.send.review')}</h2>
        <SendSummary t={t} input={input} picks={picks} agentLang={lang} format={format} />
        <h3>{t('visit.send.referrals', { count: format.number(count) })}</h3>
        <ReferralProgressList t={t} picks={picks} progress={progress} notes={person.notes} />
      </section>
      <p role="status" aria-live="polite" class="visit-live">
        {message}
      </p>
      {caseError ? (
        <div class="notice notice--error" role="alert">
          <p>{t('visit.send.caseFailed')}</p>
          <p>{failureText(t, caseError)}</p>
        </div>
      ) : null}
      {failed.length > 0 && !busy ? (
        <div class="notice notice--error" role="alert">
          <p>{t('visit.send.failedList', { services: format.list(failed.map((p) => p.name)) })}</p>
        </div>
      ) : null}
      <p class="actions">
        {!opened.current ? (
          <button type="button" class="button button--primary button--large" disabled={busy} onClick={() => void go()}>
            {count === 1 ? t('visit.send.goOne') : t('visit.send.go', { count: format.number(count) })}
          </button>
        ) : failed.length > 0 ? (
          <button type="button" class="button button--primary button--large" disabled={busy} onClick={() => void go()}>
            {failed.length === 1 ? t('visit.send.retryOne') : t('visit.send.retry', { count: format.number(failed.length) })}
          </button>
        ) : null}
        {opened.current ? (
          <a class="button" href={casePath(opened.current.id)}>
            {t('visit.send.openCase', { reference: opened.current.reference })}
          </a>
        ) : (
          <button type="button" class="button" disabled={busy} onClick={() => dispatch({ type: 'go', step: 'person' })}>
            {t('visit.back')}
          </button>
        )}
      </p>
    </>
  );
}
