// Town suggestions for the town question: a POST, so what the person types is never in a URL (URLs end
// up in logs; docs/architecture.md §8). Loaded with the question screens only (kiosk JS budget).
import { api, unwrap } from '../../../lib/api/client';
import type { Commune } from '../model/town';

export async function suggestPlaces(q: string, signal?: AbortSignal, limit = 8): Promise<readonly Commune[]> {
  const result = unwrap(await api.POST('/api/v1/places/suggest', { body: { q, limit }, ...(signal ? { signal } : {}) }));
  return result.data.items;
}
