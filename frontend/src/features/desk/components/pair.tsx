// The agent's words and the visitor's side by side: the visitor's part says its language and direction, so
// a screen reader switches voice and an Arabic, Dari or Pashto text runs right to left inside a French line.
import type { ComponentChildren } from 'preact';
import { dirOf, isLang, LANGUAGES, nativeName, toLang, type Lang } from '../../../lib/i18n/languages';

/** A text in a language: what the visitor reads. */
export interface Said {
  readonly text: string;
  readonly lang: string;
}

export function dirFor(lang: string): 'ltr' | 'rtl' {
  const kiosk = toLang(lang);
  return kiosk ? dirOf(kiosk) : 'ltr';
}

export function VisitorText({ said, class: className }: { said: Said; class?: string }) {
  return (
    <span class={`visit-visitor ${className ?? ''}`.trim()} lang={said.lang} dir={dirFor(said.lang)}>
      {said.text}
    </span>
  );
}

/** One label in the agent's language, with the visitor's beside it (none when they read the agent's language). */
export function Pair({ agent, visitor }: { agent: ComponentChildren; visitor?: Said | undefined }) {
  return (
    <span class="visit-pair">
      <span class="visit-pair__agent">{agent}</span>
      {visitor ? <VisitorText said={visitor} class="visit-pair__visitor" /> : null}
    </span>
  );
}

/** A kiosk language as the agent reads it, with its own name in itself: "Arabic — العربية". */
export function languageLabel(code: string, agentLang: string): { agent: string; native: Said | undefined } {
  let agent: string;
  try {
    agent = new Intl.DisplayNames([agentLang], { type: 'language' }).of(code) ?? code;
  } catch {
    agent = code;
  }
  const lang: Lang | undefined = isLang(code) ? code : undefined;
  const native = lang ? nativeName(lang) : undefined;
  return { agent, native: native && native.toLowerCase() !== agent.toLowerCase() ? { text: native, lang: code } : undefined };
}

export function LanguageName({ code, agentLang }: { code: string; agentLang: string }) {
  const { agent, native } = languageLabel(code, agentLang);
  // One element: inside a .checkbox label (a grid), each child would take a cell of its own.
  return (
    <span>
      {agent.charAt(0).toLocaleUpperCase(agentLang) + agent.slice(1)}
      {native ? (
        <>
          {' — '}
          <VisitorText said={native} />
        </>
      ) : null}
    </span>
  );
}

export const KIOSK_LANGS: readonly Lang[] = LANGUAGES.map((l) => l.code);
