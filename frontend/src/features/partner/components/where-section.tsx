// "Themes and where": which needs of the kiosk find the service (its themes, the main one first in plans) and
// where it can be used (a town, département or region, or everywhere at a distance). Saved on its own, like every
// section (section.tsx); the theme labels are the kiosk's, in the staff language.
import { useForm } from '@tanstack/preact-form';
import { useQuery } from '@tanstack/preact-query';
import { useMemo } from 'preact/hooks';
import { firstError } from '../../../lib/form/problem';
import { submitAfresh } from '../../../lib/form/submit';
import { useStaffT, type StaffKey, type StaffT } from '../../../lib/i18n/staff';
import { SelectField } from '../../../components/staff/form-field';
import { StaffError, StaffLoading } from '../../../components/staff/status';
import { domainsQuery } from '../api/referrals';
import { putFields } from '../api/service-editor';
import { SCOPES, whereErrors, whereFieldOf, whereValues, withWhere, type WhereValues } from '../model/where';
import { BoxesField, InputField } from './fields';
import { fieldErrors, portOf, SectionForm, useSection, type Page, type SectionSpec } from './section';

export const whereSpec = (t: StaffT): SectionSpec<WhereValues> => ({
  values: whereValues,
  save: (record, values) => putFields(record, withWhere(record.fields, values)),
  fieldOf: () => whereFieldOf,
  label: (field) => t(`svc.where.${field}` as StaffKey),
});

export function WhereSection({ page }: { page: Page }) {
  const { lang } = useStaffT();
  const domains = useQuery(domainsQuery(lang));
  if (domains.isPending) return <StaffLoading />;
  if (domains.isError) return <StaffError retry={() => void domains.refetch()} />;
  const labels = new Map(domains.data.flatMap((d) => d.themes.map((theme) => [theme.code, `${d.label} — ${theme.label}`] as const)));
  return <WhereForm page={page} labels={labels} />;
}

function WhereForm({ page, labels }: { page: Page; labels: ReadonlyMap<string, string> }) {
  const { t } = useStaffT();
  const spec = useMemo(() => whereSpec(t), [t]);
  const form = useForm({
    defaultValues: whereValues(page.record),
    validators: { onSubmit: ({ value }) => fieldErrors(whereErrors(value, t)) },
    onSubmit: ({ value }) => section.submit(value),
  });
  const section = useSection(spec, page, () => portOf(form));
  const error = (name: keyof WhereValues, errors: readonly unknown[]) => firstError(errors) ?? section.fields[name];
  // The kiosk's themes, then any code the service holds beyond them (shown by its code, and kept).
  const choices = (held: readonly string[]) => [
    ...[...labels].map(([value, label]) => ({ value, label })),
    ...held.filter((code) => !labels.has(code)).map((code) => ({ value: code, label: code })),
  ];
  return (
    <form.Subscribe selector={(s) => [s.isSubmitting, s.values.themes] as const}>
      {([submitting, themes]) => (
        <SectionForm id="svc-where" title={t('svc.where.title')} section={section} submitting={submitting} onSubmit={() => void submitAfresh(form)}>
          <form.Field name="themes">
            {(field) => (
              <BoxesField
                id="svc-themes"
                name="themes"
                label={t('svc.where.themes')}
                hint={t('svc.where.themesHint')}
                choices={choices(field.state.value)}
                value={field.state.value}
                error={error('themes', field.state.meta.errors)}
                onValue={field.handleChange}
              />
            )}
          </form.Field>
          <form.Field name="primaryTheme">
            {(field) => (
              <SelectField
                id="svc-primary-theme"
                name="primaryTheme"
                label={t('svc.where.primaryTheme')}
                hint={t('svc.where.primaryHint')}
                value={field.state.value}
                options={[
                  ...(themes.includes(field.state.value) ? [] : [{ value: field.state.value, label: t('svc.where.primaryPick') }]),
                  ...themes.map((code) => ({ value: code, label: labels.get(code) ?? code })),
                ]}
                error={error('primaryTheme', field.state.meta.errors)}
                onValue={field.handleChange}
              />
            )}
          </form.Field>
          {(['city', 'department', 'region'] as const).map((name) => (
            <form.Field key={name} name={name}>
              {(field) => (
                <InputField
                  id={`svc-where-${name}`}
                  name={name}
                  label={t(`svc.where.${name}`)}
                  value={field.state.value}
                  error={error(name, field.state.meta.errors)}
                  onValue={field.handleChange}
                />
              )}
            </form.Field>
          ))}
          <form.Field name="scope">
            {(field) => (
              <SelectField
                id="svc-scope"
                name="scope"
                label={t('svc.where.scope')}
                hint={t('svc.where.scopeHint')}
                value={field.state.value}
                options={[{ value: '', label: t('svc.notStated') }, ...SCOPES.map((s) => ({ value: s, label: t(`svc.where.scope.${s}`) }))]}
                error={error('scope', field.state.meta.errors)}
                onValue={(value) => field.handleChange(value as WhereValues['scope'])}
              />
            )}
          </form.Field>
        </SectionForm>
      )}
    </form.Subscribe>
  );
}
