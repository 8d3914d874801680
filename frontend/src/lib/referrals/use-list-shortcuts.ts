// The list screens' keyboard shortcuts (the desk's dashboard, the partner's inbox): "/" to the filters,
// j and k along the rows' links, Enter opening the focused link as any link does. Never while typing.
import { useEffect } from 'preact/hooks';
import { nextRow, shortcutOf } from './list';

/**
 * Listens on the document while the screen is shown. `filterId` is the first filter's id; the rows are
 * the links marked `data-row` inside `list` (looked up on each key, as the page changes under them).
 */
export function useListShortcuts(filterId: string, list: { readonly current: HTMLElement | null }): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const shortcut = shortcutOf(event);
      if (!shortcut) return;
      event.preventDefault();
      if (shortcut === 'filter') {
        document.getElementById(filterId)?.focus();
        return;
      }
      const links = [...(list.current?.querySelectorAll<HTMLAnchorElement>('a[data-row]') ?? [])];
      const at = links.indexOf(document.activeElement as HTMLAnchorElement);
      links[nextRow(shortcut, at, links.length)]?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [filterId, list]);
}
