// The staff pages outside any area: signed out, and an address that does not exist.
import { signInUrl } from '../../lib/auth/areas';
import { useStaffT } from '../../lib/i18n/staff';
import { useTitle } from '../../lib/use-title';

export function SignedOutPage() {
  const { t } = useStaffT();
  useTitle(t('signedOut.title'));
  return (
    <main id="main" tabIndex={-1} class="staff-signed-out">
      <h1 tabIndex={-1}>{t('signedOut.title')}</h1>
      <p>{t('signedOut.body')}</p>
      <p class="actions">
        <a class="button button--primary" href={signInUrl('/staff')}>
          {t('signedOut.again')}
        </a>
        <a class="button button--quiet" href="/">
          {t('signedOut.kiosk')}
        </a>
      </p>
    </main>
  );
}

export function NotFoundPage() {
  const { t } = useStaffT();
  useTitle(t('notFound.title'));
  return (
    <>
      <h1 tabIndex={-1}>{t('notFound.title')}</h1>
      <p>
        <a href="/staff">{t('staff.brand')}</a>
      </p>
    </>
  );
}
