// What a refused save says above its form, the same way on every staff form: a stale version (412) with the
// way to read the record again, the messages no input of the form can show, or "something went wrong" when the
// answer named nothing the form can place (no answer at all, a 5xx). Messages for an input are shown at that
// input (components/staff/form-field.tsx), never here. It takes tabIndex -1 so a form can move the focus to it.
import { ApiError } from '../../lib/api/client';
import type { ProblemMessages } from '../../lib/form/problem';
import { useStaffT } from '../../lib/i18n/staff';
import { StaffError } from './status';

export function FormProblem({
  error,
  problem,
  stale,
  reload,
}: {
  /** The refusal; undefined (or one the form says at an input itself, such as a taken name) shows nothing. */
  readonly error: ApiError | undefined;
  readonly problem: ProblemMessages | undefined;
  /** What to say when someone saved in between (412). */
  readonly stale?: string;
  readonly reload?: (() => void) | undefined;
}) {
  const { t } = useStaffT();
  if (!error) return null;
  if (error.status === 412 && stale) {
    return (
      <div class="notice notice--error" role="alert" tabIndex={-1}>
        <p>{stale}</p>
        {reload ? (
          <button type="button" class="button" onClick={reload}>
            {t('admin.reload')}
          </button>
        ) : null}
      </div>
    );
  }
  const general = problem?.general ?? [];
  if (general.length > 0) {
    return (
      <div class="notice notice--error" role="alert" tabIndex={-1}>
        {general.map((m) => (
          <p key={m}>{m}</p>
        ))}
      </div>
    );
  }
  return Object.keys(problem?.fields ?? {}).length > 0 ? null : <StaffError />;
}
