import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { T } from '../../../lib/i18n/translate';
import { suggestPlaces } from '../api/places';
import {
  answerOf,
  createSuggester,
  moveActive,
  queryOf,
  resolveTyped,
  type Commune,
  type TownAnswer,
} from '../model/town';
import { TownChoice, TownOptionText, townKey } from './town-option';

/**
 * The town question's field: a combobox (WAI-ARIA 1.2, list autocomplete) that suggests communes as the
 * person types a name or a postcode, chosen with a tap or with the arrows and Enter (Escape closes the
 * list). A town confirmed without a suggestion is looked up once more: one commune is taken, homonyms
 * are asked about ("Which Saint-Denis?"), near misspellings are offered beside what was typed.
 */
export function TownField({ t, initial, onAnswer }: { t: T; initial: string; onAnswer: (answer: TownAnswer) => void }) {
  const [text, setText] = useState(initial);
  const [items, setItems] = useState<readonly Commune[]>([]);
  const [itemsFor, setItemsFor] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [question, setQuestion] = useState<{ kind: 'which' | 'didYouMean'; typed: string; candidates: readonly Commune[] } | null>(null);
  const [busy, setBusy] = useState(false);
  const questionTitle = useRef<HTMLParagraphElement>(null);
  const suggester = useMemo(
    () =>
      createSuggester(
        (q, signal) => suggestPlaces(q, signal),
        (q, found) => {
          setItems(found);
          setItemsFor(q);
          setActive(-1);
          setOpen(found.length > 0);
        },
      ),
    [],
  );
  useEffect(() => () => suggester.cancel(), [suggester]);
  // The question about homonyms takes the focus, so a screen reader reads it and the keyboard starts there.
  useEffect(() => {
    if (question) questionTitle.current?.focus();
  }, [question]);

  const choose = (commune: Commune) => {
    suggester.cancel();
    setOpen(false);
    onAnswer(answerOf(commune));
  };

  const confirm = async () => {
    const typed = text.trim();
    if (typed === '') {
      onAnswer({ city: undefined, postcode: undefined });
      return;
    }
    suggester.cancel();
    setOpen(false);
    const q = queryOf(typed);
    let found = items;
    if (q !== null && q !== itemsFor) {
      setBusy(true);
      found = await suggestPlaces(q).catch(() => []);
      setBusy(false);
    }
    const resolution = resolveTyped(typed, q === null ? [] : found);
    if (resolution.kind === 'take' || resolution.kind === 'keep') {
      onAnswer(resolution.answer);
    } else {
      setQuestion({ kind: resolution.kind, typed, candidates: resolution.candidates });
    }
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open && items.length > 0) setOpen(true);
      setActive(moveActive(open ? active : -1, items.length, event.key));
    } else if ((event.key === 'Home' || event.key === 'End') && open && active >= 0) {
      event.preventDefault();
      setActive(moveActive(active, items.length, event.key));
    } else if (event.key === 'Enter' && open && active >= 0 && items[active]) {
      event.preventDefault();
      choose(items[active]);
    } else if (event.key === 'Escape') {
      if (open) {
        event.preventDefault();
        setOpen(false);
        setActive(-1);
      } else if (text !== '') {
        setText('');
        suggester.input('');
      }
    }
  };

  if (question) {
    return (
      <div class="town-question" role="group" aria-labelledby="town-question-title">
        <p id="town-question-title" class="field-label" tabIndex={-1} ref={questionTitle}>
          {question.kind === 'which' ? t('q.city.which', { city: question.typed }) : t('q.city.didYouMean')}
        </p>
        <ul class="choice-list">
          {question.candidates.map((c) => (
            <TownChoice key={townKey(c)} commune={c} onChoose={choose} />
          ))}
          {question.kind === 'didYouMean' ? (
            <li>
              {/* What was typed, kept as it is (the plan will say the town is not known). */}
              <button type="button" class="choice" data-code="typed" onClick={() => onAnswer({ city: question.typed, postcode: undefined })}>
                <span class="town-option__name">
                  <bdi>{question.typed}</bdi>
                </span>
              </button>
            </li>
          ) : null}
        </ul>
        <button type="button" class="button" onClick={() => setQuestion(null)}>
          {t('nav.back')}
        </button>
      </div>
    );
  }

  const optionId = (i: number) => `city-option-${i}`;
  return (
    <form
      class="city-form"
      onSubmit={(event) => {
        event.preventDefault();
        void confirm();
      }}
    >
      <label for="city" id="city-label" class="field-label">
        {t('q.city.label')}
      </label>
      <p id="city-hint" class="hint">
        {t('q.city.hint')}
      </p>
      <div class="combobox">
        <input
          id="city"
          name="city"
          class="text-input"
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls="city-listbox"
          aria-activedescendant={open && active >= 0 ? optionId(active) : undefined}
          aria-describedby="city-hint"
          autocomplete="off"
          autocapitalize="words"
          spellcheck={false}
          maxLength={80}
          value={text}
          onInput={(e) => {
            const value = (e.target as HTMLInputElement).value;
            setText(value);
            suggester.input(value);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
          onFocus={() => items.length > 0 && queryOf(text) === itemsFor && setOpen(true)}
        />
        <ul
          id="city-listbox"
          role="listbox"
          aria-labelledby="city-label"
          class="combobox__list"
          hidden={!open}
          // Keeps the focus in the field while an option is tapped or clicked.
          onMouseDown={(e) => e.preventDefault()}
        >
          {open
            ? items.map((c, i) => {
                return (
                  <li
                    key={townKey(c)}
                    id={optionId(i)}
                    role="option"
                    aria-selected={i === active}
                    class="combobox__option"
                    data-code={c.code}
                    onClick={() => choose(c)}
                  >
                    <TownOptionText commune={c} />
                  </li>
                );
              })
            : null}
        </ul>
      </div>
      <button type="submit" class="button button--primary" disabled={busy}>
        {t('q.city.submit')}
      </button>
    </form>
  );
}
