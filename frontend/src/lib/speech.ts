// Read aloud through the browser's speechSynthesis. One utterance per block of content, each with the
// language its text is in, and each read by a voice of that language only (never a wrong voice).
export interface VoiceLike {
  readonly lang: string;
  readonly name: string;
  readonly localService?: boolean;
}

/** The best voice for a kiosk language: same tag, then same primary subtag (fa-AF also accepts prs, fa). */
export function voiceFor<V extends VoiceLike>(voices: readonly V[], lang: string): V | undefined {
  const norm = (tag: string) => tag.replace('_', '-').toLowerCase();
  const wanted = norm(lang);
  const primary = wanted.split('-')[0] ?? wanted;
  const primaries = primary === 'fa' ? ['fa', 'prs'] : [primary];
  const exact = voices.filter((v) => norm(v.lang) === wanted);
  const close = voices.filter((v) => primaries.includes(norm(v.lang).split('-')[0] ?? ''));
  const pick = (list: readonly V[]) => list.find((v) => v.localService) ?? list[0];
  return pick(exact) ?? pick(close);
}

export function speechAvailable(): boolean {
  return typeof window !== 'undefined' && 'speechSynthesis' in window && 'SpeechSynthesisUtterance' in window;
}

/** A piece of text in one language; block numbers the heading, paragraph or list item it comes from. */
export interface Segment {
  readonly text: string;
  readonly lang: string;
  readonly block: number;
}

export interface PlannedUtterance<V extends VoiceLike = VoiceLike> {
  readonly text: string;
  readonly lang: string;
  readonly voice: V;
}

const LATIN = /[A-Za-zÀ-ÖØ-öø-ÿ]/;
const OTHER_SCRIPT = /[\u0400-\u04FF\u0600-\u06FF\u0750-\u077F\u1200-\u139F\uFB50-\uFEFF]/;
const LATIN_LANGS = new Set(['fr', 'en']);

/**
 * The language of a run of text whose element did not say: Latin letters inside an Arabic, Dari, Pashto,
 * Tigrinya, Ukrainian or Russian text are a name of a French place or organisation (addresses, the
 * organisations of the plan), so they are French; anything else keeps the language around it.
 */
export function languageOfRun(text: string, around: string): string {
  const primary = around.toLowerCase().split('-')[0] ?? around;
  if (!LATIN_LANGS.has(primary) && LATIN.test(text) && !OTHER_SCRIPT.test(text)) {
    return 'fr';
  }
  return around;
}

/**
 * The utterances for some segments: neighbours of one block and one language make one utterance; a
 * segment in a language the device has no voice for is skipped (a French or English name read by an
 * Arabic voice comes out as noise, and the name stays on the screen and on paper).
 */
export function planUtterances<V extends VoiceLike>(segments: readonly Segment[], voices: readonly V[]): PlannedUtterance<V>[] {
  const out: { text: string; lang: string; voice: V; block: number }[] = [];
  for (const segment of segments) {
    const text = segment.text.replace(/[\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim();
    if (!/[\p{L}\p{N}]/u.test(text)) continue;
    const voice = voiceFor(voices, segment.lang);
    if (!voice) continue;
    const last = out[out.length - 1];
    if (last && last.block === segment.block && last.lang === segment.lang) {
      last.text = `${last.text} ${text}`;
    } else {
      out.push({ text, lang: segment.lang, voice, block: segment.block });
    }
  }
  return out.map(({ text, lang, voice }) => ({ text, lang, voice }));
}

/** Who is reading (the page, or one offer by its slug), and whether it is paused. */
export interface SpeechState {
  readonly owner: string | undefined;
  readonly paused: boolean;
}

const IDLE: SpeechState = { owner: undefined, paused: false };
let state: SpeechState = IDLE;
let run = 0;
const listeners = new Set<(s: SpeechState) => void>();

function set(next: SpeechState): void {
  state = next;
  listeners.forEach((l) => l(state));
}

export function speechState(): SpeechState {
  return state;
}

export function onSpeech(listener: (s: SpeechState) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** True while something is being read (not paused): the inactivity reset waits for it. */
export function isSpeaking(): boolean {
  return state.owner !== undefined && !state.paused;
}

/** The part of speechSynthesis used here (a fake one in tests). */
export interface Synth {
  speak(utterance: SpeechSynthesisUtterance): void;
  cancel(): void;
  pause(): void;
  resume(): void;
}

type MakeUtterance = (text: string) => SpeechSynthesisUtterance;

/** Reads the utterances one after the other, for owner; whatever was being read stops first. */
export function speak(
  owner: string,
  utterances: readonly PlannedUtterance[],
  synth: Synth,
  make: MakeUtterance = (text) => new SpeechSynthesisUtterance(text),
): void {
  synth.cancel();
  // Chrome stays paused across cancel(): what comes next would never be heard.
  if (state.paused) synth.resume();
  const mine = ++run;
  if (utterances.length === 0) {
    set(IDLE);
    return;
  }
  const done = () => {
    if (run === mine) set(IDLE);
  };
  utterances.forEach((u, i) => {
    const utterance = make(u.text);
    utterance.lang = u.lang;
    utterance.voice = u.voice as SpeechSynthesisVoice;
    if (i === utterances.length - 1) utterance.onend = done;
    utterance.onerror = done;
    synth.speak(utterance);
  });
  set({ owner, paused: false });
}

export function pauseSpeech(synth: Synth): void {
  if (state.owner === undefined) return;
  synth.pause();
  set({ ...state, paused: true });
}

export function resumeSpeech(synth: Synth): void {
  if (state.owner === undefined) return;
  synth.resume();
  set({ ...state, paused: false });
}

export function stopSpeech(synth: Synth | undefined): void {
  run++;
  synth?.cancel();
  if (state.paused) synth?.resume();
  set(IDLE);
}
