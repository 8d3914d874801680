// What "read aloud" reads on a screen: its structured content only (headings, paragraphs, list items,
// answers), never buttons, links, navigation, forms or hidden text; each text node in the language of
// its nearest lang attribute. Loaded only when the person presses "read aloud".
import { languageOfRun, type Segment } from './speech';

const BLOCKS = 'h1, h2, h3, h4, p, li, dt, dd, summary';
const SKIP =
  'button, a, nav, form, svg, [aria-hidden="true"], [hidden], [data-no-read], .actions, .read-offer, .idle-backdrop, .qr-panel';

/** The segments of root's readable blocks, in document order. */
export function pageSegments(root: Element, fallbackLang: string): Segment[] {
  const segments: Segment[] = [];
  const blocks = [...root.querySelectorAll(BLOCKS)].filter(
    (el) => el.closest(SKIP) === null && el.querySelector(BLOCKS) === null && !hiddenInClosedDetails(el),
  );
  blocks.forEach((block, index) => {
    const walker = block.ownerDocument.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = node.textContent ?? '';
      if (!parent || parent.closest(SKIP) !== null || text.trim() === '') continue;
      const around = parent.closest('[lang]')?.getAttribute('lang') || fallbackLang;
      segments.push({ text, lang: languageOfRun(text, around), block: index });
    }
  });
  return segments;
}

function hiddenInClosedDetails(el: Element): boolean {
  const details = el.closest('details');
  return details !== null && !details.open && el.closest('summary') === null;
}
