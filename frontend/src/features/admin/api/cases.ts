// A case as a coordinator reaches it: found by reference (one per desk at most) or read by id, without the
// person (GET /cases/{id} gives a coordinator the metadata only); its access journal; its export as a file;
// its erasure, which sends back the version read (If-Match), so only the case on screen is erased.
import { queryOptions, type QueryClient } from '@tanstack/preact-query';
import { api, ApiError, unwrap, type components, type Problem } from '../../../lib/api/client';
import type { CaseKey } from '../model/cases';

export type CaseSummary = components['schemas']['CaseSummary'];
export type Case = components['schemas']['Case'];

/** The cases a key names: the one case of an id, or every desk's case with that reference. */
export const findCasesQuery = (key: CaseKey) =>
  queryOptions({
    queryKey: ['admin', 'find-cases', key] as const,
    queryFn: async ({ signal }): Promise<readonly { id: string; reference: string; deskId: string; openedAt: string }[]> => {
      if (key.kind === 'id') {
        const { data, response, error } = await api.GET('/api/v1/cases/{id}', { params: { path: { id: key.id } }, signal });
        if (response.status === 404) return [];
        if (!data) throw new ApiError(response.status, error as Problem | undefined);
        return [{ id: data.id, reference: data.reference, deskId: data.desk.id, openedAt: data.openedAt }];
      }
      const page = unwrap(await api.GET('/api/v1/cases', { params: { query: { reference: key.reference, size: 20 } }, signal })).data;
      return page.items;
    },
    staleTime: 0,
  });

export const adminCaseKey = (id: string) => ['admin', 'case', id] as const;

/** The case's metadata (never the person: no purpose=gdpr-request) and its version. */
export const adminCaseQuery = (id: string) =>
  queryOptions({
    queryKey: adminCaseKey(id),
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/cases/{id}', { params: { path: { id } }, signal })).data,
    staleTime: 0,
  });

export const JOURNAL_PAGE_SIZE = 50;

export const journalQuery = (caseId: string, page: number) =>
  queryOptions({
    queryKey: ['admin', 'journal', caseId, page] as const,
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/access-journal', { params: { query: { case: caseId, page, size: JOURNAL_PAGE_SIZE } }, signal })).data,
    staleTime: 0,
  });

/**
 * The export as a JSON file, fetched with the session; the object URL is revoked once the download has
 * started, so no copy of the person's data stays reachable in the page (nor in any storage).
 */
export async function downloadCaseExport(id: string, reference: string): Promise<void> {
  const { data, response } = await api.GET('/api/v1/cases/{id}/export', { params: { path: { id } }, parseAs: 'blob' });
  if (!data) throw new ApiError(response.status);
  const url = URL.createObjectURL(data);
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = `${reference}-export.json`;
    link.rel = 'noopener';
    document.body.append(link);
    link.click();
    link.remove();
  } finally {
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}

/** Erases the person of the case (204); 409 erased already, 412 changed since it was read. */
export async function eraseCase(queries: QueryClient, id: string, version: number): Promise<void> {
  const { response, error } = await api.DELETE('/api/v1/cases/{id}', {
    params: { path: { id }, header: { 'If-Match': `"${version}"` } },
  });
  if (!response.ok) throw new ApiError(response.status, error as Problem | undefined);
  await queries.invalidateQueries({ queryKey: adminCaseKey(id) });
  await queries.invalidateQueries({ queryKey: ['admin', 'journal', id] });
}
