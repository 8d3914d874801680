// The data layer against request handlers (MSW), as bulletproof-react tests its API layer: the real
// client, the real fetch path, only the network replaced.
import { isCancelledError } from '@tanstack/preact-query';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../api/client';
import { meQuery } from '../auth/me';
import { createQueryClient, retryDelay, shouldRetry } from './client';

const ME = { kind: 'user', principal: 'sub-1', username: 'agent.demo', roles: ['agent'], organization: null };
const server = setupServer();
let calls = 0;
const counted = (respond: () => Response) => () => {
  calls++;
  return respond();
};

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  calls = 0;
});
afterAll(() => server.close());

// No waiting between tries in tests; the policy itself (which errors retry, how often) is the real one.
const client = () => createQueryClient({ queries: { retryDelay: 0 } });

describe('the staff data layer', () => {
  it('returns who is signed in', async () => {
    server.use(http.get('*/api/v1/me', counted(() => HttpResponse.json(ME))));
    await expect(client().fetchQuery(meQuery)).resolves.toMatchObject({ username: 'agent.demo', roles: ['agent'] });
  });

  it('turns a 401 into an ApiError at once, without retrying', async () => {
    server.use(
      http.get('*/api/v1/me', counted(() => HttpResponse.json({ type: 'about:blank', title: 'Unauthorized', status: 401 }, { status: 401 }))),
    );
    const error = await client().fetchQuery({ ...meQuery, retry: shouldRetry }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(401);
    expect(calls).toBe(1);
  });

  it('retries a 503 and succeeds on the next try', async () => {
    let first = true;
    server.use(
      http.get(
        '*/api/v1/me',
        counted(() => {
          if (first) {
            first = false;
            return HttpResponse.json({ type: 'about:blank', title: 'Unavailable', status: 503 }, { status: 503 });
          }
          return HttpResponse.json(ME);
        }),
      ),
    );
    await expect(client().fetchQuery({ ...meQuery, retry: shouldRetry })).resolves.toMatchObject({ username: 'agent.demo' });
    expect(calls).toBe(2);
  });

  it('gives up after two retries of a failing server', async () => {
    server.use(http.get('*/api/v1/me', counted(() => new HttpResponse(null, { status: 500 }))));
    await expect(client().fetchQuery({ ...meQuery, retry: shouldRetry })).rejects.toBeInstanceOf(ApiError);
    expect(calls).toBe(3);
  });

  it('answers from its cache while the data is fresh', async () => {
    server.use(http.get('*/api/v1/themes', counted(() => HttpResponse.json({ domains: [] }))));
    const queries = client();
    const options = { queryKey: ['themes'], queryFn: () => fetch('http://localhost/api/v1/themes').then((r) => r.json()) };
    await queries.fetchQuery(options);
    await queries.fetchQuery(options);
    expect(calls).toBe(1);
  });

  it('cancels the request itself when the query is cancelled', async () => {
    let aborted: Promise<boolean> | undefined;
    server.use(
      http.get('*/api/v1/me', ({ request }) => {
        aborted = new Promise((resolve) => request.signal.addEventListener('abort', () => resolve(true)));
        return new Promise<Response>(() => undefined); // never answers
      }),
    );
    const queries = client();
    const pending = queries.fetchQuery(meQuery).catch((e: unknown) => e);
    await waitUntil(() => aborted !== undefined);
    await queries.cancelQueries({ queryKey: meQuery.queryKey });
    await expect(aborted).resolves.toBe(true);
    expect(isCancelledError(await pending)).toBe(true);
  });
});

describe('the retry policy', () => {
  it('retries what may pass later, never a client error', () => {
    expect(shouldRetry(0, new ApiError(503))).toBe(true);
    expect(shouldRetry(0, new ApiError(429))).toBe(true);
    expect(shouldRetry(0, new ApiError(408))).toBe(true);
    expect(shouldRetry(0, new TypeError('Failed to fetch'))).toBe(true);
    expect(shouldRetry(0, new ApiError(400))).toBe(false);
    expect(shouldRetry(0, new ApiError(403))).toBe(false);
    expect(shouldRetry(0, new ApiError(404))).toBe(false);
    expect(shouldRetry(2, new ApiError(503))).toBe(false);
  });

  it('waits longer each time, at most 8 s', () => {
    expect([0, 1, 2, 3, 10].map(retryDelay)).toEqual([1000, 2000, 4000, 8000, 8000]);
  });
});

async function waitUntil(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !condition(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(condition()).toBe(true);
}
