// When the session ends mid-task, the page stays as it is (every form keeps what was typed, in memory)
// and this dialog offers to sign in again in another window. Once that window says it is done, the
// dialog closes and focus goes back where it was, so the agent presses "Save" again. If someone else
// signed in over there, nothing of this page may be sent under their name: it is cleared instead.
import { useQueryClient } from '@tanstack/preact-query';
import { useEffect, useRef, useState } from 'preact/hooks';
import { signInUrl } from '../../lib/auth/areas';
import { meQuery, type Me } from '../../lib/auth/me';
import { announceSignedIn, onSignedIn, SESSION_LOST_EVENT, SIGNED_IN_PATH } from '../../lib/auth/session';
import { useStaffT } from '../../lib/i18n/staff';

type Phase = 'fine' | 'lost' | 'waiting' | 'back';

export function SessionLost({ me }: { me: Me }) {
  const { t } = useStaffT();
  const queries = useQueryClient();
  const [phase, setPhase] = useState<Phase>('fine');
  const returnTo = useRef<HTMLElement | null>(null);
  const href = signInUrl(SIGNED_IN_PATH);

  useEffect(() => {
    const lost = () =>
      setPhase((p) => {
        if (p === 'fine' || p === 'back') returnTo.current = document.activeElement as HTMLElement | null;
        return p === 'waiting' ? p : 'lost';
      });
    window.addEventListener(SESSION_LOST_EVENT, lost);
    return () => window.removeEventListener(SESSION_LOST_EVENT, lost);
  }, []);

  useEffect(
    () =>
      onSignedIn(async () => {
        const now = await queries.fetchQuery({ ...meQuery, staleTime: 0 }).catch(() => undefined);
        if (!now) return;
        if (now.principal !== me.principal) {
          // Another person signed in: what this page holds was typed under the first one's name.
          queries.clear();
          window.location.replace('/staff');
          return;
        }
        setPhase('back');
        // Lists that failed with the 401 load again; forms keep their text and wait for the agent.
        void queries.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'me' });
        window.setTimeout(() => returnTo.current?.focus(), 0);
      }),
    [queries, me.principal],
  );

  if (phase === 'back') {
    return (
      <p class="staff-session-back" role="status">
        {t('session.back')}
      </p>
    );
  }
  if (phase === 'fine') return <p class="visually-hidden" role="status" />;
  return (
    <div class="staff-lock staff-lock--warning" role="alertdialog" aria-modal="true" aria-labelledby="session-title" aria-describedby="session-body">
      <div class="staff-lock__dialog">
        <h2 id="session-title">{t('session.title')}</h2>
        <p id="session-body">{t('session.body')}</p>
        {phase === 'waiting' ? <p role="status">{t('session.waiting')}</p> : null}
        <p class="actions">
          <a
            class="button button--primary"
            href={href}
            target="_blank"
            autoFocus
            onClick={(event) => {
              // A small window of its own when the browser allows it; else the link opens a new tab.
              const opened = window.open(href, 'passerelle-sign-in', 'popup=yes,width=640,height=760');
              if (opened) event.preventDefault();
              setPhase('waiting');
            }}
          >
            {t('session.signIn')}
          </a>
        </p>
      </div>
    </div>
  );
}

/** The other window, once signed in: tells the first one, then closes itself if the browser lets it. */
export function SignedInAgainPage() {
  const { t } = useStaffT();
  useEffect(() => {
    announceSignedIn();
    const timer = window.setTimeout(() => window.close(), 300);
    return () => window.clearTimeout(timer);
  }, []);
  return (
    <main id="main" tabIndex={-1} class="staff-signed-out">
      <h1 tabIndex={-1}>{t('session.againTitle')}</h1>
      <p>{t('session.againBody')}</p>
    </main>
  );
}
