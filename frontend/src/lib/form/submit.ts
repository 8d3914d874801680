// Submitting a TanStack form whose form-level validator ties inputs together (the reach to the town, say).
// Before a submit the library re-runs only the inputs' own validators, and stops while an input still holds a
// message the form-level validator put there, even when the person fixed it through another input. Running the
// form's validators first states every message afresh: fixed ones go, the others show together.
import type { AnyFormApi } from '@tanstack/preact-form';

export async function submitAfresh(form: Pick<AnyFormApi, 'validate' | 'handleSubmit'>): Promise<void> {
  await form.validate('submit');
  await form.handleSubmit();
}

/** After a refused submit: the first input said to be wrong, else the notice above the form, takes the focus. */
export function focusFirstProblem(form: HTMLFormElement | null): void {
  window.setTimeout(() => form?.querySelector<HTMLElement>('[aria-invalid="true"], [role="alert"]')?.focus(), 0);
}
