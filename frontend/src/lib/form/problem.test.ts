import { describe, expect, it } from 'vitest';
import { firstError, problemMessages } from './problem';

const fieldOf = (f: string) => (f === 'q' || f === 'city' ? f : undefined);

describe('server problems on a form', () => {
  it('puts each field error on its field, the first one per field', () => {
    const m = problemMessages(
      {
        type: 'x',
        title: 'Invalid parameters',
        status: 400,
        errors: [
          { field: 'q', message: 'too long' },
          { field: 'q', message: 'second' },
          { field: 'city', message: 'unknown town' },
        ],
      },
      fieldOf,
    );
    expect(m.fields).toEqual({ q: 'too long', city: 'unknown town' });
    expect(m.general).toEqual([]);
  });

  it('keeps what no field can show, and the detail when there are no field errors', () => {
    expect(problemMessages({ type: 'x', title: 'Bad', status: 400, errors: [{ field: 'size', message: 'max 100' }] }, fieldOf).general).toEqual([
      'size: max 100',
    ]);
    expect(problemMessages({ type: 'x', title: 'Bad', status: 400, detail: 'Try again later.' }, fieldOf).general).toEqual(['Try again later.']);
    expect(problemMessages(undefined, fieldOf)).toEqual({ fields: {}, general: [] });
  });

  it('reads the first message of strings or schema issues', () => {
    expect(firstError([])).toBeUndefined();
    expect(firstError(['', 'needed'])).toBe('needed');
    expect(firstError([{ message: 'from the schema', path: ['q'] }])).toBe('from the schema');
    expect(firstError([undefined, 42])).toBeUndefined();
  });
});
