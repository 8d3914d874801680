// The person (issue 17, part 4), only after consent: the minimum. A pseudonym or first name, the languages
// (the visitor's already ticked), how to reach them; the birth year only when an offer sent to has an age
// condition, the status only when the person gave it and an offer sent to is only for some statuses; a note
// per referral. Checked by valibot before anything is sent; the server's field errors show at the fields.
import { useForm } from '@tanstack/preact-form';
import { useQuery } from '@tanstack/preact-query';
import { useMemo } from 'preact/hooks';
import type { ProblemMessages } from '../../../lib/form/problem';
import { firstError } from '../../../lib/form/problem';
import { useStaffT, type StaffKey, type StaffT } from '../../../lib/i18n/staff';
import { STATUSES } from '../../../lib/triage/answers';
import { SelectField, TextAreaField, TextField } from '../../../components/staff/form-field';
import { StaffError, StaffLoading } from '../../../components/staff/status';
import { pickedServicesQuery } from '../api/visit';
import { DESK_TIME_ZONE } from '../model/format';
import {
  asks,
  CONTACT_CHANNELS,
  defaultPerson,
  NAME_MAX,
  NOTE_MAX,
  personSchema,
  referable,
  type Asks,
  type PersonValues,
  type Pick,
} from '../model/visit';
import type { VisitAction, VisitState } from '../model/visit-flow';
import { KIOSK_LANGS, LanguageName } from './pair';

export function currentYear(now = new Date()): number {
  return Number(new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: DESK_TIME_ZONE }).format(now));
}

export function PersonForm(props: {
  t: StaffT;
  agentLang: string;
  ask: Asks;
  picks: readonly Pick[];
  /** Offers picked whose organisation is not within the consent: they will not be sent. */
  left: readonly Pick[];
  initial: PersonValues;
  refused: ProblemMessages | undefined;
  onSubmit: (values: PersonValues) => void;
  onBack: () => void;
}) {
  const { t, ask, refused } = props;
  const schema = useMemo(() => personSchema(t, currentYear()), [t]);
  const form = useForm({
    defaultValues: props.initial,
    validators: { onSubmit: schema },
    onSubmit: ({ value }) => props.onSubmit(value),
  });
  const server = (name: keyof PersonValues) => refused?.fields[name];
  return (
    <form
      class="staff-form visit-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void form.handleSubmit();
      }}
    >
      {refused ? (
        <div class="notice notice--error" role="alert">
          <p>{t('visit.person.refused')}</p>
          {refused.general.map((m) => (
            <p key={m}>{m}</p>
          ))}
        </div>
      ) : null}
      <form.Field name="name">
        {(field) => (
          <TextField
            id="visit-name"
            name="name"
            label={t('visit.person.name')}
            hint={t('visit.person.nameHint', { max: NAME_MAX })}
            value={field.state.value}
            autoComplete="off"
            error={firstError(field.state.meta.errors) ?? server('name')}
            onValue={field.handleChange}
            onBlur={field.handleBlur}
          />
        )}
      </form.Field>
      <form.Field name="languages">
        {(field) => {
          const error = server('languages');
          return (
            <fieldset class={error ? 'form-field form-field--invalid' : 'form-field'} aria-describedby={error ? 'visit-languages-error' : undefined}>
              <legend class="field-label">{t('visit.person.languages')}</legend>
              {KIOSK_LANGS.map((code) => (
                <label key={code} class="checkbox">
                  <input
                    type="checkbox"
                    name="languages"
                    value={code}
                    checked={field.state.value.includes(code)}
                    onChange={(e) =>
                      field.handleChange(e.currentTarget.checked ? [...field.state.value, code] : field.state.value.filter((l) => l !== code))
                    }
                  />
                  <LanguageName code={code} agentLang={props.agentLang} />
                </label>
              ))}
              {error ? (
                <p class="form-field__error" id="visit-languages-error">
                  {error}
                </p>
              ) : null}
            </fieldset>
          );
        }}
      </form.Field>
      <form.Field name="contactChannel">
        {(field) => (
          <SelectField
            id="visit-contact"
            name="contactChannel"
            label={t('visit.person.contact')}
            hint={t('visit.person.contactHint')}
            value={field.state.value}
            error={server('contactChannel')}
            options={[
              { value: '', label: t('visit.person.contactNone') },
              ...CONTACT_CHANNELS.map((c) => ({ value: c, label: t(`visit.contact.${c}` as StaffKey) })),
            ]}
            onValue={(v) => field.handleChange(v as PersonValues['contactChannel'])}
          />
        )}
      </form.Field>
      {ask.birthYear ? (
        <form.Field name="birthYear">
          {(field) => (
            <TextField
              id="visit-birth-year"
              name="birthYear"
              label={t('visit.person.birthYear')}
              hint={t('visit.person.birthYearHint')}
              value={field.state.value}
              error={firstError(field.state.meta.errors) ?? server('birthYear')}
              onValue={field.handleChange}
              onBlur={field.handleBlur}
            />
          )}
        </form.Field>
      ) : null}
      {ask.status ? (
        <form.Field name="status">
          {(field) => (
            <SelectField
              id="visit-status"
              name="status"
              label={t('visit.person.status')}
              hint={t('visit.person.statusHint')}
              value={field.state.value}
              error={server('status')}
              options={[
                { value: '', label: t('visit.person.statusNone') },
                ...STATUSES.map((s) => ({ value: s, label: t(`personStatus.${s}` as StaffKey) })),
              ]}
              onValue={(v) => field.handleChange(v as PersonValues['status'])}
            />
          )}
        </form.Field>
      ) : null}
      <section aria-labelledby="visit-notes" class="visit-notes">
        <h2 id="visit-notes">{t('visit.person.notes')}</h2>
        <p class="hint">{t('visit.person.notesIntro')}</p>
        {props.picks.map((p) => (
          <form.Field key={p.slug} name={`notes.${p.slug}`}>
            {(field) => {
              const value = field.state.value ?? '';
              return (
                <TextAreaField
                  id={`visit-note-${p.slug}`}
                  name={`note-${p.slug}`}
                  label={t('visit.person.note', { service: p.name, org: p.organization.name })}
                  hint={t('visit.person.noteHint')}
                  max={NOTE_MAX}
                  rows={3}
                  count={t('case.noteCount', { count: value.length, max: NOTE_MAX })}
                  value={value}
                  error={firstError(field.state.meta.errors)}
                  onValue={field.handleChange}
                  onBlur={field.handleBlur}
                />
              );
            }}
          </form.Field>
        ))}
        {props.left.length > 0 ? (
          <div class="notice notice--warning">
            <p>{t('visit.person.left')}</p>
            <ul>
              {props.left.map((p) => (
                <li key={p.slug}>{t('visit.person.leftOne', { service: p.name, org: p.organization.name })}</li>
              ))}
            </ul>
          </div>
        ) : null}
      </section>
      <p class="actions">
        <button type="submit" class="button button--primary button--large">
          {t('visit.person.next')}
        </button>
        <button type="button" class="button" onClick={props.onBack}>
          {t('visit.person.back')}
        </button>
      </p>
    </form>
  );
}

export function PersonStep({ state, dispatch }: { state: VisitState; dispatch: (action: VisitAction) => void }) {
  const { t, lang } = useStaffT();
  const consent = state.consent;
  const picks = useMemo(() => (consent ? referable(state.selection, consent.scope) : []), [state.selection, consent]);
  const left = state.selection.filter((p) => !picks.includes(p));
  const services = useQuery(pickedServicesQuery(picks.map((p) => p.id), lang));
  if (services.isPending) return <StaffLoading />;
  if (services.isError) return <StaffError retry={() => void services.refetch()} />;
  return (
    <>
      <p class="lead">{t('visit.person.intro')}</p>
      <PersonForm
        t={t}
        agentLang={lang}
        ask={asks(services.data, state.answers)}
        picks={picks}
        left={left}
        initial={defaultPerson(state.lang ?? 'fr', state.answers, state.person)}
        refused={state.refused}
        onSubmit={(values) => dispatch({ type: 'person', values })}
        onBack={() => dispatch({ type: 'go', step: 'consent' })}
      />
    </>
  );
}
