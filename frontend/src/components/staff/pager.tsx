// Previous and next page of a server-paged list (the desk's dashboard, the partner's inbox). The words
// come from the screen, so each says "page 2 of 5" in its own terms. A button that would lead nowhere is
// left out rather than disabled: a disabled button is a target nobody can use.
export interface PagerWords {
  /** "Page 2 of 5": the navigation's name and the live line between the buttons. */
  readonly page: (page: number, pages: number) => string;
  readonly previous: string;
  readonly next: string;
}

export function Pager({ page, pages, words, go }: { page: number; pages: number; words: PagerWords; go: (page: number) => void }) {
  if (pages <= 1) return null;
  const where = words.page(page, pages);
  return (
    <nav class="staff-pager" aria-label={where}>
      {page > 1 ? (
        <button type="button" class="button" onClick={() => go(page - 1)}>
          {words.previous}
        </button>
      ) : null}
      <span aria-live="polite">{where}</span>
      {page < pages ? (
        <button type="button" class="button" onClick={() => go(page + 1)}>
          {words.next}
        </button>
      ) : null}
    </nav>
  );
}
