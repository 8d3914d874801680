// CSRF for writes made with the session cookie (docs/decisions/0002-hybrid-oidc.md): /login sets the readable
// passerelle-csrf cookie, and every unsafe request echoes it in the X-CSRF-Token header.
export const CSRF_COOKIE = 'passerelle-csrf';
export const CSRF_HEADER = 'X-CSRF-Token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function readCookie(cookies: string, name: string): string | undefined {
  for (const part of cookies.split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) {
      return decodeURIComponent(value.join('='));
    }
  }
  return undefined;
}

/** Adds the CSRF header to an unsafe request when the cookie is there; safe requests are left alone. */
export function withCsrf(request: Request, cookies: string): Request {
  if (SAFE_METHODS.has(request.method.toUpperCase())) {
    return request;
  }
  const token = readCookie(cookies, CSRF_COOKIE);
  if (token !== undefined) {
    request.headers.set(CSRF_HEADER, token);
  }
  return request;
}
