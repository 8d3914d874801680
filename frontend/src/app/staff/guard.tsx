// The guard in front of every staff area: wait for "who am I", send a visitor who is not signed in to
// the sign-in (and back here after), and tell a person whose role does not open this area so, plainly.
import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { areasFor, canOpen, roleFor, signInUrl, type Area } from '../../lib/auth/areas';
import { displayName, useAuth } from '../../lib/auth/context';
import { useStaffT, type StaffKey } from '../../lib/i18n/staff';
import { useTitle } from '../../lib/use-title';
import { StaffError, StaffLoading } from '../../components/staff/status';

/** Where the browser goes to sign in; a test replaces it to see the redirect without leaving the page. */
export type Redirect = (url: string) => void;
const leave: Redirect = (url) => window.location.replace(url);

export function RequireArea({ area, children, redirect = leave }: { area: Area; children: ComponentChildren; redirect?: Redirect }) {
  const auth = useAuth();
  const { url } = useLocation();
  const target = signInUrl(url);
  useEffect(() => {
    if (auth.status === 'signed-out') redirect(target);
  }, [auth.status, target, redirect]);
  switch (auth.status) {
    case 'loading':
      return <StaffLoading />;
    case 'error':
      return <StaffError retry={auth.retry} />;
    case 'signed-out':
      return <SigningIn href={target} />;
    case 'signed-in':
      return canOpen(auth.me.roles, area) ? <>{children}</> : <NotForRole area={area} />;
  }
}

function SigningIn({ href }: { href: string }) {
  const { t } = useStaffT();
  return (
    <p role="status">
      {t('staff.redirecting')} <a href={href}>{t('staff.signIn')}</a>
    </p>
  );
}

export function NotForRole({ area }: { area: Area }) {
  const { t } = useStaffT();
  const auth = useAuth();
  useTitle(t('forbidden.title'));
  if (auth.status !== 'signed-in') return null;
  const open = areasFor(auth.me.roles);
  return (
    <section class="notice notice--warning" aria-labelledby="forbidden-title">
      <h1 id="forbidden-title" tabIndex={-1}>
        {t('forbidden.title')}
      </h1>
      <p>
        {t('forbidden.body', {
          area: t(`area.${area}` as StaffKey),
          role: t(`role.${roleFor(area)}` as StaffKey),
          name: displayName(auth.me),
        })}
      </p>
      {open.length === 0 ? (
        <p>{t('forbidden.none')}</p>
      ) : (
        <>
          <p>{t('forbidden.goTo')}</p>
          <ul>
            {open.map((a) => (
              <li key={a}>
                <a href={`/${a}`}>{t(`area.${a}` as StaffKey)}</a>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
