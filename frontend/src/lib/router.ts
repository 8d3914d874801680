// A tiny History API router: paths name the screens, the fragment carries a plan's answers (never the
// query string: the fragment never reaches a server, design.md rule 1).
import { useEffect, useState } from 'preact/hooks';

export interface Location {
  readonly path: string;
  readonly hash: string;
}

function current(): Location {
  return { path: window.location.pathname, hash: window.location.hash.replace(/^#/, '') };
}

const listeners = new Set<() => void>();

export function navigate(path: string, options: { hash?: string; replace?: boolean } = {}): void {
  const url = options.hash ? `${path}#${options.hash}` : path;
  if (options.replace) {
    window.history.replaceState(null, '', url);
  } else {
    window.history.pushState(null, '', url);
  }
  listeners.forEach((l) => l());
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
