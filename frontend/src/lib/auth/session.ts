// A session that ends mid-task (expired at the server, or the cookie gone) must not cost the agent what
// they typed. The API client reports every 401 (SESSION_LOST_EVENT); the staff shell then offers to sign
// in again in another window, and that window tells this one over a same-origin BroadcastChannel once it
// is done. Nothing personal travels: the message is one fixed word.
export { SESSION_LOST_EVENT } from '../api/client';

const CHANNEL = 'passerelle-session';
const SIGNED_IN = 'signed-in';

/** Where the other window lands after signing in: a page that only says so and closes itself. */
export const SIGNED_IN_PATH = '/staff/signed-in';

/** Called by the signed-in page in the other window. */
export function announceSignedIn(): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage(SIGNED_IN);
  channel.close();
}

/** Calls back each time another window of this origin says it signed in; returns the unsubscribe. */
export function onSignedIn(callback: () => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent) => {
    if (event.data === SIGNED_IN) callback();
  };
  return () => channel.close();
}
