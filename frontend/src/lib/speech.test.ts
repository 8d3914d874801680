import { describe, expect, it } from 'vitest';
import { voiceFor } from './speech';

const voices = [
  { lang: 'en-US', name: 'English' },
  { lang: 'fr_FR', name: 'Français' },
  { lang: 'ar-SA', name: 'Arabic' },
  { lang: 'fa-IR', name: 'Persian', localService: true },
];

describe('read aloud voice', () => {
  it('takes a voice of the chosen language only, never another one', () => {
    expect(voiceFor(voices, 'fr')?.name).toBe('Français');
    expect(voiceFor(voices, 'ar')?.name).toBe('Arabic');
    expect(voiceFor(voices, 'fa-AF')?.name).toBe('Persian');
    expect(voiceFor(voices, 'ti')).toBeUndefined();
    expect(voiceFor([], 'en')).toBeUndefined();
  });
});
