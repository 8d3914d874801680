import { useContext, useEffect, useState } from 'preact/hooks';
import { AppContext } from '../lib/app-context';
import { useLocation } from '../lib/router';
import {
  onSpeech,
  pauseSpeech,
  planUtterances,
  resumeSpeech,
  speak,
  speechAvailable,
  speechState,
  stopSpeech,
  voiceFor,
  type Segment,
  type SpeechState,
} from '../lib/speech';
import { Icon } from './icon';

/** The device's voices, read again when the browser loads them late (Chrome does). */
function useVoices(): readonly SpeechSynthesisVoice[] {
  const [voices, setVoices] = useState<readonly SpeechSynthesisVoice[]>([]);
  useEffect(() => {
    if (!speechAvailable()) {
      return undefined;
    }
    const synth = window.speechSynthesis;
    const update = () => setVoices(synth.getVoices());
    update();
    synth.addEventListener('voiceschanged', update);
    return () => synth.removeEventListener('voiceschanged', update);
  }, []);
  return voices;
}

function useSpeech(): SpeechState {
  const [state, setState] = useState(speechState);
  useEffect(() => onSpeech(setState), []);
  return state;
}

/**
 * Read-aloud controls for one owner (the page, or one offer): a toggle that reads, pauses and goes on
 * (aria-pressed while it reads), and Stop. Nothing shows when the device has no voice for the language.
 */
export function ReadControls(props: {
  owner: string;
  /** What is read, said to screen readers after the button's text (an offer's name). */
  label?: string;
  class?: string;
  segments: (lang: string) => Segment[] | Promise<Segment[]>;
}) {
  const app = useContext(AppContext);
  const voices = useVoices();
  const state = useSpeech();
  const lang = app?.lang;
  const mine = state.owner === props.owner;
  // What this owner reads belongs to its screen and language: leaving either stops it.
  useEffect(() => () => {
    if (speechState().owner === props.owner) stopSpeech(window.speechSynthesis);
  }, [lang, props.owner]);
  if (!app || !lang || !voiceFor(voices, lang)) {
    return null;
  }
  const { t } = app;
  const synth = window.speechSynthesis;
  const toggle = async () => {
    if (mine) {
      if (state.paused) resumeSpeech(synth);
      else pauseSpeech(synth);
      return;
    }
    const segments = await props.segments(lang);
    speak(props.owner, planUtterances(segments, synth.getVoices()), synth);
  };
  const named = props.label ? <span class="visually-hidden">: {props.label}</span> : null;
  return (
    <div class={`read-controls ${props.class ?? ''}`} role="group" aria-label={props.label ? `${t('actions.read')}: ${props.label}` : t('actions.read')}>
      <button type="button" class="button button--quiet" aria-pressed={mine && !state.paused} onClick={() => void toggle()}>
        <Icon name={mine && !state.paused ? 'pause' : 'speaker'} />
        <span>{t('actions.read')}</span>
        {named}
      </button>
      {mine ? (
        <button type="button" class="button button--quiet" onClick={() => stopSpeech(synth)}>
          <Icon name="close" />
          <span>{t('actions.stop')}</span>
          {named}
        </button>
      ) : null}
    </div>
  );
}

/** Reads the screen's structured content (headings, text, reasons; not buttons or navigation). */
export function ReadAloud() {
  const location = useLocation();
  const page = `page:${location.path}`;
  return (
    <ReadControls
      key={page}
      owner={page}
      segments={async (lang) => {
        const { pageSegments } = await import('../lib/read-blocks');
        const main = document.getElementById('main');
        return main ? pageSegments(main, lang) : [];
      }}
    />
  );
}
