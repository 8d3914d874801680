// The page's ends: why a link shows no referral (not valid, used, expired, withdrawn, too many attempts, no
// connection), and what was done once it was used. Each says in plain words what happened and what is left
// to do; only the ones that may work a moment later offer to try again.
import type { LinkKey, LinkT } from '../../../lib/i18n/link';
import type { Blocked, ReferralLink, Verb } from '../model/link-flow';
import { SharedPerson } from './referral-summary';
import { STEP_HEADING } from './verb-forms';

const BLOCKED: Readonly<Record<Blocked['kind'], readonly [LinkKey, LinkKey]>> = {
  invalid: ['link.invalid.title', 'link.invalid.body'],
  used: ['link.used.title', 'link.used.body'],
  expired: ['link.expired.title', 'link.expired.body'],
  revoked: ['link.revoked.title', 'link.revoked.body'],
  busy: ['link.busy.title', 'link.busy.body'],
  failed: ['link.failed.title', 'link.failed.body'],
};

export function blockedTitle(blocked: Blocked, t: LinkT): string {
  return t(BLOCKED[blocked.kind][0]);
}

export function BlockedView({ blocked, t, retry }: { blocked: Blocked; t: LinkT; retry?: (() => void) | undefined }) {
  const [title, body] = BLOCKED[blocked.kind];
  const again = blocked.kind === 'busy' || blocked.kind === 'failed';
  return (
    <div class={`link-blocked link-blocked--${blocked.kind}`}>
      <h1 tabIndex={-1}>{t(title)}</h1>
      <p class="lead">{t(body)}</p>
      {again && retry ? (
        <p class="actions">
          <button type="button" class="button button--primary" onClick={retry}>
            {t('link.retry')}
          </button>
        </p>
      ) : null}
    </div>
  );
}

const DONE: Readonly<Record<Verb, readonly [LinkKey, LinkKey]>> = {
  accept: ['link.done.accept', 'link.done.acceptBody'],
  decline: ['link.done.decline', 'link.done.declineBody'],
  complete: ['link.done.complete', 'link.done.completeBody'],
  'no-show': ['link.done.no-show', 'link.done.no-showBody'],
};

/** Done: what happened and what comes next; after an acceptance, the person's shared fields at last. */
export function DoneView({ verb, link, t }: { verb: Verb; link: ReferralLink; t: LinkT }) {
  const [title, body] = DONE[verb];
  return (
    <>
      <section aria-labelledby={STEP_HEADING} class="notice notice--kind link-done">
        <h2 id={STEP_HEADING} tabIndex={-1}>
          {t(title)}
        </h2>
        <p>{t(body)}</p>
        <p>{t('link.done.close')}</p>
      </section>
      {verb === 'accept' ? <SharedPerson link={link} t={t} /> : null}
    </>
  );
}
