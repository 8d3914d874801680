// What a staff screen shows while its data loads or when it could not: the same words everywhere.
import { useStaffT } from '../../lib/i18n/staff';

export function StaffLoading() {
  const { t } = useStaffT();
  return (
    <p class="loading" role="status">
      <span class="spinner" aria-hidden="true" />
      {t('staff.loading')}
    </p>
  );
}

export function StaffError({ retry }: { retry?: () => void }) {
  const { t } = useStaffT();
  return (
    <div class="notice notice--error" role="alert">
      <p>
        <strong>{t('staff.error.title')}</strong>
      </p>
      <p>{t('staff.error.body')}</p>
      {retry ? (
        <button type="button" class="button" onClick={retry}>
          {t('staff.retry')}
        </button>
      ) : null}
    </div>
  );
}
