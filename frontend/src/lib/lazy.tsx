// Route-level code splitting without preact/compat: the module loads on first render, or earlier when
// preloaded (the app preloads a route while it fetches that screen's messages, so neither waits on the other).
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

export function lazy<P extends object>(load: () => Promise<{ default: ComponentType<P> }>, fallback: () => preact.JSX.Element) {
  let cached: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  const start = () =>
    (pending ??= load().then(
      (m) => (cached = m.default),
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    ));
  function Lazy(props: P) {
    const [Component, setComponent] = useState<ComponentType<P> | undefined>(() => cached);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      // Not `cached`: a preload may have set it between the first render and this effect.
      if (Component) {
        return;
      }
      let live = true;
      start().then(
        (c) => live && setComponent(() => c),
        () => live && setFailed(true),
      );
      return () => {
        live = false;
      };
    }, []);
    if (failed) {
      throw new Error('chunk failed to load');
    }
    return Component ? <Component {...props} /> : fallback();
  }
  /** Starts loading the module now (a failure is reported when the route renders). */
  Lazy.preload = () => void start().catch(() => undefined);
  return Lazy;
}
