// The auth context of the staff shell, fed by GET /api/v1/me through the data layer. Tokens never reach
// the page (docs/decisions/0002-hybrid-oidc.md): the session cookie is the sign-in, so a 401 here is
// simply "not signed in".
import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import { useQuery } from '@tanstack/preact-query';
import { ApiError } from '../api/client';
import { meQuery, type Me } from './me';

export type Auth =
  | { readonly status: 'loading' }
  | { readonly status: 'signed-out' }
  | { readonly status: 'error'; readonly retry: () => void }
  | { readonly status: 'signed-in'; readonly me: Me };

const AuthContext = createContext<Auth>({ status: 'loading' });

export function AuthProvider({ children }: { children: ComponentChildren }) {
  const me = useQuery(meQuery);
  let auth: Auth;
  if (me.data) {
    auth = { status: 'signed-in', me: me.data };
  } else if (me.error instanceof ApiError && me.error.status === 401) {
    auth = { status: 'signed-out' };
  } else if (me.error) {
    auth = { status: 'error', retry: () => void me.refetch() };
  } else {
    auth = { status: 'loading' };
  }
  return <AuthContext.Provider value={auth}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  return useContext(AuthContext);
}

/** The name to show: the IdP's user name, else the subject (an API client has no user name). */
export function displayName(me: Me): string {
  const name = me.username ?? me.principal;
  return me.organization ? `${name} (${me.organization.name})` : name;
}
