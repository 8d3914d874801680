// The inputs of the service page beyond the shared text fields: typed inputs (time, date, number, e-mail, phone,
// web address) and groups of boxes or radios in a fieldset. Same pattern as components/staff/form-field.tsx: a
// visible label, the hint and the error tied to the input (aria-describedby), aria-invalid when wrong (WCAG 3.3.1,
// 3.3.2). The browser's own validation is off (the forms are noValidate): the messages are ours, in the staff
// language, at the input, whether the check was made here or by the server.
import type { ComponentChildren } from 'preact';

interface Frame {
  readonly id: string;
  readonly label: string;
  readonly hint?: string | undefined;
  readonly error?: string | undefined;
}

const describedBy = ({ id, hint, error }: Frame) =>
  [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

function Message({ id, error }: { id: string; error: string | undefined }) {
  return error ? (
    <p class="form-field__error" id={`${id}-error`}>
      {error}
    </p>
  ) : null;
}

export type InputKind = 'text' | 'time' | 'date' | 'number' | 'email' | 'tel' | 'url';

export interface InputFieldProps extends Frame {
  readonly name: string;
  readonly value: string;
  readonly onValue: (value: string) => void;
  readonly onBlur?: (() => void) | undefined;
  readonly kind?: InputKind;
  readonly lang?: string | undefined;
  readonly autoComplete?: string;
  readonly min?: number;
  readonly max?: number;
  /** A narrow input (times, dates, numbers), so rows of them fit on a phone. */
  readonly narrow?: boolean;
}

export function InputField(props: InputFieldProps) {
  const kind = props.kind ?? 'text';
  return (
    <div class={props.error ? 'form-field form-field--invalid' : 'form-field'}>
      <label class="field-label" for={props.id}>
        {props.label}
      </label>
      {props.hint ? (
        <p class="hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      ) : null}
      <input
        id={props.id}
        name={props.name}
        class={props.narrow ? 'text-input svc-input--narrow' : 'text-input'}
        {...({ type: kind } as { type: 'text' })}
        {...(kind === 'number' ? { inputMode: 'numeric' as const, min: props.min, max: props.max, step: 1 } : {})}
        lang={props.lang}
        dir={props.lang ? 'auto' : undefined}
        value={props.value}
        autoComplete={props.autoComplete ?? 'off'}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy(props)}
        onInput={(e) => props.onValue(e.currentTarget.value)}
        onBlur={props.onBlur}
      />
      <Message id={props.id} error={props.error} />
    </div>
  );
}

export interface AreaFieldProps extends Frame {
  readonly name: string;
  readonly value: string;
  readonly onValue: (value: string) => void;
  readonly lang?: string | undefined;
  readonly rows?: number;
}

export function AreaField(props: AreaFieldProps) {
  return (
    <div class={props.error ? 'form-field form-field--invalid' : 'form-field'}>
      <label class="field-label" for={props.id}>
        {props.label}
      </label>
      {props.hint ? (
        <p class="hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      ) : null}
      <textarea
        id={props.id}
        name={props.name}
        class="text-input"
        rows={props.rows ?? 4}
        lang={props.lang}
        dir={props.lang ? 'auto' : undefined}
        value={props.value}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy(props)}
        onInput={(e) => props.onValue(e.currentTarget.value)}
      />
      <Message id={props.id} error={props.error} />
    </div>
  );
}

export interface Choice {
  readonly value: string;
  readonly label: string;
}

/** Boxes to tick in a fieldset whose legend says what they are. */
export function BoxesField(props: Frame & { readonly name: string; readonly choices: readonly Choice[]; readonly value: readonly string[]; readonly onValue: (value: string[]) => void }) {
  return (
    <fieldset class={props.error ? 'form-field form-field--invalid svc-choices' : 'form-field svc-choices'} aria-describedby={describedBy(props)}>
      <legend class="field-label">{props.label}</legend>
      {props.hint ? (
        <p class="hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      ) : null}
      {props.choices.map((c) => (
        <label key={c.value} class="checkbox">
          <input
            type="checkbox"
            name={props.name}
            value={c.value}
            checked={props.value.includes(c.value)}
            onChange={(e) =>
              props.onValue(e.currentTarget.checked ? [...props.value, c.value] : props.value.filter((v) => v !== c.value))
            }
          />
          {c.label}
        </label>
      ))}
      <Message id={props.id} error={props.error} />
    </fieldset>
  );
}

/** One choice among a few, as radios in a fieldset. */
export function RadiosField(props: Frame & { readonly name: string; readonly choices: readonly Choice[]; readonly value: string; readonly onValue: (value: string) => void }) {
  return (
    <fieldset class={props.error ? 'form-field form-field--invalid svc-choices' : 'form-field svc-choices'} aria-describedby={describedBy(props)}>
      <legend class="field-label">{props.label}</legend>
      {props.hint ? (
        <p class="hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      ) : null}
      {props.choices.map((c) => (
        <label key={c.value} class="radio">
          <input type="radio" name={props.name} value={c.value} checked={props.value === c.value} onChange={() => props.onValue(c.value)} />
          {c.label}
        </label>
      ))}
      <Message id={props.id} error={props.error} />
    </fieldset>
  );
}

/** One box on its own (a slot's "walk-in", say). */
export function BoxField(props: { readonly id: string; readonly name: string; readonly label: string; readonly checked: boolean; readonly onValue: (checked: boolean) => void }) {
  return (
    <label class="checkbox" for={props.id}>
      <input id={props.id} type="checkbox" name={props.name} checked={props.checked} onChange={(e) => props.onValue(e.currentTarget.checked)} />
      {props.label}
    </label>
  );
}

/** A group of inputs that belong together (a slot, a closure, a document), named for screen readers. */
export function RowGroup({ legend, children, actions }: { legend: string; children: ComponentChildren; actions?: ComponentChildren }) {
  return (
    <fieldset class="svc-row">
      <legend class="svc-row__legend">{legend}</legend>
      <div class="svc-row__fields">{children}</div>
      {actions ? <div class="svc-row__actions">{actions}</div> : null}
    </fieldset>
  );
}
