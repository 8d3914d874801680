// Labelled inputs for the staff forms: the label is visible, the hint and the error are tied to the input
// (aria-describedby), and an invalid input says so (aria-invalid), as WCAG 3.3.1 and 3.3.2 ask.
import type { ComponentChildren } from 'preact';

interface FieldFrame {
  readonly id: string;
  readonly label: string;
  readonly hint?: string | undefined;
  readonly error?: string | undefined;
}

function describedBy({ id, hint, error }: FieldFrame): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

function Frame({ frame, children }: { frame: FieldFrame; children: ComponentChildren }) {
  return (
    <div class={frame.error ? 'form-field form-field--invalid' : 'form-field'}>
      <label class="field-label" for={frame.id}>
        {frame.label}
      </label>
      {frame.hint ? (
        <p class="hint" id={`${frame.id}-hint`}>
          {frame.hint}
        </p>
      ) : null}
      {children}
      {frame.error ? (
        <p class="form-field__error" id={`${frame.id}-error`}>
          {frame.error}
        </p>
      ) : null}
    </div>
  );
}

// Preact's typings tie some input types to a `list`; the attribute is all we set here.
const typeOf = (type: 'text' | 'search' | undefined) => ({ type: type ?? 'text' }) as { type: 'text' };

export interface TextFieldProps extends FieldFrame {
  readonly name: string;
  readonly value: string;
  readonly onValue: (value: string) => void;
  readonly onBlur?: (() => void) | undefined;
  readonly type?: 'text' | 'search';
  readonly autoComplete?: string;
}

export function TextField(props: TextFieldProps) {
  return (
    <Frame frame={props}>
      <input
        id={props.id}
        name={props.name}
        class="text-input"
        {...typeOf(props.type)}
        value={props.value}
        autoComplete={props.autoComplete ?? 'off'}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy(props)}
        onInput={(e) => props.onValue(e.currentTarget.value)}
        onBlur={props.onBlur}
      />
    </Frame>
  );
}

export interface SelectFieldProps extends FieldFrame {
  readonly name: string;
  readonly value: string;
  readonly options: readonly { readonly value: string; readonly label: string }[];
  readonly onValue: (value: string) => void;
}

export function SelectField(props: SelectFieldProps) {
  return (
    <Frame frame={props}>
      <select
        id={props.id}
        name={props.name}
        class="text-input"
        value={props.value}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy(props)}
        onChange={(e) => props.onValue(e.currentTarget.value)}
      >
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Frame>
  );
}

export interface TextAreaFieldProps extends FieldFrame {
  readonly name: string;
  readonly value: string;
  readonly onValue: (value: string) => void;
  readonly onBlur?: (() => void) | undefined;
  /** The bound, said under the field as it fills up (the browser does not cut the text: the form says so). */
  readonly max: number;
  readonly count: string;
  readonly rows?: number;
}

/** A text area that shows how much of its bound is used, announced politely to screen readers. */
export function TextAreaField(props: TextAreaFieldProps) {
  const countId = `${props.id}-count`;
  const described = [describedBy(props), countId].filter(Boolean).join(' ');
  return (
    <Frame frame={props}>
      <textarea
        id={props.id}
        name={props.name}
        class="text-input"
        rows={props.rows ?? 4}
        value={props.value}
        aria-invalid={props.error || props.value.length > props.max ? true : undefined}
        aria-describedby={described}
        onInput={(e) => props.onValue(e.currentTarget.value)}
        onBlur={props.onBlur}
      />
      <p class={props.value.length > props.max ? 'hint hint--over' : 'hint'} id={countId} aria-live="polite">
        {props.count}
      </p>
    </Frame>
  );
}
