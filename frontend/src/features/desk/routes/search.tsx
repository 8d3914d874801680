// The desk's catalogue search (/desk/search): find an offer for the person at the desk.
import type { UseQueryResult } from '@tanstack/preact-query';
import { ApiError, type components } from '../../../lib/api/client';
import { useStaffT } from '../../../lib/i18n/staff';
import { useTitle } from '../../../lib/use-title';
import { StaffError, StaffLoading } from '../../../components/staff/status';
import { CatalogueSearchForm, useCatalogueSearch } from '../components/catalogue-search';

export default function DeskSearch() {
  const { t } = useStaffT();
  useTitle(t('desk.search'));
  const search = useCatalogueSearch();

  return (
    <>
      <p>
        <a href="/desk">{t('case.back')}</a>
      </p>
      <h1 tabIndex={-1} id="desk-search">{t('desk.search')}</h1>
      <p class="lead">{t('desk.intro')}</p>
      <section aria-labelledby="desk-search">
        <CatalogueSearchForm search={search} idPrefix="desk" labelledBy="desk-search" full primary />
      </section>
      <SearchResults results={search.results} generalProblems={search.problem?.general ?? []} />
    </>
  );
}

function SearchResults({
  results,
  generalProblems,
}: {
  results: UseQueryResult<components['schemas']['ServiceSearchResult']>;
  generalProblems: readonly string[];
}) {
  const { t } = useStaffT();
  if (results.fetchStatus === 'idle' && results.status === 'pending') return null;
  if (results.isPending) return <StaffLoading />;
  if (results.isError) {
    const invalid = results.error instanceof ApiError && results.error.status === 400;
    return invalid ? (
      <div class="notice notice--error" role="alert">
        {generalProblems.map((m) => (
          <p key={m}>{m}</p>
        ))}
      </div>
    ) : (
      <StaffError retry={() => void results.refetch()} />
    );
  }
  const page = results.data;
  return (
    <section aria-labelledby="desk-results" aria-live="polite">
      <h2 id="desk-results">{t('desk.results', { count: page.totalItems })}</h2>
      {page.items.length === 0 ? (
        <p>{t('desk.none')}</p>
      ) : (
        <ul class="staff-list">
          {page.items.map((s) => (
            <li key={s.id} class="staff-list__item">
              <a href={`/kiosk/services/${encodeURIComponent(s.slug)}`} target="_blank" rel="noopener">
                {s.name}
              </a>
              <span class="staff-list__meta">{t('desk.by', { org: s.organization.name })}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
