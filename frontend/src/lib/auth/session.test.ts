// The session-lost signal and the sign-in message between windows, with Node's own BroadcastChannel and
// an API client answering 401 through MSW.
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { api } from '../api/client';
import { announceSignedIn, onSignedIn, SESSION_LOST_EVENT } from './session';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('a session that ends mid-task', () => {
  it('is announced on every 401, and on nothing else', async () => {
    const events: string[] = [];
    const target = new EventTarget();
    target.addEventListener(SESSION_LOST_EVENT, (e) => events.push(e.type));
    const previous = (globalThis as { window?: unknown }).window;
    (globalThis as { window?: unknown }).window = target;
    try {
      server.use(
        http.post('*/api/v1/cases/:id/notes', () => HttpResponse.json({ status: 401, title: 'Unauthorized' }, { status: 401 })),
        http.get('*/api/v1/referral-codes', () => HttpResponse.json({ declineReasons: [], outcomes: [], cancelReasons: [] })),
      );
      await api.GET('/api/v1/referral-codes');
      expect(events).toEqual([]);
      await api.POST('/api/v1/cases/{id}/notes', { params: { path: { id: 'c1' } }, body: { body: 'kept' } });
      expect(events).toEqual([SESSION_LOST_EVENT]);
    } finally {
      (globalThis as { window?: unknown }).window = previous;
    }
  });

  it('hears from the other window once it has signed in, and stops listening when asked', async () => {
    let heard = 0;
    const stop = onSignedIn(() => heard++);
    announceSignedIn();
    await expect.poll(() => heard).toBe(1);
    stop();
    announceSignedIn();
    await new Promise((r) => setTimeout(r, 50));
    expect(heard).toBe(1);
  });
});
