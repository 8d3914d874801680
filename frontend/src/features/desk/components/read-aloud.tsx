// Reads a text aloud in its own language, through the device's voices (lib/speech.ts): only with a voice of
// that language, never a wrong one; without one, the agent is told so plainly. Leaving stops the reading.
import { useEffect, useState } from 'preact/hooks';
import type { StaffT } from '../../../lib/i18n/staff';
import {
  onSpeech,
  planUtterances,
  speak,
  speechAvailable,
  speechState,
  stopSpeech,
  voiceFor,
  type Segment,
  type SpeechState,
} from '../../../lib/speech';

function useVoices(): readonly SpeechSynthesisVoice[] {
  const [voices, setVoices] = useState<readonly SpeechSynthesisVoice[]>([]);
  useEffect(() => {
    if (!speechAvailable()) return undefined;
    const synth = window.speechSynthesis;
    const update = () => setVoices(synth.getVoices());
    update();
    synth.addEventListener('voiceschanged', update);
    return () => synth.removeEventListener('voiceschanged', update);
  }, []);
  return voices;
}

/** A title and its paragraphs, each a block of its own. */
export function textSegments(lang: string, title: string, body: string): Segment[] {
  return [title, ...body.split(/\n+/)].map((text, block) => ({ text, lang, block }));
}

export function ReadAloudButton({ t, owner, lang, languageName, segments }: {
  t: StaffT;
  owner: string;
  lang: string;
  /** The language, as the agent reads it: "This computer has no voice for Tigrinya". */
  languageName: string;
  segments: () => Segment[];
}) {
  const voices = useVoices();
  const [state, setState] = useState<SpeechState>(speechState);
  useEffect(() => onSpeech(setState), []);
  useEffect(
    () => () => {
      if (speechState().owner === owner && speechAvailable()) stopSpeech(window.speechSynthesis);
    },
    [owner],
  );
  if (!speechAvailable() || !voiceFor(voices, lang)) {
    return <p class="hint visit-no-voice">{t('visit.read.noVoice', { lang: languageName })}</p>;
  }
  const synth = window.speechSynthesis;
  const mine = state.owner === owner;
  return (
    <p class="actions">
      {mine ? (
        <button type="button" class="button" onClick={() => stopSpeech(synth)}>
          {t('visit.read.stop')}
        </button>
      ) : (
        <button type="button" class="button" onClick={() => speak(owner, planUtterances(segments(), synth.getVoices()), synth)}>
          {t('visit.read.start')}
        </button>
      )}
    </p>
  );
}
