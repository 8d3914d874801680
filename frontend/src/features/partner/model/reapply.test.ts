// "Reload and reapply my changes": a three-way merge per field of a section.
import { describe, expect, it } from 'vitest';
import { edited, reapply } from './reapply';

describe('reapplying a stale edit', () => {
  const base = { slots: ['TU 14-17'], closures: [] as string[], note: 'a' };

  it('keeps what the person changed and takes everything else from the latest, saying what someone else changed', () => {
    const latest = { slots: ['TU 14-17'], closures: ['24/12-02/01'], note: 'b' };
    const draft = { slots: ['TU 14-18'], closures: [], note: 'a' };
    const result = reapply(base, latest, draft);
    expect(result.values).toEqual({ slots: ['TU 14-18'], closures: ['24/12-02/01'], note: 'b' });
    expect(result.theirs).toEqual(['closures', 'note']);
    expect(result.conflicts).toEqual([]);
  });

  it('names a field both changed differently, and keeps the person’s value', () => {
    const result = reapply(base, { ...base, note: 'theirs' }, { ...base, note: 'mine' });
    expect(result.values.note).toBe('mine');
    expect(result.conflicts).toEqual(['note']);
    // The same change on both sides is no conflict.
    expect(reapply(base, { ...base, note: 'same' }, { ...base, note: 'same' }).conflicts).toEqual([]);
  });

  it('lists what a draft changed', () => {
    expect(edited(base, { ...base, closures: ['x'] })).toEqual(['closures']);
    expect(edited(base, base)).toEqual([]);
  });
});
