// The hours and permanences of the service at one place: weekly slots (a day, opening and closing times in the
// place's time zone, optional first and last days, how people come) and temporary closures, each a row to add or
// remove, checked here by the server's rules and saved with PUT .../locations/{location}/schedule.
import { useForm } from '@tanstack/preact-form';
import { useMemo } from 'preact/hooks';
import { firstError } from '../../../lib/form/problem';
import { submitAfresh } from '../../../lib/form/submit';
import { useStaffT, type StaffT } from '../../../lib/i18n/staff';
import { SelectField } from '../../../components/staff/form-field';
import { putSchedule } from '../api/service-editor';
import type { PartnerFormat } from '../model/format';
import {
  CLOSURES_MAX,
  newClosure,
  newSlot,
  REASON_MAX,
  scheduleFieldOf,
  scheduleValues,
  SLOTS_MAX,
  toScheduleInput,
  validateSchedule,
  WEEKDAYS,
  type PlaceSchedule,
  type ScheduleValues,
} from '../model/schedule';
import { scheduleMessages } from '../model/validation';
import { BoxField, InputField, RowGroup } from './fields';
import { fieldErrors, portOf, SectionForm, useSection, type Page, type SectionSpec } from './section';

const focusSoon = (id: string) => window.setTimeout(() => document.getElementById(id)?.focus(), 0);

/** The place as the page holds it (the section saves the schedule there). */
const placeIn = (page: Page, slug: string): PlaceSchedule | undefined => page.record.locations.find((l) => l.slug === slug);

/** The schedule at one place, by its slug: read from the page's copy, saved with the service's version. */
export const scheduleSpec = (slug: string, t: StaffT): SectionSpec<ScheduleValues> => ({
  values: (record) => scheduleValues(record.locations.find((l) => l.slug === slug) ?? { schedule: { slots: [], closures: [] } }),
  save: (record, values) => putSchedule(record, slug, toScheduleInput(values)),
  fieldOf: () => scheduleFieldOf,
  label: (field) => t(field === 'slots' ? 'svc.hours.slots' : 'svc.hours.closures'),
});

/** `unsaved`: a place just chosen, where the service is held once these hours are saved. */
export function ScheduleSection({ page, place, format, unsaved = false }: { page: Page; place: PlaceSchedule; format: PartnerFormat; unsaved?: boolean }) {
  const { t } = useStaffT();
  const id = `svc-hours-${place.slug}`;
  const spec = useMemo(() => scheduleSpec(place.slug, t), [t, place.slug]);
  const messages = useMemo(() => scheduleMessages(t), [t]);
  const form = useForm({
    defaultValues: scheduleValues(placeIn(page, place.slug) ?? place),
    validators: { onSubmit: ({ value }) => fieldErrors(validateSchedule(value, messages)) },
    onSubmit: ({ value }) => section.submit(value),
  });
  const section = useSection(spec, page, () => portOf(form));
  const error = (name: string, errors: readonly unknown[]) => firstError(errors) ?? section.fields[name];
  const address = [place.address1, [place.postalCode, place.city].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  const days = WEEKDAYS.map((d) => ({ value: d, label: format.weekday(d) }));
  return (
    <form.Subscribe selector={(s) => s.isSubmitting}>
      {(submitting) => (
        <SectionForm
          id={id}
          title={t('svc.hours.title', { place: place.name })}
          intro={
            <>
              {address ? <p>{address}</p> : null}
              <p class="hint">{t('svc.hours.intro', { zone: place.timezone })}</p>
              {place.illustrative ? <p class="notice notice--warning">{t('svc.hours.illustrative')}</p> : null}
              {unsaved ? <p class="notice">{t('svc.places.unsaved')}</p> : null}
            </>
          }
          section={section}
          submitting={submitting}
          saveLabel={t('svc.hours.save')}
          onSubmit={() => void submitAfresh(form)}
        >
          <h3 id={`${id}-slots`}>{t('svc.hours.slots')}</h3>
          <form.Field name="slots" mode="array">
            {(slots) => (
              <div role="group" aria-labelledby={`${id}-slots`}>
                {slots.state.value.length === 0 ? <p>{t('svc.hours.noSlot')}</p> : null}
                {error('slots', slots.state.meta.errors) ? <p class="form-field__error">{error('slots', slots.state.meta.errors)}</p> : null}
                {slots.state.value.map((_, i) => {
                  const at = `slots[${i}]` as const;
                  const input = `${id}-slot-${i}`;
                  return (
                    <RowGroup
                      key={i}
                      legend={t('svc.hours.slot', { n: i + 1 })}
                      actions={
                        <button
                          type="button"
                          class="button button--quiet"
                          onClick={() => {
                            slots.removeValue(i);
                            focusSoon(`${id}-add-slot`);
                          }}
                        >
                          {t('svc.hours.removeSlot', { n: i + 1 })}
                        </button>
                      }
                    >
                      <form.Field name={`${at}.weekday`}>
                        {(field) => (
                          <SelectField
                            id={`${input}-weekday`}
                            name={`${at}.weekday`}
                            label={t('svc.hours.weekday')}
                            value={field.state.value}
                            options={days}
                            error={error(`${at}.weekday`, field.state.meta.errors)}
                            onValue={(v) => field.handleChange(v as typeof field.state.value)}
                          />
                        )}
                      </form.Field>
                      <form.Field name={`${at}.opensAt`}>
                        {(field) => (
                          <InputField id={`${input}-opens`} name={`${at}.opensAt`} kind="time" narrow label={t('svc.hours.opensAt')} value={field.state.value} error={error(`${at}.opensAt`, field.state.meta.errors)} onValue={field.handleChange} />
                        )}
                      </form.Field>
                      <form.Field name={`${at}.closesAt`}>
                        {(field) => (
                          <InputField id={`${input}-closes`} name={`${at}.closesAt`} kind="time" narrow label={t('svc.hours.closesAt')} value={field.state.value} error={error(`${at}.closesAt`, field.state.meta.errors)} onValue={field.handleChange} />
                        )}
                      </form.Field>
                      <form.Field name={`${at}.validFrom`}>
                        {(field) => (
                          <InputField id={`${input}-from`} name={`${at}.validFrom`} kind="date" narrow label={t('svc.hours.validFrom')} value={field.state.value} error={error(`${at}.validFrom`, field.state.meta.errors)} onValue={field.handleChange} />
                        )}
                      </form.Field>
                      <form.Field name={`${at}.validTo`}>
                        {(field) => (
                          <InputField id={`${input}-to`} name={`${at}.validTo`} kind="date" narrow label={t('svc.hours.validTo')} value={field.state.value} error={error(`${at}.validTo`, field.state.meta.errors)} onValue={field.handleChange} />
                        )}
                      </form.Field>
                      <div class="svc-row__boxes">
                        {(['walkIn', 'appointment', 'interpreting'] as const).map((how) => (
                          <form.Field key={how} name={`${at}.${how}`}>
                            {(field) => (
                              <BoxField id={`${input}-${how}`} name={`${at}.${how}`} label={t(`svc.hours.${how}`)} checked={field.state.value} onValue={field.handleChange} />
                            )}
                          </form.Field>
                        ))}
                      </div>
                    </RowGroup>
                  );
                })}
                <p>
                  <button
                    id={`${id}-add-slot`}
                    type="button"
                    class="button"
                    disabled={slots.state.value.length >= SLOTS_MAX}
                    onClick={() => {
                      const next = slots.state.value.length;
                      slots.pushValue(newSlot(slots.state.value));
                      focusSoon(`${id}-slot-${next}-weekday`);
                    }}
                  >
                    {t('svc.hours.addSlot')}
                  </button>
                </p>
              </div>
            )}
          </form.Field>
          <h3 id={`${id}-closures`}>{t('svc.hours.closures')}</h3>
          <p class="hint">{t('svc.hours.closuresHint')}</p>
          <form.Field name="closures" mode="array">
            {(closures) => (
              <div role="group" aria-labelledby={`${id}-closures`}>
                {closures.state.value.length === 0 ? <p>{t('svc.hours.noClosure')}</p> : null}
                {error('closures', closures.state.meta.errors) ? <p class="form-field__error">{error('closures', closures.state.meta.errors)}</p> : null}
                {closures.state.value.map((_, i) => {
                  const at = `closures[${i}]` as const;
                  const input = `${id}-closure-${i}`;
                  return (
                    <RowGroup
                      key={i}
                      legend={t('svc.hours.closure', { n: i + 1 })}
                      actions={
                        <button
                          type="button"
                          class="button button--quiet"
                          onClick={() => {
                            closures.removeValue(i);
                            focusSoon(`${id}-add-closure`);
                          }}
                        >
                          {t('svc.hours.removeClosure', { n: i + 1 })}
                        </button>
                      }
                    >
                      <form.Field name={`${at}.startsOn`}>
                        {(field) => (
                          <InputField id={`${input}-starts`} name={`${at}.startsOn`} kind="date" narrow label={t('svc.hours.startsOn')} value={field.state.value} error={error(`${at}.startsOn`, field.state.meta.errors)} onValue={field.handleChange} />
                        )}
                      </form.Field>
                      <form.Field name={`${at}.endsOn`}>
                        {(field) => (
                          <InputField id={`${input}-ends`} name={`${at}.endsOn`} kind="date" narrow label={t('svc.hours.endsOn')} value={field.state.value} error={error(`${at}.endsOn`, field.state.meta.errors)} onValue={field.handleChange} />
                        )}
                      </form.Field>
                      <form.Field name={`${at}.reason`}>
                        {(field) => (
                          <InputField
                            id={`${input}-reason`}
                            name={`${at}.reason`}
                            lang="fr"
                            label={t('svc.hours.reason')}
                            hint={t('svc.hours.reasonHint', { max: REASON_MAX })}
                            value={field.state.value}
                            error={error(`${at}.reason`, field.state.meta.errors)}
                            onValue={field.handleChange}
                          />
                        )}
                      </form.Field>
                    </RowGroup>
                  );
                })}
                <p>
                  <button
                    id={`${id}-add-closure`}
                    type="button"
                    class="button"
                    disabled={closures.state.value.length >= CLOSURES_MAX}
                    onClick={() => {
                      const next = closures.state.value.length;
                      closures.pushValue(newClosure());
                      focusSoon(`${id}-closure-${next}-starts`);
                    }}
                  >
                    {t('svc.hours.addClosure')}
                  </button>
                </p>
              </div>
            )}
          </form.Field>
        </SectionForm>
      )}
    </form.Subscribe>
  );
}
