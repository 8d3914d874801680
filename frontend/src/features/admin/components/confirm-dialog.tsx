// A confirmation step before a write that is hard to take back (a grant, a revocation, a revert, an
// erasure): the browser's own modal <dialog>, which traps focus, closes on Escape and gives the focus back
// to the button that opened it. The screen decides when it is open; Escape and Cancel call onCancel.
// onClosed runs once the dialog has closed and the browser has given the focus back, so a screen that
// then moves the focus to a result (the button may be gone) is not undone by that restoration.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

export interface ConfirmDialogProps {
  readonly id: string;
  readonly open: boolean;
  readonly title: string;
  readonly confirm: string;
  readonly cancel: string;
  readonly danger?: boolean;
  readonly busy?: boolean;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
  readonly onClosed?: () => void;
  readonly children: ComponentChildren;
}

export function ConfirmDialog(props: ConfirmDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (props.open && !d.open) d.showModal();
    if (!props.open && d.open) d.close();
  }, [props.open]);
  return (
    <dialog
      ref={dialog}
      id={props.id}
      class="staff-dialog"
      aria-labelledby={`${props.id}-title`}
      onCancel={(e) => {
        e.preventDefault();
        props.onCancel();
      }}
      onClose={() => props.onClosed?.()}
    >
      <form
        class="staff-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          props.onConfirm();
        }}
      >
        <h2 id={`${props.id}-title`}>{props.title}</h2>
        {props.children}
        <p class="actions">
          <button type="submit" class={props.danger ? 'button button--danger' : 'button button--primary'} disabled={props.busy}>
            {props.confirm}
          </button>
          <button type="button" class="button button--quiet" onClick={props.onCancel}>
            {props.cancel}
          </button>
        </p>
      </form>
    </dialog>
  );
}
