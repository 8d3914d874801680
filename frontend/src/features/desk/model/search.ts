// The desk's catalogue search: what the form accepts, checked by a schema (valibot) before any request.
import * as v from 'valibot';
import type { StaffT } from '../../../lib/i18n/staff';

export interface SearchValues {
  q: string;
  domain: string;
  city: string;
}

export const EMPTY_SEARCH: SearchValues = { q: '', domain: '', city: '' };
/** The server's limits (ServiceSearchParams): the form says so before the server has to. */
export const Q_MAX = 200;
export const CITY_MAX = 80;

export function searchSchema(t: StaffT) {
  return v.pipe(
    v.object({
      q: v.pipe(v.string(), v.trim(), v.maxLength(Q_MAX, t('desk.tooLong', { max: Q_MAX }))),
      domain: v.string(),
      city: v.pipe(v.string(), v.trim(), v.maxLength(CITY_MAX, t('desk.tooLong', { max: CITY_MAX }))),
    }),
    // A search with neither words nor a domain would list the whole catalogue: ask for one.
    v.forward(
      v.check((input) => input.q.trim() !== '' || input.domain !== '', t('desk.need')),
      ['q'],
    ),
  );
}

/** The query of GET /api/v1/services for a valid search: empty inputs are left out, never sent as "". */
export function toQuery(values: SearchValues, lang: string): { q?: string; domain?: string; city?: string; lang: string } {
  const q = values.q.trim();
  const city = values.city.trim();
  return { lang, ...(q ? { q } : {}), ...(values.domain ? { domain: values.domain } : {}), ...(city ? { city } : {}) };
}

/** The server names a query parameter; the form's field has the same name, or there is none. */
export function formFieldOf(serverField: string): keyof SearchValues | undefined {
  const name = serverField.replace(/^(query\.|\$\.)/, '');
  return name === 'q' || name === 'domain' || name === 'city' ? name : undefined;
}
