import { describe, expect, it } from 'vitest';
import { CSRF_HEADER, readCookie, withCsrf } from './csrf';

describe('CSRF header', () => {
  it('reads one cookie among several', () => {
    expect(readCookie('a=1; passerelle-csrf=tok%3Den; b=2', 'passerelle-csrf')).toBe('tok=en');
    expect(readCookie('a=1', 'passerelle-csrf')).toBeUndefined();
  });

  it('echoes the cookie on writes only', () => {
    const put = withCsrf(new Request('http://x/api/v1/services/s', { method: 'PUT' }), 'passerelle-csrf=abc');
    expect(put.headers.get(CSRF_HEADER)).toBe('abc');
    const get = withCsrf(new Request('http://x/api/v1/services'), 'passerelle-csrf=abc');
    expect(get.headers.get(CSRF_HEADER)).toBeNull();
  });

  it('sends nothing when there is no session cookie to protect', () => {
    const post = withCsrf(new Request('http://x/api/v1/memberships', { method: 'POST' }), '');
    expect(post.headers.get(CSRF_HEADER)).toBeNull();
  });
});
