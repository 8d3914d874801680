// The one API client of the SPA. Types come from openapi/openapi.yaml (npm run gen:api), never by hand.
import createClient from 'openapi-fetch';
import { withCsrf } from './csrf';
import type { components, paths } from './schema';

export type Problem = components['schemas']['Problem'];
export type Themes = components['schemas']['Themes'];

export const api = createClient<paths>({ baseUrl: '' });

// Session-cookie writes carry the CSRF header; a 401 means "sign in" (GET /login), never a redirect.
api.use({
  onRequest({ request }) {
    return withCsrf(request, document.cookie);
  },
});

/** Thrown for any non-2xx answer; carries the RFC 9457 problem when the server sent one. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem?: Problem,
  ) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
  }
}

export async function fetchThemes(acceptLanguage: string): Promise<Themes> {
  const { data, error, response } = await api.GET('/api/v1/themes', {
    params: { header: { 'Accept-Language': acceptLanguage } },
  });
  if (data === undefined) {
    throw new ApiError(response.status, error as Problem | undefined);
  }
  return data;
}
