import type { ServiceLocation } from '../../../lib/api/client';

// The one-stop-shop desk of the last plan shown, for the service page: public catalogue data, nothing
// about the person. Kept here, not in api/plan, so the service page does not pull the plan loader in.
let last: ServiceLocation | null | undefined;

export function rememberDesk(desk: ServiceLocation | null | undefined): void {
  last = desk ?? null;
}

/** The desk of the last plan shown; undefined when no plan was shown yet. */
export function lastDesk(): ServiceLocation | null | undefined {
  return last;
}
