// Read aloud with a fake speechSynthesis (headless Chromium has no voices): per-offer controls, one
// utterance per block with its own language, pause and stop, and axe on the controls.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { axe, launch } from './support.mjs';

const fakeSpeech = () => {
  const voices = [
    { lang: 'ar-SA', name: 'Arabic', localService: true, default: false, voiceURI: 'ar' },
    { lang: 'en-GB', name: 'English', localService: true, default: false, voiceURI: 'en' },
    { lang: 'fr-FR', name: 'French', localService: true, default: true, voiceURI: 'fr' },
  ];
  const spoken = [];
  window.__spoken = spoken;
  class Utterance {
    constructor(text) {
      this.text = text;
    }
  }
  const synth = new EventTarget();
  Object.assign(synth, {
    getVoices: () => voices,
    speak: (u) => spoken.push({ text: u.text, lang: u.lang, voice: u.voice?.name }),
    cancel: () => {},
    pause: () => {},
    resume: () => {},
  });
  Object.defineProperty(window, 'speechSynthesis', { value: synth });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance });
};

describe('read aloud', () => {
  let browser;
  before(async () => {
    browser = await launch({ init: fakeSpeech });
  });
  after(async () => browser.close());

  it('reads one offer block by block, each in its own language, with play, pause and stop', async () => {
    const { page } = browser;
    await page.goto('/kiosk/plan#l=ar&n=rights&c=Nancy');
    const first = page.locator('.offer').first();
    await first.waitFor();
    const toggle = first.locator('.read-offer button[aria-pressed]');
    assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
    await toggle.click();
    await page.waitForFunction(() => window.__spoken.length > 3);
    assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
    const spoken = await page.evaluate(() => window.__spoken);
    assert.ok(spoken.every((u) => u.voice && u.lang && u.voice.toLowerCase().startsWith({ ar: 'arabic', en: 'english', fr: 'french' }[u.lang])));
    assert.ok(spoken.some((u) => u.lang === 'ar') && spoken.some((u) => u.lang !== 'ar'), 'names in their own language');
    assert.ok(!spoken.some((u) => /Read aloud|اقرأ|En savoir plus/.test(u.text)), 'no button text read');
    await axe(page, 'ar-plan-reading');
    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-pressed'), 'false', 'paused');
    await first.locator('.read-offer button:not([aria-pressed])').click();
    assert.equal(await first.locator('.read-offer button').count(), 1, 'stopped');
  });
});
