// A tiny History API router: paths name the screens, the fragment carries a plan's answers (never the
// query string: the fragment never reaches a server, docs/architecture.md rule 1).
//
// The kiosk is a shared device, so a session must leave nothing in the browser's history: every screen
// change REPLACES the current entry (the whole session lives in the one entry the page was opened on),
// and "finish" / the inactivity reset replace that entry with the bare start screen. Pushed entries
// could not be taken back: one Back and a reload would reopen the previous person's plan from its `#…`.
// The in-app Back buttons name the screen they go back to, so they need no browser history at all.
import { useEffect, useState } from 'preact/hooks';

export interface Location {
  readonly path: string;
  readonly hash: string;
}

/** The parts of window.history and window.location the router uses (a fake one in unit tests). */
export interface HistoryLike {
  replaceState(data: unknown, unused: string, url?: string | URL | null): void;
}

function current(): Location {
  return { path: window.location.pathname, hash: window.location.hash.replace(/^#/, '') };
}

const listeners = new Set<() => void>();

/** The URL of a screen: its path, and the answers in the fragment when there are any. */
export function screenUrl(path: string, hash?: string): string {
  return hash ? `${path}#${hash}` : path;
}

/**
 * Shows another screen. Always replaces the current history entry, never pushes one (see above);
 * `replace` is kept for callers that say so explicitly and changes nothing.
 */
export function navigate(
  path: string,
  options: { hash?: string; replace?: boolean } = {},
  history: HistoryLike = window.history,
): void {
  history.replaceState(null, '', screenUrl(path, options.hash));
  listeners.forEach((l) => l());
}

/**
 * Ends the session in the browser's history: the session's entry becomes the start screen with no
 * fragment and no state, so neither Back nor a reload can bring an answer back.
 */
export function startOver(history: HistoryLike = window.history): void {
  navigate('/', {}, history);
}

export function useLocation(): Location {
  const [location, setLocation] = useState(current);
  useEffect(() => {
    const update = () => setLocation(current());
    listeners.add(update);
    window.addEventListener('popstate', update);
    return () => {
      listeners.delete(update);
      window.removeEventListener('popstate', update);
    };
  }, []);
  return location;
}

/** Matches "/kiosk/services/:slug" style patterns; returns the parameters or null. */
export function match(pattern: string, path: string): Record<string, string> | null {
  const want = pattern.split('/').filter(Boolean);
  const have = path.split('/').filter(Boolean);
  if (want.length !== have.length) {
    return null;
  }
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const w = want[i] ?? '';
    const h = have[i] ?? '';
    if (w.startsWith(':')) {
      params[w.slice(1)] = decodeURIComponent(h);
    } else if (w !== h) {
      return null;
    }
  }
  return params;
}
