// One organisation, added or corrected by the coordinator (issue 18, "organisations and desks"): its name and
// kind, its description in French and English, its own contacts (the organisation's, never a person's) and
// its territory. The form checks what it can before sending; what the server refuses is said at the input it
// names; a stale version (412) is explained, with the way to read the organisation again. A new organisation
// keeps one Idempotency-Key while its values do not change, so a retry after a lost answer creates nothing twice.
import { useForm } from '@tanstack/preact-form';
import { useQuery, useQueryClient } from '@tanstack/preact-query';
import { useLocation } from 'preact-iso';
import { useMemo, useRef, useState } from 'preact/hooks';
import { ApiError } from '../../../lib/api/client';
import { firstError, problemMessages } from '../../../lib/form/problem';
import { KeyRing } from '../../../lib/form/idempotency';
import { focusFirstProblem, submitAfresh } from '../../../lib/form/submit';
import { useStaffT } from '../../../lib/i18n/staff';
import { useTitle } from '../../../lib/use-title';
import { SelectField, TextAreaField, TextField } from '../../../components/staff/form-field';
import { FormProblem } from '../../../components/staff/form-problem';
import { StaffError, StaffLoading } from '../../../components/staff/status';
import { createOrganization, maintainedOrganizationQuery, putOrganization } from '../api/organizations';
import { AdminNav } from '../components/admin-nav';
import { adminFormat } from '../model/format';
import {
  BOUNDS,
  EMPTY_ORGANIZATION,
  organizationFieldOf,
  organizationInput,
  organizationErrors,
  organizationValues,
  TERRITORY_SCOPES,
  type MaintainedOrganization,
  type OrganizationValues,
} from '../model/organization-form';
import { ORGANIZATION_KINDS } from '../model/organizations';

/** /admin/organisations/new */
export function NewOrganisationPage() {
  const { t } = useStaffT();
  useTitle(t('admin.org.newTitle'));
  return (
    <>
      <AdminNav />
      <p>
        <a href="/admin/organisations">{t('admin.org.back')}</a>
      </p>
      <h1 tabIndex={-1}>{t('admin.org.newTitle')}</h1>
      <p class="lead">{t('admin.org.newIntro')}</p>
      <OrganizationForm key="new" />
    </>
  );
}

/** /admin/organisations/{slug} */
export default function OrganisationPage({ slug }: { slug: string }) {
  const { t, lang } = useStaffT();
  const { query } = useLocation();
  const format = useMemo(() => adminFormat(lang), [lang]);
  const record = useQuery(maintainedOrganizationQuery(slug));
  // A save keeps the form (and the focus on its button); reading again after a 412 starts a fresh form.
  const [generation, setGeneration] = useState(0);
  const title = record.data?.fields.name ?? t('admin.org.editTitle');
  useTitle(title);
  return (
    <>
      <AdminNav />
      <p>
        <a href="/admin/organisations">{t('admin.org.back')}</a>
      </p>
      {record.isPending ? (
        <StaffLoading />
      ) : record.isError ? (
        record.error instanceof ApiError && record.error.status === 404 ? (
          <>
            <h1 tabIndex={-1}>{t('admin.org.notFound')}</h1>
            <p>{t('admin.org.notFoundBody')}</p>
          </>
        ) : (
          <StaffError retry={() => void record.refetch()} />
        )
      ) : (
        <>
          <h1 tabIndex={-1}>{title}</h1>
          <p class="staff-list__meta" data-testid="org-updated">
            <code>{record.data.slug}</code> · {t('admin.org.updated', { date: format.dateTime(record.data.updatedAt) })}
            {record.data.source.file ? <> · {t('admin.org.source', { file: record.data.source.file })}</> : null}
          </p>
          {query['added'] === '1' && generation === 0 ? (
            <p class="notice" role="status">
              {t('admin.org.added')}
            </p>
          ) : null}
          <OrganizationForm
            key={`${slug}-${generation}`}
            record={record.data}
            reload={() => void record.refetch().then(() => setGeneration((g) => g + 1))}
          />
        </>
      )}
    </>
  );
}

function OrganizationForm({ record, reload }: { record?: MaintainedOrganization; reload?: () => void }) {
  const { t } = useStaffT();
  const queries = useQueryClient();
  const { route } = useLocation();
  const creating = record === undefined;
  const [serverError, setServerError] = useState<ApiError | undefined>(undefined);
  const [saved, setSaved] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const keys = useRef(new KeyRing());
  const focusFirstInvalid = () => focusFirstProblem(formRef.current);
  const form = useForm({
    defaultValues: record ? organizationValues(record) : EMPTY_ORGANIZATION,
    validators: {
      onSubmit: ({ value }) => {
        const fields = organizationErrors(value, t, creating);
        return Object.keys(fields).length > 0 ? { fields } : undefined;
      },
    },
    onSubmitInvalid: focusFirstInvalid,
    onSubmit: async ({ value }) => {
      setServerError(undefined);
      setSaved(false);
      const body = organizationInput(value, record);
      try {
        if (record) {
          await putOrganization(queries, record, body);
          setSaved(true);
        } else {
          await createOrganization(queries, body, keys.current.keyFor('organization', body));
          route(`/admin/organisations/${encodeURIComponent(body.slug ?? '')}?added=1`);
        }
      } catch (error) {
        setServerError(error instanceof ApiError ? error : new ApiError(0));
        focusFirstInvalid();
      }
    },
  });
  const problem = serverError ? problemMessages(serverError.problem, organizationFieldOf) : undefined;
  const serverField = (name: keyof OrganizationValues): string | undefined =>
    name === 'slug' && serverError?.status === 409 ? t('admin.org.slugTaken') : problem?.fields[name];
  const text = (name: keyof OrganizationValues, options: { label: string; hint?: string; autoComplete?: string }) => (
    <form.Field name={name}>
      {(field) => (
        <TextField
          id={`org-${name}`}
          name={name}
          label={options.label}
          hint={options.hint}
          autoComplete={options.autoComplete ?? 'off'}
          value={String(field.state.value)}
          error={firstError(field.state.meta.errors) ?? serverField(name)}
          onValue={(value) => {
            setSaved(false);
            field.handleChange(value);
          }}
          onBlur={field.handleBlur}
        />
      )}
    </form.Field>
  );
  const description = (name: 'descriptionFr' | 'descriptionEn', lang: 'fr' | 'en') => (
    <form.Field name={name}>
      {(field) => (
        <div lang={lang}>
          <TextAreaField
            id={`org-${name}`}
            name={name}
            label={t(`admin.org.description.${lang}`)}
            value={field.state.value}
            max={BOUNDS.description}
            count={t('admin.org.count', { count: field.state.value.length, max: BOUNDS.description })}
            error={firstError(field.state.meta.errors) ?? serverField(name)}
            onValue={(value) => {
              setSaved(false);
              field.handleChange(value);
            }}
            onBlur={field.handleBlur}
          />
        </div>
      )}
    </form.Field>
  );
  const otherLanguages = Object.keys(record?.fields.description ?? {}).filter((l) => l !== 'fr' && l !== 'en');
  return (
    <form
      ref={formRef}
      class="staff-form admin-org"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submitAfresh(form);
      }}
    >
      {/* A taken short name (409) is said at its input. */}
      <FormProblem error={serverError?.status === 409 ? undefined : serverError} problem={problem} stale={t('admin.org.stale')} reload={reload} />
      <fieldset class="form-group">
        <legend>{t('admin.org.identity')}</legend>
        {creating
          ? text('slug', { label: t('admin.org.slug'), hint: t('admin.org.slugHint') })
          : null}
        {text('name', { label: t('admin.org.name'), autoComplete: 'organization' })}
        <form.Field name="kind">
          {(field) => (
            <SelectField
              id="org-kind"
              name="kind"
              label={t('admin.org.kind')}
              value={field.state.value}
              error={firstError(field.state.meta.errors) ?? serverField('kind')}
              options={[{ value: '', label: t('admin.org.kindPick') }, ...ORGANIZATION_KINDS.map((k) => ({ value: k, label: t(`admin.orgs.kind.${k}`) }))]}
              onValue={(value) => {
                setSaved(false);
                field.handleChange(value as OrganizationValues['kind']);
              }}
            />
          )}
        </form.Field>
        {text('kindNote', { label: t('admin.org.kindNote'), hint: t('admin.org.kindNoteHint') })}
      </fieldset>
      <fieldset class="form-group">
        <legend>{t('admin.org.about')}</legend>
        {description('descriptionFr', 'fr')}
        {description('descriptionEn', 'en')}
        {otherLanguages.length > 0 ? <p class="hint">{t('admin.org.otherLanguages', { languages: otherLanguages.join(', ') })}</p> : null}
      </fieldset>
      <fieldset class="form-group">
        <legend>{t('admin.org.contact')}</legend>
        <p class="hint">{t('admin.org.contactHint')}</p>
        {text('website', { label: t('admin.org.website'), hint: t('admin.org.websiteHint'), autoComplete: 'url' })}
        {text('email', { label: t('admin.org.email'), hint: t('admin.org.emailHint') })}
        {text('phone', { label: t('admin.org.phone'), hint: t('admin.org.phoneHint') })}
      </fieldset>
      <fieldset class="form-group">
        <legend>{t('admin.org.territory')}</legend>
        {text('city', { label: t('admin.org.city') })}
        {text('department', { label: t('admin.org.department') })}
        {text('region', { label: t('admin.org.region') })}
        {text('country', { label: t('admin.org.country'), hint: t('admin.org.countryHint') })}
        <form.Field name="scope">
          {(field) => (
            <SelectField
              id="org-scope"
              name="scope"
              label={t('admin.org.scope')}
              hint={t('admin.org.scopeHint')}
              value={field.state.value}
              error={firstError(field.state.meta.errors) ?? serverField('scope')}
              options={[{ value: '', label: t('admin.org.scope.none') }, ...TERRITORY_SCOPES.map((s) => ({ value: s, label: t(`admin.org.scope.${s}`) }))]}
              onValue={(value) => {
                setSaved(false);
                field.handleChange(value as OrganizationValues['scope']);
              }}
            />
          )}
        </form.Field>
        {text('scopeNote', { label: t('admin.org.scopeNote') })}
      </fieldset>
      <form.Subscribe selector={(s) => s.isSubmitting}>
        {(submitting) => (
          <p class="actions">
            <button type="submit" class="button button--primary" disabled={submitting}>
              {creating ? t('admin.org.create') : t('admin.org.save')}
            </button>
          </p>
        )}
      </form.Subscribe>
      <p role="status">{saved ? t('admin.org.saved') : ''}</p>
    </form>
  );
}
