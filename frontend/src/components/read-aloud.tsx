import { useEffect, useState } from 'preact/hooks';
import { useApp } from '../lib/app-context';
import { speechAvailable, voiceFor } from '../lib/speech';
import { Icon } from './icon';

/** Reads the main content aloud; hidden when the device has no voice for the chosen language. */
export function ReadAloud() {
  const { t, lang } = useApp();
  const [voice, setVoice] = useState<SpeechSynthesisVoice | undefined>(undefined);
  const [speaking, setSpeaking] = useState(false);

  useEffect(() => {
    if (!speechAvailable()) {
      return undefined;
    }
    const synth = window.speechSynthesis;
    const update = () => setVoice(voiceFor(synth.getVoices(), lang));
    update();
    synth.addEventListener('voiceschanged', update);
    return () => {
      synth.removeEventListener('voiceschanged', update);
      synth.cancel();
      setSpeaking(false);
    };
  }, [lang]);

  if (!voice) {
    return null;
  }
  const toggle = () => {
    const synth = window.speechSynthesis;
    if (speaking) {
      synth.cancel();
      setSpeaking(false);
      return;
    }
    const text = document.getElementById('main')?.innerText ?? '';
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.onend = () => setSpeaking(false);
    utterance.onerror = () => setSpeaking(false);
    synth.cancel();
    synth.speak(utterance);
    setSpeaking(true);
  };
  return (
    <button type="button" class="button button--quiet" aria-pressed={speaking} onClick={toggle}>
      <Icon name="speaker" />
      <span>{speaking ? t('actions.stop') : t('actions.read')}</span>
    </button>
  );
}
