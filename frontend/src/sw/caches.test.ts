import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOGUE_CACHE, catalogueCacheFor, isPrecache, isStale, NOT_SCREENS, RUNTIME_CACHES, SESSION_CACHES, SESSION_SERVICES_CACHE } from './caches';

describe('service worker caches', () => {
  it('keeps the public catalogue reads the kiosk needs', () => {
    expect(catalogueCacheFor('GET', '/api/v1/themes')).toBe(CATALOGUE_CACHE);
    expect(catalogueCacheFor('GET', '/api/v1/services/young-housing')).toBe(SESSION_SERVICES_CACHE);
  });

  it('never keeps a personal answer: no plan, no lookup of its services, no POST, no typed search', () => {
    expect(catalogueCacheFor('POST', '/api/v1/triage')).toBeUndefined();
    expect(catalogueCacheFor('GET', '/api/v1/triage')).toBeUndefined();
    expect(catalogueCacheFor('POST', '/api/v1/services/lookup')).toBeUndefined();
    expect(catalogueCacheFor('GET', '/api/v1/services/lookup')).toBeUndefined();
    expect(catalogueCacheFor('POST', '/api/v1/themes')).toBeUndefined();
    expect(catalogueCacheFor('GET', '/api/v1/services')).toBeUndefined();
    expect(catalogueCacheFor('GET', '/api/v1/me')).toBeUndefined();
  });

  it('leaves a signed link\'s page and the server\'s own paths to the network, and serves the SPA for its screens', () => {
    const leftAlone = (path: string) => NOT_SCREENS.some((pattern) => pattern.test(path));
    for (const path of ['/r/AQHx3b2c.k3J9mQ2x', '/r/', '/r', '/api/v1/referral-links/AQHx3b2c.k3J9mQ2x', '/q/health', '/login', '/logout']) {
      expect(leftAlone(path), path).toBe(true);
    }
    for (const path of ['/', '/kiosk/plan', '/desk/cases/1', '/partner', '/rules', '/signed-out']) expect(leftAlone(path), path).toBe(false);
    expect(catalogueCacheFor('GET', '/api/v1/referral-links/AQHx3b2c.k3J9mQ2x')).toBeUndefined();
    expect(catalogueCacheFor('GET', '/api/v1/referral-codes')).toBeUndefined();
  });

  it('forgets the services a person opened on "finish", and every cache an older worker left', () => {
    expect(SESSION_CACHES).toEqual([SESSION_SERVICES_CACHE]);
    expect(isStale('passerelle-plan-v1')).toBe(true);
    expect(isStale('passerelle-shell-v3')).toBe(true);
    expect(isStale('passerelle-api-v3')).toBe(true);
    expect(RUNTIME_CACHES.some(isStale)).toBe(false);
    expect(isPrecache('passerelle-precache-v2')).toBe(true);
    expect(isStale('passerelle-precache-v2')).toBe(false);
  });

  it('is the only place a cache is named: the worker and the page import it', () => {
    const worker = readFileSync(new URL('./sw.ts', import.meta.url), 'utf8');
    const page = readFileSync(new URL('../lib/offline-cache.ts', import.meta.url), 'utf8');
    for (const source of [worker, page]) {
      expect(source).toContain("from '");
      expect(source).not.toMatch(/['`]passerelle-/);
    }
  });
});
