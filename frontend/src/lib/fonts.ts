// The first screen shows each language by its native name, in four scripts. The Arabic and Ethiopic
// faces are fetched on demand (unicode-range), so the names could paint before their face arrived: empty
// boxes for Tigrinya on most systems. The language screen waits for both faces (at most a few seconds).
import { LANGUAGES } from './i18n/languages';

const NATIVE_TEXT = LANGUAGES.map((l) => l.native).join('');
/** The faces the native names need, at the weight of the language tiles (600 is served by the 700 face). */
const FACES = ['600 16px "Noto Sans Arabic"', '600 16px "Noto Sans Ethiopic"'];

let ready = typeof document === 'undefined' || !('fonts' in document);
let pending: Promise<void> | undefined;

export function nativeFontsReady(): boolean {
  return ready;
}

/** Resolves when the faces are loaded, or after timeoutMs (then the names show in whatever is there). */
export function loadNativeFonts(timeoutMs = 3000): Promise<void> {
  if (ready) return Promise.resolve();
  pending ??= Promise.race([
    Promise.all(FACES.map((face) => document.fonts.load(face, NATIVE_TEXT))).then(() => undefined),
    new Promise<void>((resolve) => window.setTimeout(resolve, timeoutMs)),
  ])
    .catch(() => undefined)
    .then(() => {
      ready = true;
    });
  return pending;
}
