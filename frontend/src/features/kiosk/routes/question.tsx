import { useApp } from '../../../lib/app-context';
import type { MessageKey } from '../../../lib/i18n/messages/en';
import { navigate } from '../../../lib/router';
import { useTitle } from '../../../lib/use-title';
import { BackButton } from '../components/back-button';
import { AGE_BANDS, FRENCH_CHOICES, frenchAnswer, frenchChoiceOf, HOUSEHOLDS, STATUSES, type Answers } from '../../../lib/triage/answers';
import { setAnswers, useKiosk } from '../model/store';
import { setTown, type TownAnswer } from '../model/town';
import { TownField } from '../components/town-field';

/** At most five short questions, one per screen, every one skippable (docs/architecture.md §1). */
export const STEPS = ['age', 'french', 'household', 'city', 'status'] as const;
export type Step = (typeof STEPS)[number];

interface Choice {
  readonly value: string;
  readonly label: MessageKey;
}

const CHOICES: Record<Exclude<Step, 'city' | 'french'>, { field: keyof Answers; options: readonly Choice[] }> = {
  age: { field: 'ageBand', options: AGE_BANDS.map((v) => ({ value: v, label: `q.age.${v}` as MessageKey })) },
  household: {
    field: 'household',
    options: HOUSEHOLDS.map((v) => ({ value: v, label: `q.household.${v}` as MessageKey })),
  },
  status: { field: 'status', options: STATUSES.map((v) => ({ value: v, label: `q.status.${v}` as MessageKey })) },
};

function nextPath(step: Step): string {
  const i = STEPS.indexOf(step);
  const next = STEPS[i + 1];
  return next ? `/kiosk/questions/${next}` : '/kiosk/plan';
}

function previousPath(step: Step): string {
  const i = STEPS.indexOf(step);
  const previous = STEPS[i - 1];
  return previous ? `/kiosk/questions/${previous}` : '/kiosk/needs';
}

export default function QuestionRoute({ step: raw }: { step: string }) {
  const { t, config } = useApp();
  const { answers } = useKiosk();
  const step: Step = (STEPS as readonly string[]).includes(raw) ? (raw as Step) : 'age';
  const heading = t(`q.${step}.heading` as MessageKey);
  useTitle(heading);

  if (answers.needs.length === 0) {
    navigate('/kiosk/needs', { replace: true });
    return null;
  }
  const answer = (patch: Partial<Answers>) => {
    setAnswers(patch);
    navigate(nextPath(step));
  };
  const answerTown = (town: TownAnswer) => {
    setTown(town);
    navigate(nextPath(step));
  };

  return (
    <section class="screen" aria-labelledby="screen-title">
      <BackButton href={previousPath(step)} />
      <p class="progress">
        {t('q.progress', { n: STEPS.indexOf(step) + 1, total: STEPS.length })}
        <span class="progress__bar" aria-hidden="true">
          <span style={{ inlineSize: `${((STEPS.indexOf(step) + 1) / STEPS.length) * 100}%` }} />
        </span>
      </p>
      <h1 id="screen-title" tabIndex={-1}>
        {heading}
      </h1>
      <p class="lead">{step === 'status' ? t('q.status.intro') : t('q.privacy')}</p>
      {step === 'city' ? (
        <>
          <button type="button" class="choice" onClick={() => answerTown({ city: config.homeCity, postcode: undefined })}>
            {t('q.city.here', { city: config.homeCity })}
          </button>
          <TownField t={t} initial={answers.city ?? answers.postcode ?? ''} onAnswer={answerTown} />
        </>
      ) : step === 'french' ? (
        <ul class="choice-list">
          {FRENCH_CHOICES.map((o) => (
            <li key={o.id}>
              <button
                type="button"
                class="choice"
                aria-pressed={frenchChoiceOf(answers)?.id === o.id}
                data-value={o.id}
                onClick={() => answer(frenchAnswer(o))}
              >
                {t(o.label)}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <ul class="choice-list">
          {CHOICES[step].options.map((o) => {
            const field = CHOICES[step].field;
            const chosen = answers[field] === o.value;
            return (
              <li key={o.value}>
                <button
                  type="button"
                  class="choice"
                  aria-pressed={chosen}
                  data-value={o.value}
                  onClick={() => answer({ [field]: o.value } as Partial<Answers>)}
                >
                  {t(o.label)}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <div class="actions">
        <button type="button" class="button" onClick={() => navigate(nextPath(step))}>
          {t('q.skip')}
        </button>
        <button type="button" class="button button--primary" onClick={() => navigate('/kiosk/plan')}>
          {t('q.seePlan')}
        </button>
      </div>
    </section>
  );
}
