// Themes (issue 18): the kiosk's eight needs and the theme codes under each, and every theme's label in
// the eight kiosk languages. Each input carries its language and direction (lang, dir), so Arabic, Dari
// and Pashto are typed and read right to left and a screen reader speaks each label in its language.
import { useForm } from '@tanstack/preact-form';
import { useQuery, useQueryClient } from '@tanstack/preact-query';
import { useMemo, useState } from 'preact/hooks';
import { ApiError } from '../../../lib/api/client';
import { firstError, problemMessages } from '../../../lib/form/problem';
import { useStaffT, type StaffT } from '../../../lib/i18n/staff';
import { useTitle } from '../../../lib/use-title';
import { FormProblem } from '../../../components/staff/form-problem';
import { StaffError, StaffLoading } from '../../../components/staff/status';
import { putTheme, themeQuery, themesQuery } from '../api/themes';
import { AdminNav } from '../components/admin-nav';
import { KIOSK_LANGUAGES, labelFieldOf, labelsSchema, labelValues, missingLanguages, REQUIRED_LANGUAGES, themeInput, type ThemeDetail } from '../model/themes';

export default function ThemesPage() {
  const { t, lang } = useStaffT();
  useTitle(t('admin.themes.title'));
  const themes = useQuery(themesQuery(lang));
  const [editing, setEditing] = useState<string | undefined>(undefined);
  return (
    <>
      <AdminNav />
      <h1 tabIndex={-1}>{t('admin.themes.title')}</h1>
      <p class="lead">{t('admin.themes.intro')}</p>
      {themes.isPending ? (
        <StaffLoading />
      ) : themes.isError ? (
        <StaffError retry={() => void themes.refetch()} />
      ) : (
        themes.data.domains.map((domain) => (
          <section key={domain.code} aria-labelledby={`domain-${domain.code}`}>
            <h2 id={`domain-${domain.code}`}>{domain.label}</h2>
            <ul class="staff-list">
              {domain.themes.map((theme) => (
                <li key={theme.code} class="staff-list__item admin-theme">
                  <span class="staff-list__name">
                    {theme.label} <code class="staff-list__meta">{theme.code}</code>
                  </span>
                  <button
                    type="button"
                    class="button"
                    aria-expanded={editing === theme.code}
                    aria-controls={`theme-${theme.code}`}
                    onClick={() => setEditing(editing === theme.code ? undefined : theme.code)}
                  >
                    {editing === theme.code ? t('admin.themes.close') : t('admin.themes.edit', { theme: theme.label })}
                  </button>
                  <div id={`theme-${theme.code}`} class="admin-theme__editor" hidden={editing !== theme.code}>
                    {editing === theme.code ? <ThemeEditor code={theme.code} label={theme.label} /> : null}
                  </div>
                </li>
              ))}
            </ul>
          </section>
        ))
      )}
    </>
  );
}

function ThemeEditor({ code, label }: { code: string; label: string }) {
  const { t } = useStaffT();
  const theme = useQuery(themeQuery(code));
  const [saved, setSaved] = useState(false);
  // A save keeps the form (and the focus on its button) and sends the new version next time; reading the
  // theme again after a 412 starts a fresh form from what is now stored.
  const [generation, setGeneration] = useState(0);
  if (theme.isPending) return <StaffLoading />;
  if (theme.isError) return <StaffError retry={() => void theme.refetch()} />;
  return (
    <>
      <LabelsForm
        key={generation}
        theme={theme.data}
        label={label}
        t={t}
        reload={() => void theme.refetch().then(() => setGeneration((g) => g + 1))}
        onSaved={setSaved}
      />
      <p role="status">{saved ? t('admin.themes.saved') : ''}</p>
    </>
  );
}

/** The language's name in the staff language, then its tag (fa-AF is Dari, not "Persian"). */
export function languageLabel(tag: string, t: StaffT): string {
  return t('admin.themes.language', { language: t(`admin.lang.${tag}` as Parameters<StaffT>[0]), tag });
}

export function LabelsForm({
  theme,
  label,
  t,
  reload,
  onSaved,
}: {
  theme: ThemeDetail;
  label: string;
  t: StaffT;
  reload: () => void;
  onSaved: (saved: boolean) => void;
}) {
  const queries = useQueryClient();
  const schema = useMemo(() => labelsSchema(t), [t]);
  const [serverError, setServerError] = useState<ApiError | undefined>(undefined);
  const form = useForm({
    defaultValues: labelValues(theme),
    validators: { onSubmit: schema },
    onSubmit: async ({ value }) => {
      setServerError(undefined);
      onSaved(false);
      try {
        await putTheme(queries, theme, themeInput(theme, value));
        onSaved(true);
      } catch (error) {
        setServerError(error instanceof ApiError ? error : new ApiError(0));
      }
    },
  });
  const problem = serverError ? problemMessages(serverError.problem, labelFieldOf) : undefined;
  const missing = missingLanguages(theme);
  return (
    <form
      class="staff-form admin-labels"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void form.handleSubmit();
      }}
    >
      <FormProblem error={serverError} problem={problem} stale={t('admin.themes.stale')} reload={reload} />
      <fieldset class="form-field">
        <legend class="field-label">{t('admin.themes.legend', { theme: label })}</legend>
        <p class="hint">{missing.length > 0 ? t('admin.themes.missing', { count: missing.length }) : t('admin.themes.complete')}</p>
        {KIOSK_LANGUAGES.map(({ tag, dir }) => (
          <form.Field key={tag} name={tag}>
            {(field) => {
              const id = `label-${theme.code}-${tag}`;
              const error = firstError(field.state.meta.errors) ?? problem?.fields[tag];
              const hint = REQUIRED_LANGUAGES.has(tag) ? t('admin.themes.required') : t('admin.themes.optional');
              return (
                <div class={error ? 'form-field form-field--invalid' : 'form-field'}>
                  <label class="field-label" for={id}>
                    {languageLabel(tag, t)}
                  </label>
                  <p class="hint" id={`${id}-hint`}>
                    {hint}
                  </p>
                  <input
                    id={id}
                    name={`labels.${tag}`}
                    class="text-input"
                    type="text"
                    lang={tag}
                    dir={dir}
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
                  {error ? (
                    <p class="form-field__error" id={`${id}-error`}>
                      {error}
                    </p>
                  ) : null}
                </div>
              );
            }}
          </form.Field>
        ))}
      </fieldset>
      <form.Subscribe selector={(s) => s.isSubmitting}>
        {(submitting) => (
          <p class="actions">
            <button type="submit" class="button button--primary" disabled={submitting}>
              {t('admin.themes.save', { theme: label })}
            </button>
          </p>
        )}
      </form.Subscribe>
    </form>
  );
}
