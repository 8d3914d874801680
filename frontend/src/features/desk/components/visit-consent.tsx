// Consent first (issue 17, part 3; rule 2): the versioned text in the visitor's language (French when there is
// none in theirs), the French text beside it for the agent, read aloud where the device has a voice; the
// scope (the organisations of the offers picked, the fields they may see once they accept); then "the
// person agrees". Without consent the agent can still print the slips, and nothing is stored.
import { useQuery } from '@tanstack/preact-query';
import { useMemo, useState } from 'preact/hooks';
import { useStaffT, type StaffKey, type StaffT } from '../../../lib/i18n/staff';
import type { Lang } from '../../../lib/i18n/languages';
import { StaffError, StaffLoading } from '../../../components/staff/status';
import { consentTextsQuery } from '../api/visit';
import { deskFormat, type DeskFormat } from '../model/format';
import {
  consentProblem,
  consentTexts,
  defaultScope,
  organizationsOf,
  PERSON_FIELDS,
  slipsUrl,
  toggled,
  type ConsentProblem,
  type ConsentScope,
  type ConsentText,
  type OrganizationRef,
  type Pick,
} from '../model/visit';
import type { VisitAction, VisitState } from '../model/visit-flow';
import { dirFor, languageLabel } from './pair';
import { ReadAloudButton, textSegments } from './read-aloud';

function Paragraphs({ body }: { body: string }) {
  return (
    <>
      {body.split(/\n+/).map((p, i) => (
        <p key={i}>{p}</p>
      ))}
    </>
  );
}

/** A consent text in its own language, under a label in the agent's. */
function ConsentColumn(props: { id: string; label: string; text: ConsentText; format: DeskFormat; t: StaffT; children?: preact.ComponentChildren }) {
  const { text, t } = props;
  return (
    <div class="visit-column">
      <p class="visit-column__label">{props.label}</p>
      <div class="visit-consent-text" lang={text.lang} dir={dirFor(text.lang)}>
        <h3 id={props.id}>{text.title}</h3>
        <Paragraphs body={text.body} />
      </div>
      <p class="staff-list__meta">{t('visit.consent.version', { version: text.version, date: props.format.date(text.publishedOn) })}</p>
      {props.children}
    </div>
  );
}

export function ConsentView(props: {
  t: StaffT;
  agentLang: string;
  visitorLang: Lang;
  texts: { shown: ConsentText; french: ConsentText | undefined; fellBack: boolean };
  organizations: readonly OrganizationRef[];
  scope: ConsentScope;
  onScope: (scope: ConsentScope) => void;
  agreed: boolean;
  onAgreed: (agreed: boolean) => void;
  problem: ConsentProblem | undefined;
  /** Left out in tests: the device's voices. */
  readAloud?: boolean;
}) {
  const { t, texts, scope } = props;
  const format = deskFormat(props.agentLang);
  const visitorName = languageLabel(props.visitorLang, props.agentLang).agent;
  const shownName = languageLabel(texts.shown.lang, props.agentLang).agent;
  const orgError = props.problem === 'no-organization' ? t('visit.consent.noOrg') : undefined;
  const agreeError = props.problem === 'not-agreed' ? t('visit.consent.notAgreed') : undefined;
  return (
    <>
      <section aria-labelledby="visit-consent-text" class="visit-panel">
        <h2 id="visit-consent-text">{t('visit.consent.textTitle')}</h2>
        {texts.fellBack ? <p class="notice notice--warning">{t('visit.consent.fallback', { lang: visitorName })}</p> : null}
        <div class="visit-columns">
          <ConsentColumn id="visit-consent-visitor" label={t('visit.consent.visitorText', { lang: shownName })} text={texts.shown} format={format} t={t}>
            {props.readAloud === false ? null : (
              <ReadAloudButton
                t={t}
                owner="visit:consent"
                lang={texts.shown.lang}
                languageName={shownName}
                segments={() => textSegments(texts.shown.lang, texts.shown.title, texts.shown.body)}
              />
            )}
          </ConsentColumn>
          {texts.french ? (
            <ConsentColumn id="visit-consent-french" label={t('visit.consent.frenchText')} text={texts.french} format={format} t={t} />
          ) : null}
        </div>
      </section>
      <section aria-labelledby="visit-scope" class="visit-panel">
        <h2 id="visit-scope">{t('visit.consent.scope')}</h2>
        <fieldset
          class={orgError ? 'form-field form-field--invalid' : 'form-field'}
          aria-describedby={orgError ? 'visit-orgs-hint visit-orgs-error' : 'visit-orgs-hint'}
        >
          <legend class="field-label">{t('visit.consent.orgs')}</legend>
          <p class="hint" id="visit-orgs-hint">
            {t('visit.consent.orgsHint')}
          </p>
          {props.organizations.map((o) => (
            <label key={o.slug} class="checkbox" data-org={o.slug}>
              <input
                type="checkbox"
                name="organizations"
                value={o.slug}
                checked={scope.organizations.includes(o.slug)}
                onChange={(e) => props.onScope({ ...scope, organizations: toggled(scope.organizations, o.slug, e.currentTarget.checked) })}
              />
              {o.name}
            </label>
          ))}
          {orgError ? (
            <p class="form-field__error" id="visit-orgs-error">
              {orgError}
            </p>
          ) : null}
        </fieldset>
        <fieldset class="form-field" aria-describedby="visit-fields-hint">
          <legend class="field-label">{t('visit.consent.fields')}</legend>
          <p class="hint" id="visit-fields-hint">
            {t('visit.consent.fieldsHint')}
          </p>
          {PERSON_FIELDS.map((f) => (
            <div key={f} class="visit-field-choice">
              <label class="checkbox" data-field={f}>
                <input
                  type="checkbox"
                  name="fields"
                  value={f}
                  checked={scope.fields.includes(f)}
                  aria-describedby={f === 'status' ? 'visit-status-note' : undefined}
                  onChange={(e) => props.onScope({ ...scope, fields: toggled(scope.fields, f, e.currentTarget.checked) })}
                />
                {t(`visit.field.${f}` as StaffKey)}
              </label>
              {f === 'status' ? (
                <p class="hint" id="visit-status-note">
                  {t('visit.consent.statusNote')}
                </p>
              ) : null}
            </div>
          ))}
        </fieldset>
        <div class={agreeError ? 'form-field form-field--invalid' : 'form-field'}>
          <label class="checkbox visit-agrees">
            <input
              id="visit-agrees"
              type="checkbox"
              name="agrees"
              checked={props.agreed}
              aria-invalid={agreeError ? true : undefined}
              aria-describedby={agreeError ? 'visit-agrees-hint visit-agrees-error' : 'visit-agrees-hint'}
              onChange={(e) => props.onAgreed(e.currentTarget.checked)}
            />
            {t('visit.consent.agrees')}
          </label>
          <p class="hint" id="visit-agrees-hint">
            {t('visit.consent.agreesHint')}
          </p>
          {agreeError ? (
            <p class="form-field__error" id="visit-agrees-error">
              {agreeError}
            </p>
          ) : null}
        </div>
      </section>
    </>
  );
}

export function ConsentStep({ state, dispatch }: { state: VisitState; dispatch: (action: VisitAction) => void }) {
  const { t, lang } = useStaffT();
  const visitor: Lang = state.lang ?? 'fr';
  const own = useQuery(consentTextsQuery(visitor));
  const french = useQuery({ ...consentTextsQuery('fr'), enabled: visitor !== 'fr' });
  const texts = useMemo(
    () => consentTexts(own.data ?? [], visitor === 'fr' ? (own.data ?? []) : (french.data ?? [])),
    [own.data, french.data, visitor],
  );
  const organizations = useMemo(() => organizationsOf(state.selection), [state.selection]);
  const [scope, setScope] = useState<ConsentScope>(() => defaultScope(state.selection));
  const [agreed, setAgreed] = useState(false);
  const [problem, setProblem] = useState<ConsentProblem | undefined>(undefined);
  const loading = own.isPending || (visitor !== 'fr' && french.isPending);

  const record = () => {
    const found = consentProblem(agreed, scope, texts?.shown);
    setProblem(found);
    if (found) {
      const target = found === 'not-agreed' ? '#visit-agrees' : 'input[name="organizations"]';
      window.setTimeout(() => document.querySelector<HTMLElement>(target)?.focus(), 0);
      return;
    }
    dispatch({ type: 'record-consent', agreed, scope, text: texts?.shown });
  };

  return (
    <>
      <p class="lead">{t('visit.consent.intro')}</p>
      {loading ? (
        <StaffLoading />
      ) : own.isError || french.isError ? (
        <StaffError
          retry={() => {
            void own.refetch();
            void french.refetch();
          }}
        />
      ) : texts ? (
        <ConsentView
          t={t}
          agentLang={lang}
          visitorLang={visitor}
          texts={texts}
          organizations={organizations}
          scope={scope}
          onScope={(next) => {
            setProblem(undefined);
            setScope(next);
          }}
          agreed={agreed}
          onAgreed={(next) => {
            setProblem(undefined);
            setAgreed(next);
          }}
          problem={problem}
        />
      ) : (
        <p class="notice notice--error" role="alert">
          {t('visit.consent.noText')}
        </p>
      )}
      <div class="visit-consent-actions">
        <div>
          <button type="button" class="button button--primary button--large" onClick={record}>
            {t('visit.consent.record')}
          </button>
        </div>
        <div>
          <button type="button" class="button button--large" onClick={() => dispatch({ type: 'no-consent' })} aria-describedby="visit-none-hint">
            {t('visit.consent.none')}
          </button>
          <p class="hint" id="visit-none-hint">
            {t('visit.consent.noneHint')}
          </p>
        </div>
      </div>
      <p class="actions">
        <button type="button" class="button" onClick={() => dispatch({ type: 'go', step: 'plan' })}>
          {t('visit.back')}
        </button>
      </p>
    </>
  );
}

/** No consent: nothing is stored; the person may leave with the slips of the offers picked, in their language. */
export function PrintView(props: { t: StaffT; selection: readonly Pick[]; lang: Lang; agentLang: string; format: DeskFormat }) {
  const { t, selection, lang, format } = props;
  return (
    <>
      <p class="lead">{t('visit.print.intro')}</p>
      <ul class="staff-list">
        {selection.map((p) => (
          <li key={p.slug} class="staff-list__item">
            <span lang={p.lang}>{p.name}</span> <span class="staff-list__meta">{t('desk.by', { org: p.organization.name })}</span>
          </li>
        ))}
      </ul>
      <p>
        <a class="button button--primary button--large" href={slipsUrl(selection, lang)} target="_blank" rel="noopener">
          {t('visit.print.slips', { count: format.number(selection.length) })}
          <span class="visually-hidden"> {t('visit.newTab')}</span>
        </a>
      </p>
      <p class="hint">{t('visit.print.lang', { lang: languageLabel(lang, props.agentLang).agent })}</p>
    </>
  );
}

export function PrintStep({ state, dispatch }: { state: VisitState; dispatch: (action: VisitAction) => void }) {
  const { t, lang } = useStaffT();
  const format = useMemo(() => deskFormat(lang), [lang]);
  return (
    <>
      <PrintView t={t} selection={state.selection} lang={state.lang ?? 'fr'} agentLang={lang} format={format} />
      <p class="actions">
        <button type="button" class="button button--primary" onClick={() => dispatch({ type: 'reset' })}>
          {t('visit.print.done')}
        </button>
        <button type="button" class="button" onClick={() => dispatch({ type: 'go', step: 'consent' })}>
          {t('visit.back')}
        </button>
      </p>
    </>
  );
}
