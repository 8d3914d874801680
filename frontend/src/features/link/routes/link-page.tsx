// The public page of a signed link, /r/{token} (issue 18, part 3; decision 0018): one referral for a partner
// with no account, what it may see before accepting, accept or decline, and later the outcome. Nothing else
// is reachable from here. The token is only ever in this page's address and in its requests to this origin.
import { useQuery, useQueryClient, type UseQueryResult } from '@tanstack/preact-query';
import { useEffect, useMemo, useReducer, useRef } from 'preact/hooks';
import { ApiError } from '../../../lib/api/client';
import { createFormatters, type Formatters } from '../../../lib/format';
import { problemMessages } from '../../../lib/form/problem';
import { MACHINE_TRANSLATED, useLinkT, type LinkLang, type LinkT } from '../../../lib/i18n/link';
import { useTitle } from '../../../lib/use-title';
import { actOnLink, codesQuery, linkQuery, needLabels, themesQuery, type ReferralCodes } from '../api/link';
import { linkFieldOf } from '../model/link-forms';
import { INITIAL_FLOW, blockedBy, linkFlow, type Blocked, type FlowAction, type FlowState, type ReferralLink, type Values, type Verb } from '../model/link-flow';
import { around, ReferralSummary, SharedPerson } from '../components/referral-summary';
import { BlockedView, blockedTitle, DoneView } from '../components/states';
import { ConfirmChoice, NoShowForm, ReasonForm, SendProblem, STEP_HEADING } from '../components/verb-forms';

/** Dates in the city's time zone, whatever the partner's device says. */
export const CITY_TIME_ZONE = 'Europe/Paris';

/** What the page shows: the referral, or why not. */
export type Screen = { readonly kind: 'loading' } | { readonly kind: 'blocked'; readonly blocked: Blocked } | { readonly kind: 'open'; readonly link: ReferralLink };

export function screenOf(token: string, read: Pick<UseQueryResult<ReferralLink>, 'status' | 'data' | 'error'>, flow: FlowState): Screen {
  if (token === '') return { kind: 'blocked', blocked: { kind: 'invalid' } };
  if (flow.blocked) return { kind: 'blocked', blocked: flow.blocked };
  if (flow.done) return { kind: 'open', link: flow.done.link };
  if (read.status === 'pending') return { kind: 'loading' };
  if (read.status === 'error' || !read.data) return { kind: 'blocked', blocked: blockedBy(read.error) };
  // Read, but nothing left to do (answered meanwhile through another link): the same words as a used link.
  if (read.data.allowed.length === 0) return { kind: 'blocked', blocked: { kind: 'used' } };
  return { kind: 'open', link: read.data };
}

export default function LinkPage({ token }: { token: string }) {
  const { t, lang } = useLinkT();
  const format = useMemo(() => createFormatters(lang, CITY_TIME_ZONE), [lang]);
  const queries = useQueryClient();
  const read = useQuery({ ...linkQuery(token), enabled: token !== '' });
  const [flow, dispatch] = useReducer(linkFlow, INITIAL_FLOW);
  const screen = screenOf(token, read, flow);
  const open = screen.kind === 'open' ? screen.link : undefined;
  const codes = useQuery({ ...codesQuery, enabled: !!open && open.allowed.some((v) => v === 'decline' || v === 'complete') });
  const themes = useQuery({ ...themesQuery(lang), enabled: !!open });
  const needs = useMemo(() => needLabels(themes.data), [themes.data]);
  // One request at a time, whatever a double tap does before the state says "sending".
  const sending = useRef(false);

  useTitle(screen.kind === 'blocked' ? blockedTitle(screen.blocked, t) : open ? t('link.title', { reference: open.referral.caseReference }) : t('link.loading'));

  // A new step (or a new end) takes the focus to its heading, so a screen reader announces it; not on load.
  const focusKey = screen.kind === 'blocked' ? `blocked-${screen.blocked.kind}` : flow.step;
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const heading = document.getElementById(STEP_HEADING) ?? document.querySelector<HTMLElement>('#main h1');
    heading?.focus();
  }, [focusKey]);

  const send = async (verb: Verb, values?: Values) => {
    if (!open || sending.current) return;
    sending.current = true;
    dispatch({ type: 'send', verb, allowed: open.allowed, ...(values ? { values } : {}) });
    try {
      const done = await actOnLink(queries, token, verb, values ?? flow.values);
      dispatch({ type: 'sent', verb, link: done });
    } catch (error) {
      const action: FlowAction =
        error instanceof ApiError && error.status === 400
          ? { type: 'refused', problem: problemMessages(error.problem, linkFieldOf) }
          : { type: 'failed', error };
      dispatch(action);
    } finally {
      sending.current = false;
    }
  };

  if (screen.kind === 'loading') {
    return (
      <p class="loading" role="status">
        <span class="spinner" aria-hidden="true" />
        {t('link.loading')}
      </p>
    );
  }
  if (screen.kind === 'blocked') {
    return <BlockedView blocked={screen.blocked} t={t} retry={flow.blocked ? undefined : () => void read.refetch()} />;
  }
  return (
    <LinkView
      link={screen.link}
      flow={flow}
      codes={codes.data}
      needs={needs}
      t={t}
      lang={lang}
      format={format}
      dispatch={dispatch}
      send={(verb, values) => void send(verb, values)}
    />
  );
}

/** The referral and the step the partner is at: pure, so the tests render every step as the page does. */
export function LinkView({
  link,
  flow,
  codes,
  needs,
  t,
  lang,
  format,
  dispatch,
  send,
}: {
  link: ReferralLink;
  flow: FlowState;
  codes: ReferralCodes | undefined;
  needs: ReadonlyMap<string, string>;
  t: LinkT;
  lang: LinkLang;
  format: Formatters;
  dispatch: (action: FlowAction) => void;
  send: (verb: Verb, values?: Values) => void;
}) {
  const r = link.referral;
  const answer = link.purpose === 'answer';
  const back = () => dispatch({ type: 'back' });
  return (
    <>
      <h1 tabIndex={-1}>{around(t('link.title'), '{reference}', <bdi class="link-ref">{r.caseReference}</bdi>)}</h1>
      {MACHINE_TRANSLATED.includes(lang) ? <p class="hint link-machine">{t('link.machine')}</p> : null}
      {flow.done ? (
        <DoneView verb={flow.done.verb} link={flow.done.link} t={t} />
      ) : flow.step === 'decline' || flow.step === 'complete' ? (
        <ReasonForm
          kind={flow.step}
          values={flow.values}
          codes={codes}
          refused={flow.refused}
          t={t}
          lang={lang}
          onReview={(values) => dispatch({ type: 'review', values })}
          onBack={back}
        />
      ) : flow.step === 'confirm-decline' || flow.step === 'confirm-complete' ? (
        <ConfirmChoice
          kind={flow.step === 'confirm-decline' ? 'decline' : 'complete'}
          values={flow.values}
          codes={codes}
          sending={flow.sending}
          error={flow.error}
          t={t}
          lang={lang}
          onConfirm={() => send(flow.step === 'confirm-decline' ? 'decline' : 'complete')}
          onBack={back}
        />
      ) : flow.step === 'confirm-no-show' ? (
        <NoShowForm
          values={flow.values}
          refused={flow.refused}
          sending={flow.sending}
          error={flow.error}
          t={t}
          onConfirm={(values) => send('no-show', values)}
          onBack={back}
        />
      ) : (
        <>
          <p class="lead">{t(answer ? 'link.intro.answer' : 'link.intro.outcome')}</p>
          <ReferralSummary link={link} t={t} format={format} needs={needs} />
          {answer ? <p class="link-later">{t('link.beforeAccept')}</p> : <SharedPerson link={link} t={t} />}
          <section aria-labelledby="link-act" class="link-act">
            <h2 id="link-act">{t(answer ? 'link.decide' : 'link.record')}</h2>
            <p class="hint">{t('link.expiresAt')} {t('link.once', { date: format.date(link.expiresAt) })}</p>
            <SendProblem error={flow.error} t={t} />
            {answer ? (
              <>
                <p class="actions">
                  {link.allowed.includes('accept') ? (
                    <button type="button" class="button button--primary" disabled={flow.sending} aria-describedby="link-accept-hint" onClick={() => send('accept')}>
                      {flow.sending ? t('link.sending') : t('link.accept')}
                    </button>
                  ) : null}
                  {link.allowed.includes('decline') ? (
                    <button type="button" class="button" disabled={flow.sending} onClick={() => dispatch({ type: 'start', verb: 'decline', allowed: link.allowed })}>
                      {t('link.decline')}
                    </button>
                  ) : null}
                </p>
                <p class="hint" id="link-accept-hint">
                  {t('link.acceptHint')}
                </p>
              </>
            ) : (
              <p class="actions">
                {link.allowed.includes('complete') ? (
                  <button type="button" class="button button--primary" onClick={() => dispatch({ type: 'start', verb: 'complete', allowed: link.allowed })}>
                    {t('link.record')}
                  </button>
                ) : null}
                {link.allowed.includes('no-show') ? (
                  <button type="button" class="button" onClick={() => dispatch({ type: 'start', verb: 'no-show', allowed: link.allowed })}>
                    {t('link.noShow')}
                  </button>
                ) : null}
              </p>
            )}
          </section>
        </>
      )}
    </>
  );
}
