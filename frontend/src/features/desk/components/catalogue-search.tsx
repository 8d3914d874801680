// The desk's catalogue search form, shared by the search screen and the visit's "add an offer": the
// same fields, the same checks before any request (valibot), and the server's field errors at the field.
import { useForm } from '@tanstack/preact-form';
import { useQuery } from '@tanstack/preact-query';
import { useMemo, useState } from 'preact/hooks';
import { ApiError } from '../../../lib/api/client';
import { firstError, problemMessages } from '../../../lib/form/problem';
import { useStaffT } from '../../../lib/i18n/staff';
import { SelectField, TextField } from '../../../components/staff/form-field';
import { domainsQuery, servicesQuery } from '../api/services';
import { EMPTY_SEARCH, formFieldOf, searchSchema, type SearchValues } from '../model/search';

/** The search's state: the form, the last search asked (none yet: undefined), its results and problems. */
export function useCatalogueSearch() {
  const { t, lang } = useStaffT();
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
  return { form, search, results, problem, domains: domains.data ?? [] };
}

type CatalogueSearch = ReturnType<typeof useCatalogueSearch>;

/**
 * The form. `idPrefix` keeps ids unique per screen; the search screen also asks for a town and shows a
 * hint, the visit's short form does not (the plan already knows the town).
 */
export function CatalogueSearchForm({
  search,
  idPrefix,
  labelledBy,
  full = false,
  primary = false,
}: {
  search: CatalogueSearch;
  idPrefix: string;
  labelledBy: string;
  full?: boolean;
  primary?: boolean;
}) {
  const { t } = useStaffT();
  const { form, problem, domains } = search;
  return (
    <form
      class={full ? 'staff-form' : 'staff-form staff-form--inline'}
      role="search"
      aria-labelledby={labelledBy}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void form.handleSubmit();
      }}
    >
      <form.Field name="q">
        {(field) => (
          <TextField
            id={`${idPrefix}-q`}
            name="q"
            type="search"
            label={t('desk.q')}
            hint={full ? t('desk.qHint') : undefined}
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
            id={`${idPrefix}-domain`}
            name="domain"
            label={t('desk.domain')}
            value={field.state.value}
            error={problem?.fields['domain']}
            options={[{ value: '', label: t('desk.anyDomain') }, ...domains.map((d) => ({ value: d.code, label: d.label }))]}
            onValue={field.handleChange}
          />
        )}
      </form.Field>
      {full ? (
        <form.Field name="city">
          {(field) => (
            <TextField
              id={`${idPrefix}-city`}
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
      ) : null}
      <div class="form-field">
        <button type="submit" class={primary ? 'button button--primary' : 'button'}>
          {t('desk.submit')}
        </button>
      </div>
    </form>
  );
}
