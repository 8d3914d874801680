// Retention (issue 18; rule 4, decision 0019): how long a case is kept after its last contact before the
// nightly job anonymises it, which a coordinator sets within the bounds the server states; and what is
// fixed (the access journal's 12 months, the idempotency keys' hours), shown so the whole policy reads here.
import { useForm } from '@tanstack/preact-form';
import { useQuery, useQueryClient } from '@tanstack/preact-query';
import { useMemo, useState } from 'preact/hooks';
import { ApiError } from '../../../lib/api/client';
import { firstError, problemMessages } from '../../../lib/form/problem';
import { useStaffT, type StaffT } from '../../../lib/i18n/staff';
import { useTitle } from '../../../lib/use-title';
import { FormProblem } from '../../../components/staff/form-problem';
import { StaffError, StaffLoading } from '../../../components/staff/status';
import { putRetention, retentionQuery } from '../api/retention';
import { AdminNav } from '../components/admin-nav';
import { adminFormat, type AdminFormat } from '../model/format';
import { retentionFieldOf, retentionSchema, type RetentionPolicy } from '../model/retention';

export default function RetentionPage() {
  const { t, lang } = useStaffT();
  useTitle(t('admin.retention.title'));
  const format = useMemo(() => adminFormat(lang), [lang]);
  const policy = useQuery(retentionQuery);
  const [saved, setSaved] = useState(false);
  // A save keeps the form (and the focus on its button); reading the policy again after a 412 starts afresh.
  const [generation, setGeneration] = useState(0);
  return (
    <>
      <AdminNav />
      <h1 tabIndex={-1}>{t('admin.retention.title')}</h1>
      <p class="lead">{t('admin.retention.intro')}</p>
      {policy.isPending ? (
        <StaffLoading />
      ) : policy.isError ? (
        <StaffError retry={() => void policy.refetch()} />
      ) : (
        <>
          <PolicyFacts policy={policy.data} t={t} format={format} />
          <RetentionForm
            key={generation}
            policy={policy.data}
            t={t}
            format={format}
            onSaved={setSaved}
            reload={() => void policy.refetch().then(() => setGeneration((g) => g + 1))}
          />
          <p role="status">{saved ? t('admin.retention.saved', { months: format.months(policy.data.caseMonths) }) : ''}</p>
        </>
      )}
    </>
  );
}

export function PolicyFacts({ policy, t, format }: { policy: RetentionPolicy; t: StaffT; format: AdminFormat }) {
  return (
    <section aria-labelledby="retention-now">
      <h2 id="retention-now">{t('admin.retention.now')}</h2>
      <dl class="staff-facts">
        <dt>{t('admin.retention.cases')}</dt>
        <dd>{t('admin.retention.casesValue', { months: format.months(policy.caseMonths) })}</dd>
        <dt>{t('admin.retention.journal')}</dt>
        <dd>{t('admin.retention.journalValue', { months: format.months(policy.journalMonths) })}</dd>
        <dt>{t('admin.retention.keys')}</dt>
        <dd>{t('admin.retention.keysValue', { hours: format.number(policy.idempotencyHours) })}</dd>
        <dt>{t('admin.retention.changed')}</dt>
        <dd>
          {policy.updatedAt ? t('admin.retention.changedBy', { date: format.dateTime(policy.updatedAt), actor: policy.updatedBy ?? '' }) : t('admin.retention.neverChanged')}
        </dd>
      </dl>
    </section>
  );
}

function RetentionForm({
  policy,
  t,
  format,
  onSaved,
  reload,
}: {
  policy: RetentionPolicy;
  t: StaffT;
  format: AdminFormat;
  onSaved: (saved: boolean) => void;
  reload: () => void;
}) {
  const queries = useQueryClient();
  const schema = useMemo(() => retentionSchema(policy, t), [policy, t]);
  const [serverError, setServerError] = useState<ApiError | undefined>(undefined);
  const form = useForm({
    defaultValues: { caseMonths: String(policy.caseMonths) },
    validators: { onSubmit: schema },
    onSubmit: async ({ value }) => {
      setServerError(undefined);
      onSaved(false);
      try {
        await putRetention(queries, policy.version, Number(value.caseMonths.trim()));
        onSaved(true);
      } catch (error) {
        setServerError(error instanceof ApiError ? error : new ApiError(0));
      }
    },
  });
  const problem = serverError ? problemMessages(serverError.problem, retentionFieldOf) : undefined;
  const id = 'retention-months';
  return (
    <section aria-labelledby="retention-change">
      <h2 id="retention-change">{t('admin.retention.change')}</h2>
      <form
        class="staff-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void form.handleSubmit();
        }}
      >
        <FormProblem error={serverError} problem={problem} stale={t('admin.retention.stale')} reload={reload} />
        <form.Field name="caseMonths">
          {(field) => {
            const error = firstError(field.state.meta.errors) ?? problem?.fields['caseMonths'];
            return (
              <div class={error ? 'form-field form-field--invalid' : 'form-field'}>
                <label class="field-label" for={id}>
                  {t('admin.retention.field')}
                </label>
                <p class="hint" id={`${id}-hint`}>
                  {t('admin.retention.hint', {
                    min: format.months(policy.minCaseMonths),
                    max: format.months(policy.maxCaseMonths),
                  })}
                </p>
                <span class="admin-months">
                  <input
                    id={id}
                    name="caseMonths"
                    class="text-input"
                    type="text"
                    inputMode="numeric"
                    autoComplete="off"
                    value={field.state.value}
                    aria-invalid={error ? true : undefined}
                    aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
                    onInput={(e) => {
                      onSaved(false);
                      field.handleChange(e.currentTarget.value);
                    }}
                    onBlur={field.handleBlur}
                  />
                  <span aria-hidden="true">{t('admin.retention.unit')}</span>
                </span>
                {error ? (
                  <p class="form-field__error" id={`${id}-error`}>
                    {error}
                  </p>
                ) : null}
              </div>
            );
          }}
        </form.Field>
        <p class="hint">{t('admin.retention.effect')}</p>
        <form.Subscribe selector={(s) => s.isSubmitting}>
          {(submitting) => (
            <p class="actions">
              <button type="submit" class="button button--primary" disabled={submitting}>
                {t('admin.retention.save')}
              </button>
            </p>
          )}
        </form.Subscribe>
      </form>
    </section>
  );
}
