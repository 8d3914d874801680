// The one data layer of the staff screens: TanStack Query (docs/decisions/0011-staff-shell.md). It owns
// caching, de-duplication, retry and cancellation, so a screen only says what it needs.
import { QueryClient, type QueryClientConfig } from '@tanstack/preact-query';
import { ApiError } from '../api/client';

/** Tries after the first one for an answer that may succeed later. */
export const MAX_RETRIES = 2;

/**
 * Retry a network failure, a 5xx, 408 or 429, at most twice; never another 4xx: asking again for a
 * forbidden or missing record only delays the message the person needs to read.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= MAX_RETRIES) {
    return false;
  }
  if (error instanceof ApiError) {
    return error.status >= 500 || error.status === 408 || error.status === 429;
  }
  return !(error instanceof DOMException && error.name === 'AbortError');
}

/** 1 s, then 2 s, at most 8 s. */
export function retryDelay(attempt: number): number {
  return Math.min(1000 * 2 ** attempt, 8000);
}

/**
 * Staff data is kept 30 s before a screen asks again, and forgotten 5 minutes after no screen shows
 * it. Writes never retry on their own: the person decides (an Idempotency-Key makes a retry safe).
 */
export function createQueryClient(overrides: QueryClientConfig['defaultOptions'] = {}): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        gcTime: 5 * 60_000,
        retry: shouldRetry,
        retryDelay,
        refetchOnWindowFocus: false,
        ...overrides.queries,
      },
      mutations: { retry: false, ...overrides.mutations },
    },
  });
}
