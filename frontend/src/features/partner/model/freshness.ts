// How old a service's information is (rule 5: every figure carries its date and source). The import does not make
// a record newer than its source, so a record nobody has changed in Passerelle is as old as its source document;
// once its organisation (or the city) has written it, it is as old as that last edit. Older than six months, the
// page nudges the partner to check it; a record whose age nobody knows is nudged too.
import type { MaintainedService } from './service';

export const NUDGE_MONTHS = 6;

export interface Freshness {
  /** What the age is counted from. */
  readonly basis: 'edited' | 'source' | 'unknown';
  /** An instant (edited) or a day (source); undefined when unknown. */
  readonly since: string | undefined;
  readonly nudge: boolean;
}

export function freshness(record: Pick<MaintainedService, 'version' | 'updatedAt' | 'source'>, now: Date): Freshness {
  const edited = record.version > 0 || !record.source.file;
  const since = edited ? record.updatedAt : (record.source.date ?? undefined);
  const basis = edited ? 'edited' : since ? 'source' : 'unknown';
  if (!since) return { basis, since: undefined, nudge: true };
  const limit = new Date(now.getTime());
  limit.setUTCMonth(limit.getUTCMonth() - NUDGE_MONTHS);
  const at = new Date(since.length === 10 ? `${since}T00:00:00Z` : since);
  return { basis, since, nudge: Number.isNaN(at.getTime()) || at < limit };
}
