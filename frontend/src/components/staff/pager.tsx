// Previous and next page of a server-paged list (the desk's dashboard, the partner's inbox). The words
// come from the screen, so each says "page 2 of 5" in its own terms.
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
      <button type="button" class="button" disabled={page <= 1} onClick={() => go(page - 1)}>
        {words.previous}
      </button>
      <span aria-live="polite">{where}</span>
      <button type="button" class="button" disabled={page >= pages} onClick={() => go(page + 1)}>
        {words.next}
      </button>
    </nav>
  );
}
