// Organisations and desks (issue 18): the desks first, each with the address partners' decisions are
// mailed to (a functional mailbox, never a person's), then every organisation of the catalogue, searched
// by name and kind, with how many of its services are active. The server filters and pages.
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/preact-query';
import { useMemo, useState } from 'preact/hooks';
import { ApiError } from '../../../lib/api/client';
import { problemMessages } from '../../../lib/form/problem';
import { useStaffT, type StaffT } from '../../../lib/i18n/staff';
import { useTitle } from '../../../lib/use-title';
import { FormProblem } from '../../../components/staff/form-problem';
import { SelectField, TextField } from '../../../components/staff/form-field';
import { StaffError, StaffLoading } from '../../../components/staff/status';
import {
  deskSettingsQuery,
  desksQuery,
  organizationsQuery,
  putDeskSettings,
  type OrganizationFilter,
  type OrganizationSummary,
} from '../api/organizations';
import { AdminNav } from '../components/admin-nav';
import { Pager } from '../components/pager';
import { adminFormat, type AdminFormat } from '../model/format';
import { deskEmailError, deskEmailFieldOf, ORGANIZATION_KINDS } from '../model/organizations';

export default function OrganisationsPage() {
  const { t, lang } = useStaffT();
  useTitle(t('admin.orgs.title'));
  const format = useMemo(() => adminFormat(lang), [lang]);
  const desks = useQuery(desksQuery);
  const [filter, setFilter] = useState<OrganizationFilter>({ q: '', kind: '', page: 1 });
  return (
    <>
      <AdminNav />
      <h1 tabIndex={-1}>{t('admin.orgs.title')}</h1>
      <p class="lead">{t('admin.orgs.intro')}</p>
      <p>
        <a class="button" href="/admin/organisations/new">
          {t('admin.orgs.add')}
        </a>
      </p>
      <section aria-labelledby="orgs-desks">
        <h2 id="orgs-desks">{t('admin.orgs.desks')}</h2>
        <p>{t('admin.orgs.desksIntro')}</p>
        {desks.isPending ? (
          <StaffLoading />
        ) : desks.isError ? (
          <StaffError retry={() => void desks.refetch()} />
        ) : desks.data.length === 0 ? (
          <p>{t('admin.orgs.desksNone')}</p>
        ) : (
          <ul class="admin-desks">
            {desks.data.map((d) => (
              <li key={d.id}>
                <DeskSettingsForm desk={d} t={t} format={format} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <OrganizationList filter={filter} setFilter={setFilter} t={t} format={format} />
    </>
  );
}

function DeskSettingsForm({ desk, t, format }: { desk: OrganizationSummary; t: StaffT; format: AdminFormat }) {
  const queries = useQueryClient();
  const settings = useQuery(deskSettingsQuery(desk.slug));
  const [draft, setDraft] = useState<string | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const [serverError, setServerError] = useState<ApiError | undefined>(undefined);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const id = `desk-${desk.slug}`;
  if (settings.isPending) return <StaffLoading />;
  if (settings.isError) return <StaffError retry={() => void settings.refetch()} />;
  const value = draft ?? settings.data.notificationEmail ?? '';
  const problem = serverError ? problemMessages(serverError.problem, deskEmailFieldOf) : undefined;
  return (
    <form
      class="staff-form admin-desk"
      noValidate
      aria-labelledby={`${id}-name`}
      onSubmit={(e) => {
        e.preventDefault();
        const message = deskEmailError(value, t);
        setError(message);
        setSaved(false);
        setServerError(undefined);
        if (message) return;
        setBusy(true);
        putDeskSettings(queries, desk.slug, settings.data.version, value)
          .then(() => {
            setDraft(undefined);
            setSaved(true);
          })
          .catch((failure: unknown) => setServerError(failure instanceof ApiError ? failure : new ApiError(0)))
          .finally(() => setBusy(false));
      }}
    >
      <h3 id={`${id}-name`}>{desk.name}</h3>
      <p class="staff-list__meta">
        {settings.data.effectiveEmail
          ? t('admin.orgs.deskEffective', { email: settings.data.effectiveEmail })
          : t('admin.orgs.deskNoMail')}
        {settings.data.updatedAt ? <> · {t('admin.orgs.deskUpdated', { date: format.dateTime(settings.data.updatedAt) })}</> : null}
      </p>
      <FormProblem
        error={serverError}
        problem={problem}
        stale={t('admin.orgs.deskStale')}
        reload={() => {
          setServerError(undefined);
          setDraft(undefined);
          void settings.refetch();
        }}
      />
      <TextField
        id={`${id}-email`}
        name="notificationEmail"
        label={t('admin.orgs.deskEmail')}
        hint={t('admin.orgs.deskEmailHint')}
        value={value}
        autoComplete="off"
        error={error ?? problem?.fields['notificationEmail']}
        onValue={(next) => {
          setDraft(next);
          setSaved(false);
          setError(undefined);
        }}
      />
      <p class="actions">
        <button type="submit" class="button button--primary" disabled={busy}>
          {t('admin.orgs.deskSave', { desk: desk.name })}
        </button>
      </p>
      <p role="status">{saved ? t('admin.orgs.deskSaved') : ''}</p>
    </form>
  );
}

function OrganizationList({
  filter,
  setFilter,
  t,
  format,
}: {
  filter: OrganizationFilter;
  setFilter: (filter: OrganizationFilter) => void;
  t: StaffT;
  format: AdminFormat;
}) {
  const organizations = useQuery({ ...organizationsQuery(filter), placeholderData: keepPreviousData });
  const [draft, setDraft] = useState(filter);
  return (
    <section aria-labelledby="orgs-list">
      <h2 id="orgs-list">{t('admin.orgs.list')}</h2>
      <form
        class="staff-form staff-form--inline admin-inline"
        role="search"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          setFilter({ ...draft, page: 1 });
        }}
      >
        <TextField id="orgs-q" name="q" type="search" label={t('admin.orgs.search')} value={draft.q} onValue={(q) => setDraft({ ...draft, q })} />
        <SelectField
          id="orgs-kind"
          name="kind"
          label={t('admin.orgs.kind')}
          value={draft.kind}
          options={[{ value: '', label: t('admin.orgs.anyKind') }, ...ORGANIZATION_KINDS.map((k) => ({ value: k, label: t(`admin.orgs.kind.${k}`) }))]}
          onValue={(kind) => setDraft({ ...draft, kind: kind as OrganizationFilter['kind'] })}
        />
        <p class="actions">
          <button type="submit" class="button button--primary">
            {t('admin.orgs.searchSubmit')}
          </button>
        </p>
      </form>
      {organizations.isPending ? (
        <StaffLoading />
      ) : organizations.isError ? (
        <StaffError retry={() => void organizations.refetch()} />
      ) : (
        <div aria-busy={organizations.isFetching}>
          <p aria-live="polite">{t('admin.orgs.count', { count: format.number(organizations.data.totalItems) })}</p>
          <OrganizationTable items={organizations.data.items} t={t} format={format} />
          <Pager page={organizations.data.page} pages={organizations.data.totalPages} t={t} go={(page) => setFilter({ ...filter, page })} />
        </div>
      )}
    </section>
  );
}

export function OrganizationTable({ items, t, format }: { items: readonly OrganizationSummary[]; t: StaffT; format: AdminFormat }) {
  if (items.length === 0) return <p>{t('admin.orgs.none')}</p>;
  return (
    <table class="staff-table">
      <thead>
        <tr>
          <th scope="col">{t('admin.orgs.col.name')}</th>
          <th scope="col">{t('admin.orgs.col.kind')}</th>
          <th scope="col">{t('admin.orgs.col.services')}</th>
          <th scope="col">{t('admin.orgs.col.updated')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((o) => (
          <tr key={o.id}>
            <th scope="row">
              <a href={`/admin/organisations/${encodeURIComponent(o.slug)}`} aria-label={t('admin.orgs.edit', { name: o.name })}>
                {o.name}
              </a>{' '}
              <span class="staff-list__meta">({o.slug})</span>
              {o.kind === 'public-authority' ? <span class="badge">{t('admin.orgs.deskBadge')}</span> : null}
            </th>
            <td data-label={t('admin.orgs.col.kind')}>{t(`admin.orgs.kind.${o.kind}`)}</td>
            <td data-label={t('admin.orgs.col.services')}>{format.number(o.activeServices)}</td>
            <td data-label={t('admin.orgs.col.updated')}>
              <time dateTime={o.updatedAt}>{format.date(o.updatedAt)}</time>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
