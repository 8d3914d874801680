// The frame of every staff screen: skip link, the areas this person can open, who is signed in, and
// signing out (a plain link: the server ends the session and the identity provider's, then /signed-out).
import type { ComponentChildren } from 'preact';
import { useLocation } from 'preact-iso';
import { areasFor, SIGN_OUT_URL } from '../../lib/auth/areas';
import { displayName, useAuth } from '../../lib/auth/context';
import { useStaffT, type StaffKey } from '../../lib/i18n/staff';

function skipToMain(event: MouseEvent): void {
  event.preventDefault();
  document.getElementById('main')?.focus();
}

export function StaffLayout({ children }: { children: ComponentChildren }) {
  const { t } = useStaffT();
  const auth = useAuth();
  const { path } = useLocation();
  const me = auth.status === 'signed-in' ? auth.me : undefined;
  return (
    <>
      <a class="skip-link" href="#main" onClick={skipToMain}>
        {t('staff.skip')}
      </a>
      <header class="site-header staff-header">
        <a href="/staff" class="brand">
          {t('staff.brand')}
        </a>
        {me ? (
          <nav aria-label={t('staff.nav')} class="staff-nav">
            {areasFor(me.roles).map((area) => (
              <a key={area} href={`/${area}`} aria-current={path.startsWith(`/${area}`) ? 'page' : undefined}>
                {t(`area.${area}` as StaffKey)}
              </a>
            ))}
          </nav>
        ) : null}
        {me ? (
          <div class="site-header__actions">
            <span class="staff-user">{t('staff.signedInAs', { name: displayName(me) })}</span>
            <a class="button button--quiet" href={SIGN_OUT_URL}>
              {t('staff.signOut')}
            </a>
          </div>
        ) : null}
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
