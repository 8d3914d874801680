// A new service of the partner's own organisation (/partner/services/new): its name in French and English, a
// short name for addresses (suggested from the French name), its main theme, how people get in, and where. Each
// mistake is said at its input, what the server refuses too (a taken short name at its field); once added, the
// service's own page opens, where the partner says who it is for, its hours and the rest, section by section.
import { useForm } from '@tanstack/preact-form';
import { useQuery, useQueryClient } from '@tanstack/preact-query';
import { useLocation } from 'preact-iso';
import { useMemo, useRef, useState } from 'preact/hooks';
import { ApiError } from '../../../lib/api/client';
import { useAuth } from '../../../lib/auth/context';
import { firstError, problemMessages } from '../../../lib/form/problem';
import { KeyRing } from '../../../lib/form/idempotency';
import { focusFirstProblem, submitAfresh } from '../../../lib/form/submit';
import { useStaffT, type StaffKey } from '../../../lib/i18n/staff';
import { useTitle } from '../../../lib/use-title';
import { FormProblem } from '../../../components/staff/form-problem';
import { SelectField, TextField } from '../../../components/staff/form-field';
import { StaffError, StaffLoading } from '../../../components/staff/status';
import { domainsQuery } from '../api/referrals';
import { createService } from '../api/service-editor';
import { BoxField } from '../components/fields';
import { EMPTY_SERVICE, newServiceErrors, newServiceFieldOf, newServiceInput, slugOf, type NewServiceValues } from '../model/new-service';
import { ACCESS_MODES, SERVICE_STATUSES } from '../model/service';

export default function NewServicePage() {
  const { t, lang } = useStaffT();
  useTitle(t('svc.new.title'));
  const auth = useAuth();
  const organization = auth.status === 'signed-in' ? auth.me.organization : undefined;
  const domains = useQuery(domainsQuery(lang));
  return (
    <div class="svc-page">
      <p>
        <a href="/partner">{t('svc.back')}</a>
      </p>
      <h1 tabIndex={-1}>{t('svc.new.title')}</h1>
      {organization == null ? (
        <p class="notice notice--info">{t('partner.noOrg')}</p>
      ) : (
        <>
          <p class="lead">{t('svc.new.intro', { organization: organization.name })}</p>
          {domains.isPending ? (
            <StaffLoading />
          ) : domains.isError ? (
            <StaffError retry={() => void domains.refetch()} />
          ) : (
            <NewServiceForm organization={organization.slug} domains={domains.data} />
          )}
        </>
      )}
    </div>
  );
}

type Domains = Awaited<ReturnType<NonNullable<ReturnType<typeof domainsQuery>['queryFn']>>>;

function NewServiceForm({ organization, domains }: { organization: string; domains: Domains }) {
  const { t } = useStaffT();
  const queries = useQueryClient();
  const { route } = useLocation();
  const [serverError, setServerError] = useState<ApiError | undefined>(undefined);
  const formRef = useRef<HTMLFormElement>(null);
  const keys = useRef(new KeyRing());
  const themes = useMemo(
    () => domains.flatMap((d) => d.themes.map((theme) => ({ value: theme.code, label: `${d.label} — ${theme.label}` }))),
    [domains],
  );
  const codes = useMemo(() => new Set(themes.map((o) => o.value)), [themes]);
  const focusFirstInvalid = () => focusFirstProblem(formRef.current);
  const form = useForm({
    defaultValues: EMPTY_SERVICE,
    validators: {
      onSubmit: ({ value }) => {
        const fields = newServiceErrors(value, codes, t);
        return Object.keys(fields).length > 0 ? { fields } : undefined;
      },
    },
    onSubmitInvalid: focusFirstInvalid,
    onSubmit: async ({ value }) => {
      setServerError(undefined);
      const body = newServiceInput(value);
      try {
        const id = await createService(queries, organization, body, keys.current.keyFor('service', body));
        route(`/partner/services/${id}?added=1`);
      } catch (error) {
        setServerError(error instanceof ApiError ? error : new ApiError(0));
        focusFirstInvalid();
      }
    },
  });
  const problem = serverError ? problemMessages(serverError.problem, newServiceFieldOf) : undefined;
  const serverField = (name: string) => (name === 'slug' && serverError?.status === 409 ? t('svc.new.slugTaken') : problem?.fields[name]);
  const text = (name: 'nameFr' | 'nameEn' | 'slug' | 'city', label: string, hint?: string) => (
    <form.Field name={name}>
      {(field) => (
        <div lang={name === 'nameEn' ? 'en' : undefined}>
          <TextField
            id={`new-${name}`}
            name={name}
            label={label}
            hint={hint}
            value={field.state.value}
            error={firstError(field.state.meta.errors) ?? serverField(name)}
            onValue={(value) => {
              field.handleChange(value);
              // The short name follows the French name until the person types one.
              if (name === 'nameFr' && !form.state.values.slugTyped) form.setFieldValue('slug', slugOf(value));
              if (name === 'slug') form.setFieldValue('slugTyped', true);
            }}
            onBlur={field.handleBlur}
          />
        </div>
      )}
    </form.Field>
  );
  return (
    <form
      ref={formRef}
      class="staff-form svc-new"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submitAfresh(form);
      }}
    >
      {/* A taken short name (409) is said at its input. */}
      <FormProblem error={serverError?.status === 409 ? undefined : serverError} problem={problem} />
      {text('nameFr', t('svc.new.nameFr'))}
      {text('nameEn', t('svc.new.nameEn'))}
      {text('slug', t('svc.new.slug'), t('svc.new.slugHint'))}
      <form.Field name="primaryTheme">
        {(field) => (
          <SelectField
            id="new-primaryTheme"
            name="primaryTheme"
            label={t('svc.new.theme')}
            hint={t('svc.new.themeHint')}
            value={field.state.value}
            error={firstError(field.state.meta.errors) ?? serverField('primaryTheme')}
            options={[{ value: '', label: t('svc.new.themePick') }, ...themes]}
            onValue={field.handleChange}
          />
        )}
      </form.Field>
      <form.Field name="accessMode">
        {(field) => (
          <SelectField
            id="new-accessMode"
            name="accessMode"
            label={t('svc.access.mode')}
            value={field.state.value}
            error={firstError(field.state.meta.errors) ?? serverField('accessMode')}
            options={[{ value: '', label: t('svc.new.accessPick') }, ...ACCESS_MODES.map((m) => ({ value: m, label: t(`svc.accessMode.${m}` as StaffKey) }))]}
            onValue={(value) => field.handleChange(value as NewServiceValues['accessMode'])}
          />
        )}
      </form.Field>
      <form.Field name="status">
        {(field) => (
          <SelectField
            id="new-status"
            name="status"
            label={t('svc.eligibility.status')}
            value={field.state.value}
            options={SERVICE_STATUSES.map((s) => ({ value: s, label: t(`svc.serviceStatus.${s}` as StaffKey) }))}
            onValue={(value) => field.handleChange(value as NewServiceValues['status'])}
          />
        )}
      </form.Field>
      <form.Subscribe selector={(s) => s.values.remote}>
        {(remote) => (remote ? null : text('city', t('svc.new.city'), t('svc.new.cityHint')))}
      </form.Subscribe>
      <form.Field name="remote">
        {(field) => <BoxField id="new-remote" name="remote" label={t('svc.new.remote')} checked={field.state.value} onValue={field.handleChange} />}
      </form.Field>
      <form.Subscribe selector={(s) => s.isSubmitting}>
        {(submitting) => (
          <p class="actions">
            <button type="submit" class="button button--primary" disabled={submitting}>
              {t('svc.new.create')}
            </button>
          </p>
        )}
      </form.Subscribe>
    </form>
  );
}
