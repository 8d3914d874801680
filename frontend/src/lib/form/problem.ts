// Server-side validation errors (RFC 9457 problem+json, `errors[].field`) shown on the form's own fields:
// the server is the last word on what is valid, and the person must see which input to fix.
import type { Problem } from '../api/client';

export interface ProblemMessages {
  /** Message per form field, for the fields the form has. */
  readonly fields: Readonly<Record<string, string>>;
  /** What no field of the form can show (shown above the form); the problem's detail when nothing else. */
  readonly general: readonly string[];
}

/**
 * Maps a problem's field errors onto the form's field names. `fieldOf` names the form field of a
 * server field ("q", "body.name", "$.name"…), or undefined when the form has no such input.
 */
export function problemMessages(problem: Problem | undefined, fieldOf: (serverField: string) => string | undefined): ProblemMessages {
  const fields: Record<string, string> = {};
  const general: string[] = [];
  for (const error of problem?.errors ?? []) {
    const field = fieldOf(error.field);
    if (field !== undefined && fields[field] === undefined) {
      fields[field] = error.message;
    } else if (field === undefined) {
      general.push(`${error.field}: ${error.message}`);
    }
  }
  if (Object.keys(fields).length === 0 && general.length === 0 && problem) {
    general.push(problem.detail ?? problem.title);
  }
  return { fields, general };
}

/** The first message of a field's errors (strings, or Standard Schema issues with a message). */
export function firstError(errors: readonly unknown[]): string | undefined {
  for (const error of errors) {
    if (typeof error === 'string' && error !== '') return error;
    if (error && typeof error === 'object' && 'message' in error && typeof error.message === 'string') return error.message;
  }
  return undefined;
}
