// The service's name and description in each language. The organisation's own texts change with the service's
// PUT; a translation (automatic, or reviewed) changes with PUT .../translations/{lang}, which marks it reviewed by
// this account today: editing a translation and saving it is how a partner checks it (rule 6).
import { useForm } from '@tanstack/preact-form';
import { useMemo } from 'preact/hooks';
import { firstError } from '../../../lib/form/problem';
import { submitAfresh } from '../../../lib/form/submit';
import { useStaffT, type StaffT } from '../../../lib/i18n/staff';
import { putFields, putTranslation } from '../api/service-editor';
import type { PartnerFormat } from '../model/format';
import {
  sourceLanguages,
  textsFieldOf,
  textsValues,
  toTranslationInput,
  translatedLanguages,
  translationFieldOf,
  translationValues,
  withTexts,
  type MaintainedService,
  type TextsValues,
  type TranslationValues,
} from '../model/service';
import { AreaField, InputField } from './fields';
import { DESCRIPTION_MAX, textErrors, translationErrors } from '../model/validation';
import { fieldErrors, portOf, SectionForm, SectionNotices, useSection, type Page, type SectionSpec } from './section';

export const textsSpec = (t: StaffT): SectionSpec<TextsValues> => ({
  values: textsValues,
  save: (record, values) => putFields(record, withTexts(record.fields, values)),
  fieldOf: textsFieldOf,
  label: (field) => t(field === 'name' ? 'svc.texts.names' : 'svc.texts.descriptions'),
});

export const translationSpec = (lang: string, t: StaffT): SectionSpec<TranslationValues> => ({
  values: (record) => translationValues(record, lang),
  save: (record, values) => putTranslation(record, lang, toTranslationInput(values)),
  fieldOf: () => translationFieldOf,
  label: (field) => t(field === 'name' ? 'svc.texts.name' : 'svc.texts.description'),
});

/** Where a text comes from, in plain words: the organisation's own, an automatic translation, or reviewed by whom. */
export function TextOrigin({ record, lang, t, format }: { record: MaintainedService; lang: string; t: StaffT; format: PartnerFormat }) {
  const status = record.texts[lang];
  if (!status || status.origin === 'source') return <span class="badge svc-badge">{t('svc.texts.source')}</span>;
  if (status.origin === 'machine') return <span class="badge svc-badge svc-badge--machine">{t('svc.texts.machine')}</span>;
  return (
    <span class="badge svc-badge svc-badge--reviewed">
      {status.reviewedOn
        ? t('svc.texts.reviewedOn', { by: status.reviewedBy ?? '—', date: format.day(status.reviewedOn) })
        : t('svc.texts.reviewed')}
    </span>
  );
}

export function TextsSection({ page, format }: { page: Page; format: PartnerFormat }) {
  const { t } = useStaffT();
  const spec = useMemo(() => textsSpec(t), [t]);
  const form = useForm({
    defaultValues: textsValues(page.record),
    validators: { onSubmit: ({ value }) => fieldErrors(textErrors(value, t)) },
    onSubmit: ({ value }) => section.submit(value),
  });
  const section = useSection(spec, page, () => portOf(form));
  const languages = sourceLanguages(page.record);
  const translated = translatedLanguages(page.record);
  return (
    <>
      <form.Subscribe selector={(s) => s.isSubmitting}>
        {(submitting) => (
          <SectionForm
            id="svc-texts"
            title={t('svc.texts.title')}
            intro={<p class="hint">{t('svc.texts.intro')}</p>}
            section={section}
            submitting={submitting}
            onSubmit={() => void submitAfresh(form)}
          >
            {languages.map((lang) => (
              <fieldset key={lang} class="svc-lang">
                <legend class="svc-lang__legend">
                  <span lang={lang}>{format.language(lang)}</span> <TextOrigin record={page.record} lang={lang} t={t} format={format} />
                </legend>
                <form.Field name={`name.${lang}`}>
                  {(field) => (
                    <InputField
                      id={`svc-name-${lang}`}
                      name={`name.${lang}`}
                      label={t('svc.texts.name')}
                      lang={lang}
                      value={field.state.value ?? ''}
                      error={firstError(field.state.meta.errors) ?? section.fields[`name.${lang}`]}
                      onValue={field.handleChange}
                      onBlur={field.handleBlur}
                    />
                  )}
                </form.Field>
                <form.Field name={`description.${lang}`}>
                  {(field) => (
                    <AreaField
                      id={`svc-description-${lang}`}
                      name={`description.${lang}`}
                      label={t('svc.texts.description')}
                      hint={t('svc.texts.descriptionHint', { max: DESCRIPTION_MAX })}
                      lang={lang}
                      value={field.state.value ?? ''}
                      error={firstError(field.state.meta.errors) ?? section.fields[`description.${lang}`]}
                      onValue={field.handleChange}
                    />
                  )}
                </form.Field>
              </fieldset>
            ))}
          </SectionForm>
        )}
      </form.Subscribe>
      <section class="svc-section" aria-labelledby="svc-translations-title">
        <h2 id="svc-translations-title">{t('svc.translations.title')}</h2>
        <p class="hint">{t('svc.translations.intro')}</p>
        {translated.length === 0 ? <p>{t('svc.translations.none')}</p> : null}
        {translated.map((lang) => (
          <TranslationForm key={lang} page={page} lang={lang} format={format} />
        ))}
      </section>
    </>
  );
}

/** One translation: saving it, changed or not, stores it as reviewed by this account. */
function TranslationForm({ page, lang, format }: { page: Page; lang: string; format: PartnerFormat }) {
  const { t } = useStaffT();
  const id = `svc-tr-${lang}`;
  const spec = useMemo(() => translationSpec(lang, t), [t, lang]);
  const form = useForm({
    defaultValues: translationValues(page.record, lang),
    validators: {
      onSubmit: ({ value }) => fieldErrors(translationErrors(value, t)),
    },
    onSubmit: ({ value }) => section.submit(value),
  });
  const section = useSection(spec, page, () => portOf(form));
  const machine = page.record.texts[lang]?.origin === 'machine';
  return (
    <form
      class="staff-form svc-form svc-lang"
      noValidate
      aria-labelledby={`${id}-title`}
      onSubmit={(e) => {
        e.preventDefault();
        void submitAfresh(form);
      }}
    >
      <h3 id={`${id}-title`}>
        <span lang={lang}>{format.language(lang)}</span> <TextOrigin record={page.record} lang={lang} t={t} format={format} />
      </h3>
      <SectionNotices section={section} id={id} />
      <form.Field name="name">
        {(field) => (
          <InputField
            id={`${id}-name`}
            name="name"
            label={t('svc.texts.name')}
            lang={lang}
            value={field.state.value}
            error={firstError(field.state.meta.errors) ?? section.fields['name']}
            onValue={field.handleChange}
            onBlur={field.handleBlur}
          />
        )}
      </form.Field>
      <form.Field name="description">
        {(field) => (
          <AreaField
            id={`${id}-description`}
            name="description"
            label={t('svc.texts.description')}
            lang={lang}
            value={field.state.value}
            error={firstError(field.state.meta.errors) ?? section.fields['description']}
            onValue={field.handleChange}
          />
        )}
      </form.Field>
      <p class="actions">
        <form.Subscribe selector={(s) => s.isSubmitting}>
          {(submitting) => (
            <button type="submit" class="button" disabled={submitting || section.phase.kind === 'reloading'}>
              {t(machine ? 'svc.translations.review' : 'svc.translations.save', { language: format.language(lang) })}
            </button>
          )}
        </form.Subscribe>
      </p>
      <p role="status" class="svc-status">
        {section.phase.kind === 'saved' ? t('svc.translations.saved') : ''}
      </p>
    </form>
  );
}
