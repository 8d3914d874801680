import { useEffect, useState } from 'preact/hooks';
import { fetchThemes, type Domain } from '../../../lib/api/client';

const cache = new Map<string, readonly Domain[]>();

/** A load; an error says whether the server could not be reached at all (no answer, not an HTTP error). */
export type Load<D> =
  | { state: 'loading' }
  | { state: 'error'; unreachable?: boolean }
  | { state: 'ready'; data: D; offline: boolean };

/** The 8 kiosk domains in the chosen language (labels come from the API, in every kiosk language). */
export function useDomains(lang: string): Load<readonly Domain[]> & { retry: () => void } {
  const [result, setResult] = useState<Load<readonly Domain[]>>(() => {
    const hit = cache.get(lang);
    return hit ? { state: 'ready', data: hit, offline: false } : { state: 'loading' };
  });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    const hit = cache.get(lang);
    if (hit) {
      setResult({ state: 'ready', data: hit, offline: false });
      return undefined;
    }
    let live = true;
    setResult({ state: 'loading' });
    fetchThemes(lang).then(
      ({ data, offline }) => {
        cache.set(lang, data.domains);
        if (live) setResult({ state: 'ready', data: data.domains, offline });
      },
      () => live && setResult({ state: 'error' }),
    );
    return () => {
      live = false;
    };
  }, [lang, attempt]);
  return { ...result, retry: () => setAttempt((a) => a + 1) };
}
