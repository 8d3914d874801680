// Route-level code splitting without preact/compat: the module loads on first render.
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

export function lazy<P extends object>(load: () => Promise<{ default: ComponentType<P> }>, fallback: () => preact.JSX.Element) {
  let cached: ComponentType<P> | undefined;
  return function Lazy(props: P) {
    const [Component, setComponent] = useState<ComponentType<P> | undefined>(() => cached);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (cached) {
        return;
      }
      let live = true;
      load().then(
        (m) => {
          cached = m.default;
          if (live) setComponent(() => m.default);
        },
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
  };
}
