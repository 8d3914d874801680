// Layout facts the CSS cannot know by itself: how tall the bars that stay on screen are, and whether this
// device can dial a number.
import { useEffect, useState } from 'preact/hooks';

/**
 * A phone: touch only, no hover, narrow. A kiosk is touch too but wide, and cannot dial, so it shows the
 * numbers large instead of tel: links (a tel: link on a kiosk only opens an error).
 */
export const CAN_DIAL_QUERY = '(hover: none) and (pointer: coarse) and (max-width: 44.99em)';

export function useMediaQuery(query: string): boolean {
  const [matches, setMatches] = useState(() => typeof window !== 'undefined' && window.matchMedia(query).matches);
  useEffect(() => {
    const list = window.matchMedia(query);
    const update = () => setMatches(list.matches);
    update();
    list.addEventListener('change', update);
    return () => list.removeEventListener('change', update);
  }, [query]);
  return matches;
}

/** The part of the viewport a bar covers at the top or bottom: 0 when it scrolls with the page. */
export function coveredBy(el: Element | null, edge: 'top' | 'bottom', viewportHeight: number): number {
  if (!el) return 0;
  const position = getComputedStyle(el).position;
  if (position !== 'sticky' && position !== 'fixed') return 0;
  const box = el.getBoundingClientRect();
  if (box.height === 0) return 0;
  return Math.max(0, Math.round(edge === 'top' ? box.bottom : viewportHeight - box.top));
}

/**
 * Keeps --sticky-top and --sticky-bottom on <html> equal to the height of the bars that stay on screen,
 * so scroll-padding (styles.css) keeps a focused element clear of them at every size and in every
 * language (a longer translation wraps the footer onto more lines).
 */
export function useStickyInsets(selectors: { top: readonly string[]; bottom: readonly string[] }): void {
  useEffect(() => {
    const root = document.documentElement;
    let frame = 0;
    const measure = () => {
      frame = 0;
      const h = window.innerHeight;
      // A sticky bar's box moves as the page scrolls: take its own height, the space it can cover.
      const size = (sel: string, edge: 'top' | 'bottom') => {
        const el = document.querySelector(sel);
        return coveredBy(el, edge, h) > 0 && el ? Math.round(el.getBoundingClientRect().height) : 0;
      };
      const top = Math.max(0, ...selectors.top.map((s) => size(s, 'top')));
      const bottom = Math.max(0, ...selectors.bottom.map((s) => size(s, 'bottom')));
      root.style.setProperty('--sticky-top', `${top}px`);
      root.style.setProperty('--sticky-bottom', `${bottom}px`);
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(measure);
    };
    const observer = new ResizeObserver(schedule);
    for (const sel of [...selectors.top, ...selectors.bottom]) {
      const el = document.querySelector(sel);
      if (el) observer.observe(el);
    }
    window.addEventListener('resize', schedule);
    measure();
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', schedule);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [selectors]);
}
