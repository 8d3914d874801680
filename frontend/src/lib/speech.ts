// Read aloud through the browser's speechSynthesis, only in the chosen language (never a wrong voice).
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
