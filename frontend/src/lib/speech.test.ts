import { describe, expect, it } from 'vitest';
import {
  isSpeaking,
  languageOfRun,
  pauseSpeech,
  planUtterances,
  resumeSpeech,
  speak,
  speechState,
  stopSpeech,
  voiceFor,
  type Segment,
  type Synth,
} from './speech';

const voices = [
  { lang: 'en-US', name: 'English' },
  { lang: 'fr_FR', name: 'Français' },
  { lang: 'ar-SA', name: 'Arabic' },
  { lang: 'fa-IR', name: 'Persian', localService: true },
];

/** A speechSynthesis that records what it is asked, and can finish or fail its utterances. */
function fakeSynth() {
  const spoken: SpeechSynthesisUtterance[] = [];
  const calls: string[] = [];
  const synth: Synth = {
    speak: (u) => {
      spoken.push(u);
      calls.push(`speak:${u.lang}`);
    },
    cancel: () => calls.push('cancel'),
    pause: () => calls.push('pause'),
    resume: () => calls.push('resume'),
  };
  const make = (text: string) => ({ text, lang: '', voice: null, onend: null, onerror: null }) as unknown as SpeechSynthesisUtterance;
  const end = (u: SpeechSynthesisUtterance | undefined) => u?.onend?.call(u, {} as SpeechSynthesisEvent);
  return { synth, spoken, calls, make, end };
}

describe('read aloud voice', () => {
  it('takes a voice of the chosen language only, never another one', () => {
    expect(voiceFor(voices, 'fr')?.name).toBe('Français');
    expect(voiceFor(voices, 'ar')?.name).toBe('Arabic');
    expect(voiceFor(voices, 'fa-AF')?.name).toBe('Persian');
    expect(voiceFor(voices, 'ti')).toBeUndefined();
    expect(voiceFor([], 'en')).toBeUndefined();
  });
});

describe('read aloud utterances', () => {
  it('one utterance per block and language, each with the lang of its text and a voice of that language', () => {
    const segments: Segment[] = [
      { text: 'مناسبة لك', lang: 'ar', block: 0 },
      { text: 'Supported housing (Adoma)', lang: 'en', block: 1 },
      { text: 'Adoma', lang: languageOfRun('Adoma', 'ar'), block: 2 },
      { text: 'أين ', lang: 'ar', block: 3 },
      { text: '1 place Stanislas, 54000 Nancy', lang: languageOfRun('1 place Stanislas, 54000 Nancy', 'ar'), block: 3 },
      { text: ' في \u2068Nancy\u2069.', lang: 'ar', block: 4 },
      { text: 'ماذا ', lang: 'ar', block: 4 },
    ];
    const planned = planUtterances(segments, voices).map((u) => [u.lang, u.voice.name, u.text]);
    expect(planned).toEqual([
      ['ar', 'Arabic', 'مناسبة لك'],
      ['en', 'English', 'Supported housing (Adoma)'],
      ['fr', 'Français', 'Adoma'],
      ['ar', 'Arabic', 'أين'],
      ['fr', 'Français', '1 place Stanislas, 54000 Nancy'],
      ['ar', 'Arabic', 'في Nancy. ماذا'],
    ]);
  });

  it('skips a text whose language has no voice on the device, rather than reading it with a wrong voice', () => {
    const arabicOnly = [{ lang: 'ar', name: 'Arabic' }];
    const planned = planUtterances(
      [
        { text: 'مناسبة لك', lang: 'ar', block: 0 },
        { text: 'Supported housing', lang: 'en', block: 1 },
        { text: '   ', lang: 'ar', block: 2 },
      ],
      arabicOnly,
    );
    expect(planned.map((u) => u.text)).toEqual(['مناسبة لك']);
  });
});

describe('read aloud controller', () => {
  it('queues the utterances, pauses, goes on and stops; reading counts as activity, a pause does not', () => {
    const { synth, spoken, calls, make, end } = fakeSynth();
    const planned = planUtterances(
      [
        { text: 'Housing', lang: 'en', block: 0 },
        { text: 'Logement', lang: 'fr', block: 1 },
      ],
      voices,
    );
    speak('offer:a', planned, synth, make);
    expect(spoken.map((u) => [u.lang, u.text, (u.voice as unknown as { name: string }).name])).toEqual([
      ['en', 'Housing', 'English'],
      ['fr', 'Logement', 'Français'],
    ]);
    expect(speechState()).toEqual({ owner: 'offer:a', paused: false });
    expect(isSpeaking()).toBe(true);
    pauseSpeech(synth);
    expect(isSpeaking()).toBe(false);
    expect(speechState().paused).toBe(true);
    resumeSpeech(synth);
    expect(isSpeaking()).toBe(true);
    end(spoken[1]);
    expect(isSpeaking()).toBe(false);
    expect(speechState().owner).toBeUndefined();
    expect(calls).toEqual(['cancel', 'speak:en', 'speak:fr', 'pause', 'resume']);
  });

  it('another offer takes over; the end of a cancelled reading does not stop the new one', () => {
    const { synth, spoken, make, end } = fakeSynth();
    const one = planUtterances([{ text: 'One', lang: 'en', block: 0 }], voices);
    speak('offer:a', one, synth, make);
    speak('offer:b', one, synth, make);
    end(spoken[0]);
    expect(speechState().owner).toBe('offer:b');
    stopSpeech(synth);
    expect(isSpeaking()).toBe(false);
    speak('offer:c', [], synth, make);
    expect(isSpeaking()).toBe(false);
  });
});
