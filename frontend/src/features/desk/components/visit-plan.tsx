// The plan at the desk (issue 17, part 2): each need with its offers in the engine's order, each offer with
// its reasons (the why), where it can be used (its scope) and how to get in (its way in), and a "refer"
// box, none ticked at first; the catalogue search adds any other offer. The plan is asked for in a POST
// body and forgotten when the screen leaves it.
import { useQuery } from '@tanstack/preact-query';
import { useMemo, useState } from 'preact/hooks';
import { type Domain, type PlannedOffer, type TriagePlan } from '../../../lib/api/client';
import { createFormatters } from '../../../lib/format';
import { toLang } from '../../../lib/i18n/languages';
import { useStaffT, type StaffKey, type StaffT } from '../../../lib/i18n/staff';
import { createTranslator } from '../../../lib/i18n/translate';
import { frenchChoiceOf, toNeedsProfile } from '../../../lib/triage/answers';
import { reasonLines, type ReasonLine } from '../../../lib/triage/reasons';
import { StaffError, StaffLoading } from '../../../components/staff/status';
import { domainsQuery } from '../api/services';
import { kioskWordsQuery, visitPlanQuery } from '../api/visit';
import { DESK_TIME_ZONE, deskFormat, type DeskFormat } from '../model/format';
import { fromOffer, fromSearch, isPicked, type Pick, type ServiceSummary } from '../model/visit';
import type { VisitAction, VisitState } from '../model/visit-flow';
import { CatalogueSearchForm, useCatalogueSearch } from './catalogue-search';
import { LanguageName } from './pair';

const EFFECT_MARK = { fits: '✓', missing: '?', fails: '✗', info: 'i' } as const;

/** A French number as it is written in France; another country's as given. */
export function displayPhone(e164: string): string {
  const m = /^\+33(\d)(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(e164);
  return m ? `0${m[1]} ${m[2]} ${m[3]} ${m[4]} ${m[5]}` : e164;
}

function placeLine(place: { name?: string | null; address1?: string | null; postalCode?: string | null; city?: string | null }): string {
  return [place.name, place.address1, [place.postalCode, place.city].filter(Boolean).join(' ')].filter((p) => p && p.trim() !== '').join(', ');
}

function ReferBox({ t, name, checked, onChange }: { t: StaffT; name: string; checked: boolean; onChange: (on: boolean) => void }) {
  return (
    <label class="checkbox visit-refer">
      <input type="checkbox" name="refer" checked={checked} onChange={(e) => onChange(e.currentTarget.checked)} />
      {t('visit.offer.refer')}
      <span class="visually-hidden">: {name}</span>
    </label>
  );
}

/** One offer of the plan: verdict, name, organisation, why, where it can be used, the way in, and "refer". */
export function OfferItem(props: {
  t: StaffT;
  offer: PlannedOffer;
  reasons: readonly ReasonLine[];
  format: DeskFormat;
  picked: boolean;
  onPick: (on: boolean) => void;
}) {
  const { t, offer, format } = props;
  const way = offer.wayIn;
  const contact = way.contact;
  return (
    <li class={`visit-offer visit-offer--${offer.verdict}`} data-slug={offer.slug} data-org={offer.organization.slug}>
      <h3 class="visit-offer__name">
        <span lang={offer.lang ?? undefined} dir="auto">
          {offer.name}
        </span>
      </h3>
      <p class="visit-offer__meta">
        <strong class={`badge badge--${offer.verdict}`}>{t(`visit.verdict.${offer.verdict}` as StaffKey)}</strong>{' '}
        {t('desk.by', { org: offer.organization.name })}
        {offer.textOrigin === 'machine' ? <span class="staff-list__meta"> · {t('visit.offer.machine')}</span> : null}
      </p>
      <dl class="staff-facts visit-offer__facts">
        <dt>{t('visit.offer.why')}</dt>
        <dd>
          {props.reasons.length === 0 ? (
            t('visit.offer.noReason')
          ) : (
            <ul class="visit-reasons">
              {props.reasons.map((line, i) => (
                <li key={i} class={`visit-reason visit-reason--${line.effect}`}>
                  <span aria-hidden="true" class="visit-reason__mark">
                    {EFFECT_MARK[line.effect]}
                  </span>
                  <span class="visually-hidden">{t(`visit.effect.${line.effect}` as StaffKey)} </span>
                  {line.text}
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt>{t('visit.offer.scope')}</dt>
        <dd>
          {t(`visit.scope.${offer.scope}` as StaffKey)}
          {typeof offer.distanceKm === 'number' && offer.distanceKm > 0 ? <> · {t('visit.offer.km', { km: format.number(Math.round(offer.distanceKm)) })}</> : null}
        </dd>
        <dt>{t('visit.offer.wayIn')}</dt>
        <dd>
          <p>
            {t(`visit.way.${way.code}` as StaffKey)}
            {way.inferred && !way.desk ? <span class="staff-list__meta"> {t('visit.way.inferred')}</span> : null}
          </p>
          {way.note ? (
            <p lang={way.noteLang ?? undefined} dir="auto">
              {way.note}
            </p>
          ) : null}
          {contact?.phone || contact?.email || contact?.url ? (
            <ul class="visit-contact">
              {contact.phone ? (
                <li>
                  {t('visit.way.phone')} <bdi dir="ltr">{displayPhone(contact.phone)}</bdi>
                </li>
              ) : null}
              {contact.email ? (
                <li>
                  {t('visit.way.email')} <bdi dir="ltr">{contact.email}</bdi>
                </li>
              ) : null}
              {contact.url ? (
                <li>
                  {t('visit.way.url')} <bdi dir="ltr">{contact.url.replace(/^https?:\/\//i, '').replace(/\/$/, '')}</bdi>
                </li>
              ) : null}
            </ul>
          ) : null}
          {way.place ? (
            <p>
              {t('visit.way.place')} <bdi dir="auto">{placeLine(way.place)}</bdi>
            </p>
          ) : null}
        </dd>
      </dl>
      <ReferBox t={t} name={offer.name} checked={props.picked} onChange={props.onPick} />
    </li>
  );
}

/** The plan, need by need, offers in the engine's order. */
export function PlanView(props: {
  t: StaffT;
  plan: TriagePlan;
  needLabel: (code: string) => string;
  reasonsOf: (offer: PlannedOffer) => readonly ReasonLine[];
  format: DeskFormat;
  selection: readonly Pick[];
  onPick: (pick: Pick, on: boolean) => void;
}) {
  const { t, plan } = props;
  return (
    <>
      {plan.needs.map((need) => (
        <section key={need.need} aria-labelledby={`visit-need-${need.need}`} class="visit-need">
          <h2 id={`visit-need-${need.need}`}>{props.needLabel(need.need)}</h2>
          {need.unmet ? <p class="notice notice--warning">{t('visit.plan.unmet')}</p> : null}
          {need.offers.length === 0 ? (
            <p>{t('visit.plan.none')}</p>
          ) : (
            <ol class="visit-offers">
              {need.offers.map((offer) => (
                <OfferItem
                  key={offer.slug}
                  t={t}
                  offer={offer}
                  reasons={props.reasonsOf(offer)}
                  format={props.format}
                  picked={isPicked(props.selection, offer.slug)}
                  onPick={(on) => props.onPick(fromOffer(offer, need.need), on)}
                />
              ))}
            </ol>
          )}
        </section>
      ))}
    </>
  );
}

/** The offers picked, each with its organisation, and a way to take one back. */
export function SelectedList({ t, selection, format, onRemove }: { t: StaffT; selection: readonly Pick[]; format: DeskFormat; onRemove: (slug: string) => void }) {
  return (
    <section aria-labelledby="visit-selected" class="visit-panel" aria-live="polite">
      <h2 id="visit-selected">{t('visit.selected.title', { count: format.number(selection.length) })}</h2>
      {selection.length === 0 ? (
        <p>{t('visit.selected.none')}</p>
      ) : (
        <ul class="staff-list">
          {selection.map((p) => (
            <li key={p.slug} class="staff-list__item" data-slug={p.slug}>
              <span>
                <span lang={p.lang}>{p.name}</span> <span class="staff-list__meta">{t('desk.by', { org: p.organization.name })}</span>
              </span>
              <button type="button" class="button button--quiet" onClick={() => onRemove(p.slug)}>
                {t('visit.selected.remove')}
                <span class="visually-hidden">: {p.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The search results, each with its "refer" box. */
export function SearchResultList({
  t,
  items,
  selection,
  onPick,
}: {
  t: StaffT;
  items: readonly ServiceSummary[];
  selection: readonly Pick[];
  onPick: (service: ServiceSummary, on: boolean) => void;
}) {
  if (items.length === 0) return <p>{t('desk.none')}</p>;
  return (
    <ul class="staff-list">
      {items.map((s) => (
        <li key={s.id} class="staff-list__item" data-slug={s.slug} data-org={s.organization.slug}>
          <span>
            <span lang={s.lang ?? undefined}>{s.name}</span> <span class="staff-list__meta">{t('desk.by', { org: s.organization.name })}</span>
          </span>
          <ReferBox t={t} name={s.name} checked={isPicked(selection, s.slug)} onChange={(on) => onPick(s, on)} />
        </li>
      ))}
    </ul>
  );
}

/** The desk's catalogue search, to add an offer the plan does not list. */
function CatalogueSearch({ t, state, dispatch }: { t: StaffT; state: VisitState; dispatch: (action: VisitAction) => void }) {
  const search = useCatalogueSearch();
  const { results } = search;
  return (
    <section aria-labelledby="visit-search" class="visit-panel">
      <h2 id="visit-search">{t('visit.search.title')}</h2>
      <CatalogueSearchForm search={search} idPrefix="visit" labelledBy="visit-search" />
      {search.search === undefined ? null : results.isPending ? (
        <StaffLoading />
      ) : results.isError ? (
        <StaffError retry={() => void results.refetch()} />
      ) : (
        <div aria-live="polite">
          <p>{t('desk.results', { count: results.data.totalItems })}</p>
          <SearchResultList
            t={t}
            items={results.data.items}
            selection={state.selection}
            onPick={(service, on) =>
              dispatch(on ? { type: 'pick', pick: fromSearch(service, state.answers.needs) } : { type: 'unpick', slug: service.slug })
            }
          />
        </div>
      )}
    </section>
  );
}

/** What the person said, in the agent's words. */
export function AnswersSummary({ t, state, domains, agentLang }: { t: StaffT; state: VisitState; domains: readonly Domain[]; agentLang: string }) {
  const a = state.answers;
  const french = frenchChoiceOf(a);
  const needs = a.needs.map((n) => domains.find((d) => d.code === n)?.label ?? n);
  const format = deskFormat(agentLang);
  return (
    <dl class="staff-facts visit-answers">
      <dt>{t('visit.lang.legend')}</dt>
      <dd>{state.lang ? <LanguageName code={state.lang} agentLang={agentLang} /> : null}</dd>
      <dt>{t('visit.q.needs')}</dt>
      <dd>{format.list(needs)}</dd>
      {a.ageBand ? (
        <>
          <dt>{t('visit.q.age')}</dt>
          <dd>{t(`visit.age.${a.ageBand}` as StaffKey)}</dd>
        </>
      ) : null}
      {french ? (
        <>
          <dt>{t('visit.q.french')}</dt>
          <dd>{t(`visit.french.${french.id}` as StaffKey)}</dd>
        </>
      ) : null}
      {a.household ? (
        <>
          <dt>{t('visit.q.household')}</dt>
          <dd>{t(`visit.household.${a.household}` as StaffKey)}</dd>
        </>
      ) : null}
      {a.city || a.postcode ? (
        <>
          <dt>{t('visit.q.town')}</dt>
          <dd>{[a.city, a.postcode].filter(Boolean).join(' ')}</dd>
        </>
      ) : null}
      {a.status ? (
        <>
          <dt>{t('visit.q.status')}</dt>
          <dd>{t(`personStatus.${a.status}` as StaffKey)}</dd>
        </>
      ) : null}
    </dl>
  );
}

export function PlanStep({ state, dispatch }: { state: VisitState; dispatch: (action: VisitAction) => void }) {
  const { t, lang } = useStaffT();
  const [pickOne, setPickOne] = useState(false);
  const agentKiosk = toLang(lang) ?? 'fr';
  const visitor = state.lang ?? 'fr';
  const profile = useMemo(() => toNeedsProfile(state.answers, visitor), [state.answers, visitor]);
  const plan = useQuery(visitPlanQuery(profile, lang, state.origin === 'link'));
  const domains = useQuery(domainsQuery(lang));
  const words = useQuery(kioskWordsQuery([agentKiosk]));
  const format = useMemo(() => deskFormat(lang), [lang]);
  const reasonsOf = useMemo(() => {
    if (!words.data) return () => [];
    const kt = createTranslator(agentKiosk, words.data).t;
    const kf = createFormatters(lang, DESK_TIME_ZONE);
    return (offer: PlannedOffer) => reasonLines(offer.reasons, kt, kf, { showStatus: true, deskIsTheWayIn: offer.wayIn.desk });
  }, [words.data, agentKiosk, lang]);
  const needLabel = (code: string) => domains.data?.find((d) => d.code === code)?.label ?? code;

  return (
    <>
      <p class="lead">{t('visit.plan.intro')}</p>
      <section aria-labelledby="visit-answers" class="visit-panel">
        <h2 id="visit-answers">{t('visit.plan.answers')}</h2>
        <AnswersSummary t={t} state={state} domains={domains.data ?? []} agentLang={lang} />
        <button type="button" class="button button--quiet" onClick={() => dispatch({ type: 'go', step: 'triage' })}>
          {t('visit.plan.change')}
        </button>
      </section>
      {plan.isPending || words.isPending ? (
        <StaffLoading />
      ) : plan.isError ? (
        <StaffError retry={() => void plan.refetch()} />
      ) : (
        <PlanView
          t={t}
          plan={plan.data}
          needLabel={needLabel}
          reasonsOf={reasonsOf}
          format={format}
          selection={state.selection}
          onPick={(pick, on) => {
            setPickOne(false);
            dispatch(on ? { type: 'pick', pick } : { type: 'unpick', slug: pick.slug });
          }}
        />
      )}
      <CatalogueSearch t={t} state={state} dispatch={dispatch} />
      <SelectedList t={t} selection={state.selection} format={format} onRemove={(slug) => dispatch({ type: 'unpick', slug })} />
      {pickOne ? (
        <p class="notice notice--error" role="alert">
          {t('visit.plan.pickOne')}
        </p>
      ) : null}
      <p class="actions">
        <button
          type="button"
          class="button button--primary button--large"
          onClick={() => {
            if (state.selection.length === 0) setPickOne(true);
            else dispatch({ type: 'go', step: 'consent' });
          }}
        >
          {t('visit.plan.next')}
        </button>
        <button type="button" class="button" onClick={() => dispatch({ type: 'go', step: 'start' })}>
          {t('visit.back')}
        </button>
      </p>
    </>
  );
}
