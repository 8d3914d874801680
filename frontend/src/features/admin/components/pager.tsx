// Previous and next page of a list the server pages; the page number is announced when it changes.
import type { StaffT } from '../../../lib/i18n/staff';

export function Pager({ page, pages, t, go }: { page: number; pages: number; t: StaffT; go: (page: number) => void }) {
  if (pages <= 1) return null;
  return (
    <nav class="staff-pager" aria-label={t('admin.pager', { page, pages })}>
      <button type="button" class="button" disabled={page <= 1} onClick={() => go(page - 1)}>
        {t('admin.previous')}
      </button>
      <span aria-live="polite">{t('admin.page', { page, pages })}</span>
      <button type="button" class="button" disabled={page >= pages} onClick={() => go(page + 1)}>
        {t('admin.next')}
      </button>
    </nav>
  );
}
