import { useState } from 'preact/hooks';
import { useApp } from '../../../lib/app-context';
import type { MessageKey } from '../../../lib/i18n/messages/en';
import { navigate } from '../../../lib/router';
import { useTitle } from '../../../lib/use-title';
import { BackButton } from '../components/back-button';
import { AGE_BANDS, FRENCH_CHOICES, frenchAnswer, frenchChoiceOf, HOUSEHOLDS, STATUSES, type Answers } from '../model/answers';
import { clearAnswer, setAnswers, useKiosk } from '../model/store';

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
  const [city, setCity] = useState(answers.city ?? '');

  if (answers.needs.length === 0) {
    navigate('/kiosk/needs', { replace: true });
    return null;
  }
  const answer = (patch: Partial<Answers>) => {
    setAnswers(patch);
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
        <form
          class="city-form"
          onSubmit={(event) => {
            event.preventDefault();
            const value = city.trim().slice(0, 80);
            if (value === '') {
              clearAnswer('city');
              navigate(nextPath(step));
            } else {
              answer({ city: value });
            }
          }}
        >
          <button type="button" class="choice" onClick={() => answer({ city: config.homeCity })}>
            {t('q.city.here', { city: config.homeCity })}
          </button>
          <label for="city" class="field-label">
            {t('q.city.label')}
          </label>
          <p id="city-hint" class="hint">
            {t('q.city.hint')}
          </p>
          <input
            id="city"
            name="city"
            class="text-input"
            autocomplete="off"
            aria-describedby="city-hint"
            maxLength={80}
            value={city}
            onInput={(e) => setCity((e.target as HTMLInputElement).value)}
          />
          <button type="submit" class="button button--primary">
            {t('q.city.submit')}
          </button>
        </form>
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
