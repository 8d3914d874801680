import { useEffect } from 'preact/hooks';

/** Sets the document title to the screen's heading, so each screen has its own title. */
export function useTitle(heading: string, appName = 'Passerelle'): void {
  useEffect(() => {
    document.title = heading === appName ? appName : `${heading} · ${appName}`;
  }, [heading, appName]);
}
