// The triage at the desk (issue 17, part 2): the visitor's language, then the kiosk's full set of questions on
// one screen, each question and option in the agent's words and the visitor's side by side. Every question
// but the needs may stay unanswered, and "I would rather not say" comes first among the statuses.
import { useQuery } from '@tanstack/preact-query';
import { useMemo, useState } from 'preact/hooks';
import type { Domain } from '../../../lib/api/client';
import { LANGUAGES, toLang, type Lang } from '../../../lib/i18n/languages';
import type { MessageKey } from '../../../lib/i18n/messages/en';
import { useStaffT, type StaffKey, type StaffT } from '../../../lib/i18n/staff';
import { createTranslator, type Translator } from '../../../lib/i18n/translate';
import {
  AGE_BANDS,
  FRENCH_CHOICES,
  frenchAnswer,
  frenchChoiceOf,
  HOUSEHOLDS,
  STATUSES,
  type Answers,
} from '../../../lib/triage/answers';
import { StaffError, StaffLoading } from '../../../components/staff/status';
import { domainsQuery } from '../api/services';
import { kioskWordsQuery } from '../api/visit';
import type { VisitAction, VisitState } from '../model/visit-flow';
import { CITY_MAX, patchAnswers, triageProblems, type TriageProblem } from '../model/visit';
import { LanguageName, Pair, type Said } from './pair';

interface Option {
  readonly value: string;
  readonly agent: string;
  readonly visitor?: Said | undefined;
}

/** A question with one answer: a radio per option, and "no answer" last, so any answer can be taken back. */
function ChoiceGroup(props: {
  name: string;
  legend: string;
  visitorLegend?: Said | undefined;
  hint?: string | undefined;
  options: readonly Option[];
  value: string | undefined;
  onValue: (value: string | undefined) => void;
  t: StaffT;
}) {
  const hintId = props.hint ? `visit-${props.name}-hint` : undefined;
  return (
    <fieldset class="form-field visit-question" aria-describedby={hintId}>
      <legend class="field-label">
        <Pair agent={props.legend} visitor={props.visitorLegend} />
      </legend>
      {props.hint ? (
        <p class="hint" id={hintId}>
          {props.hint}
        </p>
      ) : null}
      {props.options.map((o) => (
        <label key={o.value} class="radio visit-choice" data-value={o.value}>
          <input
            type="radio"
            name={props.name}
            value={o.value}
            checked={props.value === o.value}
            onChange={() => props.onValue(o.value)}
          />
          <Pair agent={o.agent} visitor={o.visitor} />
        </label>
      ))}
      <label class="radio visit-choice" data-value="">
        <input type="radio" name={props.name} value="" checked={props.value === undefined} onChange={() => props.onValue(undefined)} />
        {props.t('visit.q.noAnswer')}
      </label>
    </fieldset>
  );
}

function FieldError({ id, message }: { id: string; message: string | undefined }) {
  return message ? (
    <p class="form-field__error" id={id}>
      {message}
    </p>
  ) : null;
}

const said = (visitor: Translator | undefined, key: MessageKey): Said | undefined => (visitor ? visitor.tr(key) : undefined);

/** The questions, in the agent's words and (when the visitor reads another language) in the visitor's. */
export function TriageQuestions(props: {
  t: StaffT;
  /** The visitor's words, or undefined when they read the agent's language or have not chosen one. */
  visitor: Translator | undefined;
  domains: readonly Domain[];
  visitorDomains: readonly Domain[] | undefined;
  answers: Answers;
  onAnswers: (answers: Answers) => void;
  problems: readonly TriageProblem[];
}) {
  const { t, visitor, answers } = props;
  const set = (patch: Parameters<typeof patchAnswers>[1]) => props.onAnswers(patchAnswers(answers, patch));
  const visitorDomain = (code: string): Said | undefined => {
    const d = visitor ? props.visitorDomains?.find((x) => x.code === code) : undefined;
    return d ? { text: d.label, lang: d.lang ?? visitor?.lang ?? 'fr' } : undefined;
  };
  const needsError = props.problems.includes('needs') ? t('visit.q.needsError') : undefined;
  const cityError = props.problems.includes('city') ? t('visit.tooLong', { max: CITY_MAX }) : undefined;
  const postcodeError = props.problems.includes('postcode') ? t('visit.q.postcodeError') : undefined;
  return (
    <>
      <fieldset
        class={needsError ? 'form-field form-field--invalid visit-question' : 'form-field visit-question'}
        aria-describedby={needsError ? 'visit-needs-hint visit-needs-error' : 'visit-needs-hint'}
      >
        <legend class="field-label">
          <Pair agent={t('visit.q.needs')} visitor={said(visitor, 'needs.heading')} />
        </legend>
        <p class="hint" id="visit-needs-hint">
          {t('visit.q.needsHint')}
        </p>
        {props.domains.map((d) => (
          <label key={d.code} class="checkbox visit-choice" data-need={d.code}>
            <input
              type="checkbox"
              name="needs"
              value={d.code}
              checked={answers.needs.includes(d.code)}
              onChange={(e) =>
                set({ needs: e.currentTarget.checked ? [...answers.needs, d.code] : answers.needs.filter((n) => n !== d.code) })
              }
            />
            <Pair agent={<span lang={d.lang ?? undefined}>{d.label}</span>} visitor={visitorDomain(d.code)} />
          </label>
        ))}
        <FieldError id="visit-needs-error" message={needsError} />
      </fieldset>
      <ChoiceGroup
        name="ageBand"
        legend={t('visit.q.age')}
        visitorLegend={said(visitor, 'q.age.heading')}
        options={AGE_BANDS.map((b) => ({ value: b, agent: t(`visit.age.${b}` as StaffKey), visitor: said(visitor, `q.age.${b}` as MessageKey) }))}
        value={answers.ageBand}
        onValue={(v) => set({ ageBand: v as Answers['ageBand'] })}
        t={t}
      />
      <ChoiceGroup
        name="french"
        legend={t('visit.q.french')}
        visitorLegend={said(visitor, 'q.french.heading')}
        options={FRENCH_CHOICES.map((c) => ({ value: c.id, agent: t(`visit.french.${c.id}` as StaffKey), visitor: said(visitor, c.label) }))}
        value={frenchChoiceOf(answers)?.id}
        onValue={(v) => {
          const choice = FRENCH_CHOICES.find((c) => c.id === v);
          set(choice ? frenchAnswer(choice) : { frenchLevel: undefined, lowLiteracy: undefined });
        }}
        t={t}
      />
      <ChoiceGroup
        name="household"
        legend={t('visit.q.household')}
        visitorLegend={said(visitor, 'q.household.heading')}
        options={HOUSEHOLDS.map((h) => ({ value: h, agent: t(`visit.household.${h}` as StaffKey), visitor: said(visitor, `q.household.${h}` as MessageKey) }))}
        value={answers.household}
        onValue={(v) => set({ household: v as Answers['household'] })}
        t={t}
      />
      <fieldset class="form-field visit-question">
        <legend class="field-label">
          <Pair agent={t('visit.q.town')} visitor={said(visitor, 'q.city.heading')} />
        </legend>
        <div class={cityError ? 'form-field form-field--invalid' : 'form-field'}>
          <label class="field-label" for="visit-city">
            {t('visit.q.townLabel')}
          </label>
          <input
            id="visit-city"
            name="city"
            class="text-input"
            type="text"
            autoComplete="off"
            value={answers.city ?? ''}
            aria-invalid={cityError ? true : undefined}
            aria-describedby={cityError ? 'visit-city-error' : undefined}
            onInput={(e) => set({ city: e.currentTarget.value })}
          />
          <FieldError id="visit-city-error" message={cityError} />
        </div>
        <div class={postcodeError ? 'form-field form-field--invalid' : 'form-field'}>
          <label class="field-label" for="visit-postcode">
            {t('visit.q.postcode')}
          </label>
          <p class="hint" id="visit-postcode-hint">
            {t('visit.q.postcodeHint')}
          </p>
          <input
            id="visit-postcode"
            name="postcode"
            class="text-input visit-postcode"
            type="text"
            inputMode="numeric"
            autoComplete="off"
            maxLength={5}
            value={answers.postcode ?? ''}
            aria-invalid={postcodeError ? true : undefined}
            aria-describedby={postcodeError ? 'visit-postcode-hint visit-postcode-error' : 'visit-postcode-hint'}
            onInput={(e) => set({ postcode: e.currentTarget.value.trim() })}
          />
          <FieldError id="visit-postcode-error" message={postcodeError} />
        </div>
      </fieldset>
      <ChoiceGroup
        name="status"
        legend={t('visit.q.status')}
        visitorLegend={said(visitor, 'q.status.heading')}
        hint={t('visit.q.statusHint')}
        options={STATUSES.map((s) => ({ value: s, agent: t(`personStatus.${s}` as StaffKey), visitor: said(visitor, `q.status.${s}` as MessageKey) }))}
        value={answers.status}
        onValue={(v) => set({ status: v as Answers['status'] })}
        t={t}
      />
    </>
  );
}

/** The visitor's language: each named in the agent's language and in itself. */
export function VisitorLanguage(props: { t: StaffT; agentLang: string; value: Lang | undefined; onValue: (lang: Lang) => void; invalid: boolean }) {
  const { t } = props;
  return (
    <fieldset
      class={props.invalid ? 'form-field form-field--invalid visit-question' : 'form-field visit-question'}
      aria-describedby={props.invalid ? 'visit-lang-hint visit-lang-error' : 'visit-lang-hint'}
    >
      <legend class="field-label">{t('visit.lang.legend')}</legend>
      <p class="hint" id="visit-lang-hint">
        {t('visit.lang.hint')}
      </p>
      <div class="visit-langs">
        {LANGUAGES.map((l) => (
          <label key={l.code} class="radio visit-choice">
            <input type="radio" name="visitor-lang" value={l.code} checked={props.value === l.code} onChange={() => props.onValue(l.code)} />
            <LanguageName code={l.code} agentLang={props.agentLang} />
          </label>
        ))}
      </div>
      <FieldError id="visit-lang-error" message={props.invalid ? t('visit.lang.error') : undefined} />
    </fieldset>
  );
}

export function TriageStep({ state, dispatch }: { state: VisitState; dispatch: (action: VisitAction) => void }) {
  const { t, lang: agentLang } = useStaffT();
  const [lang, setLang] = useState<Lang | undefined>(state.lang);
  const [answers, setAnswers] = useState<Answers>(state.answers);
  const [problems, setProblems] = useState<readonly TriageProblem[]>([]);
  const agentKiosk = toLang(agentLang) ?? 'fr';
  // The visitor's column only when they read another language than the agent's screen.
  const other = lang && lang !== agentKiosk ? lang : undefined;
  const words = useQuery({ ...kioskWordsQuery([other ?? agentKiosk]), enabled: other !== undefined });
  const domains = useQuery(domainsQuery(agentLang));
  const visitorDomains = useQuery({ ...domainsQuery(other ?? agentLang), enabled: other !== undefined });
  const visitor = useMemo(() => (other && words.data ? createTranslator(other, words.data) : undefined), [other, words.data]);

  const submit = (event: Event) => {
    event.preventDefault();
    const clean = patchAnswers(answers, { city: answers.city?.trim() });
    const found = triageProblems(lang, clean);
    setProblems(found);
    if (found.length > 0 || !lang) {
      const first = found[0] === 'lang' ? 'input[name="visitor-lang"]' : found[0] === 'needs' ? 'input[name="needs"]' : `#visit-${found[0]}`;
      window.setTimeout(() => document.querySelector<HTMLElement>(first)?.focus(), 0);
      return;
    }
    dispatch({ type: 'triage-done', lang, answers: clean });
  };

  return (
    <form class="staff-form visit-form" noValidate onSubmit={submit}>
      <p class="lead">{t('visit.triage.intro')}</p>
      <VisitorLanguage
        t={t}
        agentLang={agentLang}
        value={lang}
        onValue={(next) => {
          setLang(next);
          // Once shown, a problem goes away as soon as it is fixed.
          if (problems.length > 0) setProblems(triageProblems(next, answers));
        }}
        invalid={problems.includes('lang')}
      />
      {domains.isPending || (other && (words.isPending || visitorDomains.isPending)) ? (
        <StaffLoading />
      ) : domains.isError || words.isError ? (
        <StaffError
          retry={() => {
            void domains.refetch();
            void words.refetch();
          }}
        />
      ) : (
        <TriageQuestions
          t={t}
          visitor={visitor}
          domains={domains.data}
          visitorDomains={visitorDomains.data}
          answers={answers}
          onAnswers={(next) => {
            setAnswers(next);
            if (problems.length > 0) setProblems(triageProblems(lang, next));
          }}
          problems={problems}
        />
      )}
      <p class="actions">
        <button type="submit" class="button button--primary button--large">
          {t('visit.triage.submit')}
        </button>
        <button type="button" class="button" onClick={() => dispatch({ type: 'go', step: 'start' })}>
          {t('visit.back')}
        </button>
      </p>
    </form>
  );
}
