// The service's sections other than its texts and hours: status and who it is for, how to get in and the contact,
// what to bring, the languages it works in, and its places and waiting list (beside the capacity-decline signal,
// which Passerelle derives from declined referrals and shows read-only). Each is saved on its own with the
// service's version; see section.tsx.
import { useForm } from '@tanstack/preact-form';
import { useMemo } from 'preact/hooks';
import { firstError } from '../../../lib/form/problem';
import { submitAfresh } from '../../../lib/form/submit';
import { useStaffT, type StaffKey, type StaffT } from '../../../lib/i18n/staff';
import { putFields } from '../api/service-editor';
import type { PartnerFormat } from '../model/format';
import {
  ACCESS_MODES,
  accessFieldOf,
  accessValues,
  bringFieldOf,
  bringValues,
  capacityFieldOf,
  capacityValues,
  CEFR,
  DOCUMENTS_MAX,
  eligibilityFieldOf,
  eligibilityValues,
  GENDERS,
  HOUSEHOLDS,
  KIOSK_LANGUAGES,
  languagesFieldOf,
  languagesValues,
  newDocument,
  SERVICE_STATUSES,
  SPECIAL_CRITERIA,
  STATUSES,
  WAYS_IN,
  withAccess,
  withBring,
  withCapacity,
  withEligibility,
  withLanguages,
  type AccessValues,
  type BringValues,
  type CapacityValues,
  type EligibilityValues,
  type LanguagesValues,
} from '../model/service';
import { accessErrors, bringErrors, capacityErrors, eligibilityErrors, languagesErrors, WAY_IN_NOTE_MAX } from '../model/validation';
import { AreaField, BoxesField, InputField, RadiosField, RowGroup } from './fields';
import { SelectField } from '../../../components/staff/form-field';
import { fieldErrors, portOf, SectionForm, useSection, type Page, type SectionSpec } from './section';

export const eligibilitySpec = (t: StaffT): SectionSpec<EligibilityValues> => ({
    values: eligibilityValues,
    save: (record, values) => putFields(record, withEligibility(record.fields, values)),
    fieldOf: () => eligibilityFieldOf,
    label: (field) => t(`svc.eligibility.${field}` as StaffKey),
  });

export const accessSpec = (t: StaffT): SectionSpec<AccessValues> => ({
    values: accessValues,
    save: (record, values) => putFields(record, withAccess(record.fields, values)),
    fieldOf: () => accessFieldOf,
    label: (field) => t(`svc.access.${field}` as StaffKey),
  });

export const bringSpec = (t: StaffT): SectionSpec<BringValues> => ({
    values: bringValues,
    save: (record, values) => putFields(record, withBring(record.fields, values)),
    fieldOf: bringFieldOf,
    label: () => t('svc.bring.title'),
  });

export const languagesSpec = (t: StaffT): SectionSpec<LanguagesValues> => ({
    values: languagesValues,
    save: (record, values) => putFields(record, withLanguages(record.fields, values)),
    fieldOf: () => languagesFieldOf,
    label: () => t('svc.languages.title'),
  });

export const capacitySpec = (t: StaffT): SectionSpec<CapacityValues> => ({
    values: capacityValues,
    save: (record, values) => putFields(record, withCapacity(record.fields, values)),
    fieldOf: () => capacityFieldOf,
    label: (field) => t(`svc.capacity.${field}` as StaffKey),
  });

/** Moves focus to an input once the row it belongs to is drawn. */
const focusSoon = (id: string) => window.setTimeout(() => document.getElementById(id)?.focus(), 0);

/** The vocabulary's choices, then any code the service holds beyond it (kept, and shown so it can be unticked). */
function withHeld(vocabulary: readonly string[], held: readonly string[]): string[] {
  return [...vocabulary, ...held.filter((code) => !vocabulary.includes(code))];
}

/** A code's label in the staff language when the vocabulary has it, else the code itself. */
function known(vocabulary: readonly string[], prefix: string, code: string, t: StaffT): string {
  return vocabulary.includes(code) ? t(`${prefix}${code}` as StaffKey) : code;
}

export function EligibilitySection({ page }: { page: Page }) {
  const { t } = useStaffT();
  const spec = useMemo(() => eligibilitySpec(t), [t]);
  const form = useForm({
    defaultValues: eligibilityValues(page.record),
    validators: { onSubmit: ({ value }) => fieldErrors(eligibilityErrors(value, t)) },
    onSubmit: ({ value }) => section.submit(value),
  });
  const section = useSection(spec, page, () => portOf(form));
  const error = (name: keyof EligibilityValues, errors: readonly unknown[]) => firstError(errors) ?? section.fields[name];
  const cefr = [{ value: '', label: t('svc.eligibility.noLimit') }, ...CEFR.map((c) => ({ value: c, label: c }))];
  return (
    <form.Subscribe selector={(s) => s.isSubmitting}>
      {(submitting) => (
        <SectionForm id="svc-eligibility" title={t('svc.eligibility.title')} section={section} submitting={submitting} onSubmit={() => void submitAfresh(form)}>
          <form.Field name="status">
            {(field) => (
              <SelectField
                id="svc-status"
                name="status"
                label={t('svc.eligibility.status')}
                hint={t('svc.eligibility.statusHint')}
                value={field.state.value}
                options={[...new Set([...SERVICE_STATUSES, field.state.value])].map((s) => ({ value: s, label: t(`svc.serviceStatus.${s}` as StaffKey) }))}
                error={error('status', field.state.meta.errors)}
                onValue={field.handleChange}
              />
            )}
          </form.Field>
          <form.Field name="statuses">
            {(field) => (
              <BoxesField
                id="svc-statuses"
                name="statuses"
                label={t('svc.eligibility.statuses')}
                hint={t('svc.eligibility.statusesHint')}
                choices={STATUSES.map((s) => ({ value: s, label: t(`svc.residence.${s}` as StaffKey) }))}
                value={field.state.value}
                error={error('statuses', field.state.meta.errors)}
                onValue={field.handleChange}
              />
            )}
          </form.Field>
          <div class="svc-pair">
            <form.Field name="minAge">
              {(field) => (
                <InputField
                  id="svc-min-age"
                  name="minAge"
                  kind="number"
                  narrow
                  min={0}
                  max={120}
                  label={t('svc.eligibility.minAge')}
                  value={field.state.value}
                  error={error('minAge', field.state.meta.errors)}
                  onValue={field.handleChange}
                />
              )}
            </form.Field>
            <form.Field name="maxAge">
              {(field) => (
                <InputField
                  id="svc-max-age"
                  name="maxAge"
                  kind="number"
                  narrow
                  min={0}
                  max={120}
                  label={t('svc.eligibility.maxAge')}
                  value={field.state.value}
                  error={error('maxAge', field.state.meta.errors)}
                  onValue={field.handleChange}
                />
              )}
            </form.Field>
          </div>
          <p class="hint">{t('svc.eligibility.agesHint')}</p>
          <div class="svc-pair">
            <form.Field name="minCefr">
              {(field) => (
                <SelectField id="svc-min-cefr" name="minCefr" label={t('svc.eligibility.minCefr')} value={field.state.value} options={cefr} error={error('minCefr', field.state.meta.errors)} onValue={field.handleChange} />
              )}
            </form.Field>
            <form.Field name="maxCefr">
              {(field) => (
                <SelectField id="svc-max-cefr" name="maxCefr" label={t('svc.eligibility.maxCefr')} value={field.state.value} options={cefr} error={error('maxCefr', field.state.meta.errors)} onValue={field.handleChange} />
              )}
            </form.Field>
          </div>
          <form.Field name="targetCefr">
            {(field) => (
              <SelectField
                id="svc-target-cefr"
                name="targetCefr"
                label={t('svc.eligibility.targetCefr')}
                hint={t('svc.eligibility.targetCefrHint')}
                value={field.state.value}
                options={[{ value: '', label: t('svc.notStated') }, ...CEFR.map((c) => ({ value: c, label: c }))]}
                error={error('targetCefr', field.state.meta.errors)}
                onValue={field.handleChange}
              />
            )}
          </form.Field>
          <form.Field name="household">
            {(field) => (
              <RadiosField
                id="svc-household"
                name="household"
                label={t('svc.eligibility.household')}
                choices={[{ value: '', label: t('svc.notStated') }, ...HOUSEHOLDS.map((h) => ({ value: h, label: t(`svc.household.${h}` as StaffKey) }))]}
                value={field.state.value}
                error={error('household', field.state.meta.errors)}
                onValue={field.handleChange}
              />
            )}
          </form.Field>
          <form.Field name="genders">
            {(field) => (
              <BoxesField
                id="svc-genders"
                name="genders"
                label={t('svc.eligibility.genders')}
                hint={t('svc.eligibility.gendersHint')}
                choices={withHeld(GENDERS, field.state.value).map((g) => ({ value: g, label: known(GENDERS, 'svc.gender.', g, t) }))}
                value={field.state.value}
                error={error('genders', field.state.meta.errors)}
                onValue={field.handleChange}
              />
            )}
          </form.Field>
          <form.Field name="specialCriteria">
            {(field) => (
              <BoxesField
                id="svc-criteria"
                name="specialCriteria"
                label={t('svc.eligibility.specialCriteria')}
                hint={t('svc.eligibility.specialCriteriaHint')}
                choices={withHeld(SPECIAL_CRITERIA, field.state.value).map((c) => ({ value: c, label: known(SPECIAL_CRITERIA, 'svc.criterion.', c, t) }))}
                value={field.state.value}
                error={error('specialCriteria', field.state.meta.errors)}
                onValue={field.handleChange}
              />
            )}
          </form.Field>
        </SectionForm>
      )}
    </form.Subscribe>
  );
}

export function AccessSection({ page }: { page: Page }) {
  const { t } = useStaffT();
  const spec = useMemo(() => accessSpec(t), [t]);
  const form = useForm({
    defaultValues: accessValues(page.record),
    validators: { onSubmit: ({ value }) => fieldErrors(accessErrors(value, t)) },
    onSubmit: ({ value }) => section.submit(value),
  });
  const section = useSection(spec, page, () => portOf(form));
  const error = (name: keyof AccessValues, errors: readonly unknown[]) => firstError(errors) ?? section.fields[name];
  const otherNotes = Object.keys(page.record.fields.wayIn?.note ?? {}).filter((lang) => lang !== 'fr' && lang !== 'en');
  return (
    <form.Subscribe selector={(s) => s.isSubmitting}>
      {(submitting) => (
        <SectionForm
          id="svc-access"
          title={t('svc.access.title')}
          intro={<p class="hint">{t('svc.access.intro')}</p>}
          section={section}
          submitting={submitting}
          onSubmit={() => void submitAfresh(form)}
        >
          <form.Field name="mode">
            {(field) => (
              <SelectField
                id="svc-mode"
                name="mode"
                label={t('svc.access.mode')}
                value={field.state.value}
                options={[{ value: '', label: t('svc.notStated') }, ...ACCESS_MODES.map((m) => ({ value: m, label: t(`svc.accessMode.${m}` as StaffKey) }))]}
                error={error('mode', field.state.meta.errors)}
                onValue={field.handleChange}
              />
            )}
          </form.Field>
          <form.Field name="wayIn">
            {(field) => (
              <SelectField
                id="svc-way-in"
                name="wayIn"
                label={t('svc.access.wayIn')}
                hint={t('svc.access.wayInHint')}
                value={field.state.value}
                options={[{ value: '', label: t('svc.access.wayInNone') }, ...WAYS_IN.map((w) => ({ value: w, label: t(`svc.wayIn.${w}` as StaffKey) }))]}
                error={error('wayIn', field.state.meta.errors)}
                onValue={field.handleChange}
              />
            )}
          </form.Field>
          {(['noteFr', 'noteEn'] as const).map((name) => (
            <form.Field key={name} name={name}>
              {(field) => (
                <InputField
                  id={`svc-${name}`}
                  name={name}
                  lang={name === 'noteFr' ? 'fr' : 'en'}
                  label={t(`svc.access.${name}`)}
                  hint={t('svc.access.noteHint', { max: WAY_IN_NOTE_MAX })}
                  value={field.state.value}
                  error={error(name, field.state.meta.errors)}
                  onValue={field.handleChange}
                />
              )}
            </form.Field>
          ))}
          {otherNotes.length > 0 ? <p class="hint">{t('svc.access.otherNotes', { count: otherNotes.length })}</p> : null}
          <fieldset class="form-field svc-choices">
            <legend class="field-label">{t('svc.access.contact')}</legend>
            <p class="hint">{t('svc.access.contactHint')}</p>
            {(
              [
                ['phone', 'tel', 'svc.access.phone', 'svc.access.phoneHint'],
                ['email', 'email', 'svc.access.email', undefined],
                ['url', 'url', 'svc.access.url', 'svc.access.urlHint'],
              ] as const
            ).map(([name, kind, label, hint]) => (
              <form.Field key={name} name={name}>
                {(field) => (
                  <InputField
                    id={`svc-${name}`}
                    name={name}
                    kind={kind}
                    label={t(label)}
                    hint={hint ? t(hint) : undefined}
                    value={field.state.value}
                    error={error(name, field.state.meta.errors)}
                    onValue={field.handleChange}
                  />
                )}
              </form.Field>
            ))}
          </fieldset>
        </SectionForm>
      )}
    </form.Subscribe>
  );
}

export function BringSection({ page }: { page: Page }) {
  const { t } = useStaffT();
  const spec = useMemo(() => bringSpec(t), [t]);
  const form = useForm({
    defaultValues: bringValues(page.record),
    validators: { onSubmit: ({ value }) => fieldErrors(bringErrors(value, t)) },
    onSubmit: ({ value }) => section.submit(value),
  });
  const section = useSection(spec, page, () => portOf(form));
  return (
    <form.Subscribe selector={(s) => s.isSubmitting}>
      {(submitting) => (
        <SectionForm
          id="svc-bring"
          title={t('svc.bring.title')}
          intro={<p class="hint">{t('svc.bring.intro')}</p>}
          section={section}
          submitting={submitting}
          onSubmit={() => void submitAfresh(form)}
        >
          <form.Field name="documents" mode="array">
            {(documents) => (
              <>
                {documents.state.value.length === 0 ? <p>{t('svc.bring.none')}</p> : null}
                {firstError(documents.state.meta.errors) ?? section.fields['documents'] ? (
                  <p class="form-field__error">{firstError(documents.state.meta.errors) ?? section.fields['documents']}</p>
                ) : null}
                {documents.state.value.map((row, i) => (
                  <RowGroup
                    key={i}
                    legend={t('svc.bring.row', { n: i + 1 })}
                    actions={
                      <button
                        type="button"
                        class="button button--quiet"
                        onClick={() => {
                          documents.removeValue(i);
                          focusSoon('svc-bring-add');
                        }}
                      >
                        {t('svc.bring.remove', { n: i + 1 })}
                      </button>
                    }
                  >
                    {(['fr', 'en'] as const).map((lang) => (
                      <form.Field key={lang} name={`documents[${i}].${lang}`}>
                        {(field) => (
                          <InputField
                            id={`svc-doc-${i}-${lang}`}
                            name={`documents[${i}].${lang}`}
                            lang={lang}
                            label={t(lang === 'fr' ? 'svc.bring.fr' : 'svc.bring.en')}
                            value={field.state.value}
                            error={firstError(field.state.meta.errors) ?? section.fields[`documents[${i}].${lang}`]}
                            onValue={field.handleChange}
                          />
                        )}
                      </form.Field>
                    ))}
                    {Object.keys(row.others).length > 0 ? <p class="hint">{t('svc.bring.others', { count: Object.keys(row.others).length })}</p> : null}
                  </RowGroup>
                ))}
                <p>
                  <button
                    id="svc-bring-add"
                    type="button"
                    class="button"
                    disabled={documents.state.value.length >= DOCUMENTS_MAX}
                    onClick={() => {
                      const next = documents.state.value.length;
                      documents.pushValue(newDocument());
                      focusSoon(`svc-doc-${next}-fr`);
                    }}
                  >
                    {t('svc.bring.add')}
                  </button>
                </p>
              </>
            )}
          </form.Field>
        </SectionForm>
      )}
    </form.Subscribe>
  );
}

export function LanguagesSection({ page, format }: { page: Page; format: PartnerFormat }) {
  const { t } = useStaffT();
  const spec = useMemo(() => languagesSpec(t), [t]);
  const form = useForm({
    defaultValues: languagesValues(page.record),
    validators: { onSubmit: ({ value }) => fieldErrors(languagesErrors(value, t)) },
    onSubmit: ({ value }) => section.submit(value),
  });
  const section = useSection(spec, page, () => portOf(form));
  return (
    <form.Subscribe selector={(s) => s.isSubmitting}>
      {(submitting) => (
        <SectionForm id="svc-languages" title={t('svc.languages.title')} section={section} submitting={submitting} onSubmit={() => void submitAfresh(form)}>
          <form.Field name="kiosk">
            {(field) => (
              <BoxesField
                id="svc-kiosk-languages"
                name="kiosk"
                label={t('svc.languages.kiosk')}
                hint={t('svc.languages.hint')}
                choices={KIOSK_LANGUAGES.map((tag) => ({ value: tag, label: format.language(tag) }))}
                value={field.state.value}
                error={firstError(field.state.meta.errors) ?? section.fields['kiosk']}
                onValue={field.handleChange}
              />
            )}
          </form.Field>
          <form.Field name="others">
            {(field) => (
              <InputField
                id="svc-other-languages"
                name="others"
                label={t('svc.languages.others')}
                hint={t('svc.languages.othersHint')}
                value={field.state.value}
                error={firstError(field.state.meta.errors) ?? section.fields['others']}
                onValue={field.handleChange}
              />
            )}
          </form.Field>
        </SectionForm>
      )}
    </form.Subscribe>
  );
}

export function CapacitySection({ page, format }: { page: Page; format: PartnerFormat }) {
  const { t } = useStaffT();
  const spec = useMemo(() => capacitySpec(t), [t]);
  const form = useForm({
    defaultValues: capacityValues(page.record),
    validators: { onSubmit: ({ value }) => fieldErrors(capacityErrors(value, t)) },
    onSubmit: ({ value }) => section.submit(value),
  });
  const section = useSection(spec, page, () => portOf(form));
  const error = (name: keyof CapacityValues, errors: readonly unknown[]) => firstError(errors) ?? section.fields[name];
  const declines = page.record.recentCapacityDeclines;
  return (
    <form.Subscribe selector={(s) => s.isSubmitting}>
      {(submitting) => (
        <SectionForm
          id="svc-capacity"
          title={t('svc.capacity.title')}
          intro={<CapacitySignal declines={declines ?? null} format={format} />}
          section={section}
          submitting={submitting}
          onSubmit={() => void submitAfresh(form)}
        >
          <div class="svc-pair">
            <form.Field name="places">
              {(field) => (
                <InputField id="svc-places" name="places" kind="number" narrow min={0} label={t('svc.capacity.places')} value={field.state.value} error={error('places', field.state.meta.errors)} onValue={field.handleChange} />
              )}
            </form.Field>
            <form.Field name="period">
              {(field) => (
                <InputField id="svc-period" name="period" label={t('svc.capacity.period')} hint={t('svc.capacity.periodHint')} value={field.state.value} error={error('period', field.state.meta.errors)} onValue={field.handleChange} />
              )}
            </form.Field>
          </div>
          <form.Field name="waitingList">
            {(field) => (
              <RadiosField
                id="svc-waiting-list"
                name="waitingList"
                label={t('svc.capacity.waitingList')}
                choices={[
                  { value: 'yes', label: t('svc.capacity.waitingYes') },
                  { value: 'no', label: t('svc.capacity.waitingNo') },
                  { value: '', label: t('svc.notStated') },
                ]}
                value={field.state.value}
                error={error('waitingList', field.state.meta.errors)}
                onValue={(v) => field.handleChange(v as CapacityValues['waitingList'])}
              />
            )}
          </form.Field>
          <form.Field name="waitDays">
            {(field) => (
              <InputField id="svc-wait-days" name="waitDays" kind="number" narrow min={0} max={3650} label={t('svc.capacity.waitDays')} hint={t('svc.capacity.waitDaysHint')} value={field.state.value} error={error('waitDays', field.state.meta.errors)} onValue={field.handleChange} />
            )}
          </form.Field>
          <form.Field name="note">
            {(field) => (
              <AreaField id="svc-capacity-note" name="note" lang="fr" rows={3} label={t('svc.capacity.note')} value={field.state.value} error={error('note', field.state.meta.errors)} onValue={field.handleChange} />
            )}
          </form.Field>
        </SectionForm>
      )}
    </form.Subscribe>
  );
}

/** The derived signal, read-only: what it counts, and that the partner does not set it. */
export function CapacitySignal({ declines, format }: { declines: number | null; format: PartnerFormat }) {
  const { t } = useStaffT();
  return (
    <div class="svc-signal" data-testid="capacity-signal">
      <h3>{t('svc.capacity.signal')}</h3>
      <p>
        {declines == null || declines === 0
          ? t('svc.capacity.signalNone')
          : t(declines >= 0.5 ? 'svc.capacity.signalRanked' : 'svc.capacity.signalLow', { score: format.number(declines) })}
      </p>
      <p class="hint">{t('svc.capacity.signalHint')}</p>
    </div>
  );
}
