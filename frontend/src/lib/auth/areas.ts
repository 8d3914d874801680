// Which staff area each role opens (docs/architecture.md, the auth model): least privilege, so a
// partner never reaches the desk's screens, where a person's status may be shown.
export type Area = 'desk' | 'partner' | 'admin';

export const AREAS: readonly Area[] = ['desk', 'partner', 'admin'];

/** The role each area needs; roles come from the token (GET /api/v1/me). */
const ROLE_OF: Readonly<Record<Area, string>> = { desk: 'agent', partner: 'partner', admin: 'coordinator' };

export function roleFor(area: Area): string {
  return ROLE_OF[area];
}

export function canOpen(roles: readonly string[], area: Area): boolean {
  return roles.includes(ROLE_OF[area]);
}

/** The areas a person can open, in the order of the navigation. */
export function areasFor(roles: readonly string[]): Area[] {
  return AREAS.filter((a) => canOpen(roles, a));
}

/** The sign-in address that brings the person back here (the server accepts same-origin paths only). */
export function signInUrl(returnPath: string): string {
  return `/login?return=${encodeURIComponent(returnPath)}`;
}

/** Signing out ends the server session and the one at the identity provider, then shows /signed-out. */
export const SIGN_OUT_URL = '/logout';
