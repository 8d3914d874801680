// The town question's logic, apart from the screen (tested on its own): the suggestions asked while the
// person types (debounced, the last answer wins), moving through them with the keyboard, and what a
// typed town becomes when no suggestion was picked (one commune, a choice between homonyms, "did you
// mean", or the text as typed). The town travels in POST bodies only (docs/architecture.md §8).
import type { components } from '../../../lib/api/schema';
import type { Answers } from '../../../lib/triage/answers';
import { getKiosk, setKiosk } from './store';

export type Commune = components['schemas']['Commune'];

/** What the town question answers: the commune's name and, when it takes one to tell it apart, a postcode. */
export interface TownAnswer {
  readonly city: string | undefined;
  readonly postcode: string | undefined;
}

export const MIN_QUERY = 2;
export const MAX_QUERY = 80;
export const DEBOUNCE_MS = 250;
const POSTCODE = /^\d{5}$/;

/** The answer a suggestion gives: its name, with the postcode that places a person in it when it has one. */
export function answerOf(commune: Commune): TownAnswer {
  return commune.postcode ? { city: commune.name, postcode: commune.postcode } : { city: commune.name, postcode: undefined };
}

/** The text a query is made of, or null when there is not enough to ask about. */
export function queryOf(text: string): string | null {
  const q = text.trim().slice(0, MAX_QUERY);
  return q.length >= MIN_QUERY && /[\p{L}\p{N}]/u.test(q) ? q : null;
}

/**
 * The option that is active after a key: ArrowDown and ArrowUp move and wrap around, Home and End go to
 * the ends (when the list is open), anything else keeps it. -1 is "none" (the text field itself).
 */
export function moveActive(active: number, count: number, key: string): number {
  if (count === 0) return -1;
  switch (key) {
    case 'ArrowDown':
      return active < 0 || active >= count - 1 ? 0 : active + 1;
    case 'ArrowUp':
      return active <= 0 ? count - 1 : active - 1;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return active;
  }
}

/** What to do with a town the person typed and confirmed without picking a suggestion. */
export type Resolution =
  /** One commune answers: take it. */
  | { readonly kind: 'take'; readonly answer: TownAnswer }
  /** Several communes answer (Saint-Denis): ask which, never pick one. */
  | { readonly kind: 'which'; readonly candidates: readonly Commune[] }
  /** None answers exactly, some are close: offer them, and what was typed. */
  | { readonly kind: 'didYouMean'; readonly candidates: readonly Commune[] }
  /** Nothing known: keep what was typed (the plan will say the town is not known). */
  | { readonly kind: 'keep'; readonly answer: TownAnswer };

const distinct = (items: readonly Commune[]) => items.filter((c, i) => items.findIndex((o) => o.code === c.code && o.postcode === c.postcode) === i);

/** Decides from the suggestions for exactly that text (see the server's match field). */
export function resolveTyped(text: string, items: readonly Commune[]): Resolution {
  const typed = text.trim().slice(0, MAX_QUERY);
  if (POSTCODE.test(typed)) {
    const served = distinct(items.filter((c) => c.match === 'postcode' && c.postcode === typed));
    if (served.length === 1 && served[0]) return { kind: 'take', answer: answerOf(served[0]) };
    if (served.length > 1) return { kind: 'which', candidates: served };
    return { kind: 'keep', answer: { city: undefined, postcode: typed } };
  }
  const exact = distinct(items.filter((c) => c.match === 'exact'));
  if (exact.length === 1 && exact[0]) return { kind: 'take', answer: answerOf(exact[0]) };
  if (exact.length > 1) return { kind: 'which', candidates: exact };
  if (items.length > 0) return { kind: 'didYouMean', candidates: items.slice(0, 5) };
  return { kind: 'keep', answer: { city: typed, postcode: undefined } };
}

/** How a commune is shown: its name (and the arrondissement or former commune that matched), then where. */
export function optionParts(commune: Commune): { name: string; where: string } {
  const name = commune.matchedName && commune.matchedName !== commune.name ? `${commune.name} (${commune.matchedName})` : commune.name;
  const code = commune.postcode ?? (commune.postcodes.length === 1 ? commune.postcodes[0] : commune.departmentCode);
  return { name, where: `${code} · ${commune.department} · ${commune.region}` };
}

export type Fetcher = (q: string, signal: AbortSignal) => Promise<readonly Commune[]>;

/**
 * Asks for suggestions as the person types: only after a pause ({@link DEBOUNCE_MS}), never for less than
 * {@link MIN_QUERY} characters, and an answer that is no longer for the current text is dropped (the
 * request is aborted when the text changes). A failure (offline) gives no suggestions.
 */
export function createSuggester(
  fetcher: Fetcher,
  onResults: (q: string, items: readonly Commune[]) => void,
  delay = DEBOUNCE_MS,
) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inFlight: AbortController | undefined;
  let current: string | null = null;
  const cancel = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    inFlight?.abort();
    inFlight = undefined;
  };
  return {
    /** The text changed. */
    input(text: string): void {
      const q = queryOf(text);
      if (q === current) return;
      current = q;
      cancel();
      if (q === null) {
        onResults('', []);
        return;
      }
      timer = setTimeout(() => {
        timer = undefined;
        const controller = new AbortController();
        inFlight = controller;
        fetcher(q, controller.signal).then(
          (items) => {
            if (current === q && !controller.signal.aborted) onResults(q, items);
          },
          () => {
            if (current === q && !controller.signal.aborted) onResults(q, []);
          },
        );
      }, delay);
    },
    cancel(): void {
      current = null;
      cancel();
    },
  };
}

/** The answers with the town replaced (both fields: a town without a postcode drops the previous one). */
export function withTown(answers: Answers, town: TownAnswer): Answers {
  const { city: _city, postcode: _postcode, ...rest } = answers;
  return {
    ...rest,
    ...(town.city ? { city: town.city } : {}),
    ...(town.postcode !== undefined && POSTCODE.test(town.postcode) ? { postcode: town.postcode } : {}),
  };
}

/** The town as the person would say it: "Saint-Denis (93200)", "Nancy", or a postcode alone. */
export function townLabel(answers: Answers): string | undefined {
  if (answers.city && answers.postcode) return `${answers.city} (${answers.postcode})`;
  return answers.city ?? answers.postcode;
}

/** Sets the town and its postcode together, in memory (a town without a postcode drops the previous postcode). */
export function setTown(town: TownAnswer): void {
  setKiosk({ answers: withTown(getKiosk().answers, town) });
}
