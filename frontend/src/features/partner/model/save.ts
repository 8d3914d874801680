// A section's save and its way out of a stale write, apart from the screen so they can be tested against request
// handlers: the values go on top of the service as the page holds it, with its version in If-Match; a 412 keeps
// what the person typed; "reload and reapply" loads the latest and puts the person's edits back on top of it.
import { ApiError } from '../../../lib/api/client';
import { problemMessages } from '../../../lib/form/problem';
import { reapply, type Reapplied } from './reapply';
import type { MaintainedService } from './service';

export interface SectionSpec<V extends object> {
  /** The section's form values, read from the service. */
  readonly values: (record: MaintainedService) => V;
  /** Sends the values, on top of the service as read, with its version in If-Match. */
  readonly save: (record: MaintainedService, values: V) => Promise<void>;
  /** Which form field a server error names (for the values sent), or undefined for the messages above the form. */
  readonly fieldOf: (values: V) => (serverField: string) => string | undefined;
  /** A field's name in plain words, for "what changed". */
  readonly label: (field: keyof V & string) => string;
}

export type SaveResult<V> =
  /** Saved; `fresh` is the service as it now is (undefined when it could not be read back). */
  | { readonly kind: 'saved'; readonly fresh: MaintainedService | undefined }
  /** Someone wrote since the version sent (412): nothing saved, the values are kept to reapply. */
  | { readonly kind: 'stale'; readonly draft: V }
  /** The section's copy was older than the page's and both changed a field: the merge is shown, not sent. */
  | { readonly kind: 'merged'; readonly base: MaintainedService; readonly merged: Reapplied<V> }
  /** Refused: messages by form field, the others above the form; `offline` when no answer came. */
  | { readonly kind: 'failed'; readonly fields: Readonly<Record<string, string>>; readonly general: readonly string[]; readonly offline: boolean };

/**
 * Saves a section's values. `base` is the service the section's form started from, `current` the page's copy:
 * when the page moved on since (another section saved), the section's edits are merged onto it first, and a field
 * both changed is shown to the person rather than sent.
 */
export async function saveSection<V extends object>(
  spec: SectionSpec<V>,
  base: MaintainedService,
  current: MaintainedService,
  values: V,
  reload: () => Promise<MaintainedService>,
): Promise<SaveResult<V>> {
  let sent = values;
  if (current.version !== base.version) {
    const merged = reapply(spec.values(base), spec.values(current), values);
    if (merged.conflicts.length > 0) return { kind: 'merged', base: current, merged };
    sent = merged.values;
  }
  try {
    await spec.save(current, sent);
  } catch (error) {
    if (error instanceof ApiError && error.status === 412) return { kind: 'stale', draft: sent };
    const problem = error instanceof ApiError ? error.problem : undefined;
    const messages = problem ? problemMessages(problem, spec.fieldOf(sent)) : undefined;
    return {
      kind: 'failed',
      fields: messages?.fields ?? {},
      general: messages?.general ?? [],
      offline: !(error instanceof ApiError) || error.status >= 500,
    };
  }
  try {
    return { kind: 'saved', fresh: await reload() };
  } catch {
    return { kind: 'saved', fresh: undefined };
  }
}

/** After a 412: the latest service, and the person's edits (from `base` to `draft`) put back on top of it. */
export async function reapplyDraft<V extends object>(
  spec: SectionSpec<V>,
  base: MaintainedService,
  draft: V,
  reload: () => Promise<MaintainedService>,
): Promise<{ latest: MaintainedService; merged: Reapplied<V> }> {
  const latest = await reload();
  return { latest, merged: reapply(spec.values(base), spec.values(latest), draft) };
}
