// The desk's catalogue search (/desk/search): find an offer for the person at the desk.
import { useForm } from '@tanstack/preact-form';
import { useQuery, type UseQueryResult } from '@tanstack/preact-query';
import { useMemo, useState } from 'preact/hooks';
import { ApiError, type components } from '../../../lib/api/client';
import { firstError, problemMessages } from '../../../lib/form/problem';
import { useStaffT } from '../../../lib/i18n/staff';
import { useTitle } from '../../../lib/use-title';
import { SelectField, TextField } from '../../../components/staff/form-field';
import { StaffError, StaffLoading } from '../../../components/staff/status';
import { domainsQuery, servicesQuery } from '../api/services';
import { EMPTY_SEARCH, formFieldOf, searchSchema, type SearchValues } from '../model/search';

export default function DeskSearch() {
  const { t, lang } = useStaffT();
  useTitle(t('desk.search'));
  const [search, setSearch] = useState<SearchValues | undefined>(undefined);
  const domains = useQuery(domainsQuery(lang));
  const schema = useMemo(() => searchSchema(t), [t]);
  const form = useForm({
    defaultValues: EMPTY_SEARCH,
    validators: { onSubmit: schema },
    onSubmit: ({ value }) => setSearch({ ...value }),
  });
  const results = useQuery({ ...servicesQuery(search ?? EMPTY_SEARCH, lang), enabled: search !== undefined });
  const problem = results.error instanceof ApiError ? problemMessages(results.error.problem, formFieldOf) : undefined;

  return (
    <>
      <p>
        <a href="/desk">{t('case.back')}</a>
      </p>
      <h1 tabIndex={-1} id="desk-search">{t('desk.search')}</h1>
      <p class="lead">{t('desk.intro')}</p>
      <section aria-labelledby="desk-search">
        <form
          class="staff-form"
          role="search"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void form.handleSubmit();
          }}
        >
          <form.Field name="q">
            {(field) => (
              <TextField
                id="desk-q"
                name="q"
                type="search"
                label={t('desk.q')}
                hint={t('desk.qHint')}
                value={field.state.value}
                error={firstError(field.state.meta.errors) ?? problem?.fields['q']}
                onValue={field.handleChange}
                onBlur={field.handleBlur}
              />
            )}
          </form.Field>
          <form.Field name="domain">
            {(field) => (
              <SelectField
                id="desk-domain"
                name="domain"
                label={t('desk.domain')}
                value={field.state.value}
                error={problem?.fields['domain']}
                options={[
                  { value: '', label: t('desk.anyDomain') },
                  ...(domains.data ?? []).map((d) => ({ value: d.code, label: d.label })),
                ]}
                onValue={field.handleChange}
              />
            )}
          </form.Field>
          <form.Field name="city">
            {(field) => (
              <TextField
                id="desk-city"
                name="city"
                label={t('desk.city')}
                value={field.state.value}
                autoComplete="address-level2"
                error={firstError(field.state.meta.errors) ?? problem?.fields['city']}
                onValue={field.handleChange}
                onBlur={field.handleBlur}
              />
            )}
          </form.Field>
          <button type="submit" class="button button--primary">
            {t('desk.submit')}
          </button>
        </form>
      </section>
      <SearchResults results={results} generalProblems={problem?.general ?? []} />
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
