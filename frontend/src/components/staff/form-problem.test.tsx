// What a refused save says above its form, as a rule: the stale explanation with its way out, the messages
// no input shows, "something went wrong" when nothing could be placed, and nothing when every message is at
// an input or nothing was refused.
import { render } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../lib/api/client';
import { problemMessages } from '../../lib/form/problem';
import { StaffI18nContext, staffTranslator } from '../../lib/i18n/staff';
import { FormProblem } from './form-problem';

const html = (node: preact.ComponentChildren) =>
  render(<StaffI18nContext.Provider value={{ lang: 'en', t: staffTranslator('en') }}>{node}</StaffI18nContext.Provider>);

const refused = (status: number, problem?: ConstructorParameters<typeof ApiError>[1]) => new ApiError(status, problem);

describe('a refused save', () => {
  it('says a stale version, with the way to read the record again', () => {
    const out = html(<FormProblem error={refused(412)} problem={undefined} stale="Someone changed it." reload={() => undefined} />);
    expect(out).toContain('role="alert"');
    expect(out).toContain('<p>Someone changed it.</p>');
    expect(out).toContain('Read it again</button>');
  });

  it('lists what no input can show, and says "went wrong" when nothing could be placed', () => {
    const problem = { type: 'about:blank', title: 'Bad Request', status: 400, errors: [{ field: 'version', message: 'is stale' }] };
    const general = problemMessages(problem, () => undefined);
    expect(html(<FormProblem error={refused(400, problem)} problem={general} />)).toContain('<p>version: is stale</p>');
    // No answer at all (offline), or a 5xx with no body: the shared "went wrong" notice.
    const none = html(<FormProblem error={refused(0)} problem={problemMessages(undefined, () => undefined)} />);
    expect(none).toContain(staffTranslator('en')('staff.error.body'));
  });

  it('shows nothing when every message is at its input, or when nothing was refused', () => {
    const problem = { type: 'about:blank', title: 'Bad Request', status: 400, errors: [{ field: 'name', message: 'is required' }] };
    const atInputs = problemMessages(problem, (f) => f);
    expect(html(<FormProblem error={refused(400, problem)} problem={atInputs} />)).toBe('');
    expect(html(<FormProblem error={undefined} problem={undefined} />)).toBe('');
  });
});
