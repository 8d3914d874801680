// "Reload and reapply my changes": a three-way merge per field of a section, lists merged by their items.
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

  it('merges lists by their items: a closure added in each tab, a slot changed in one, all kept', () => {
    const start = { slots: ['TU 14-17', 'TH 09-12'], closures: ['24/12'] };
    const theirs = { slots: ['TU 14-18', 'TH 09-12', 'FR 09-12'], closures: ['24/12', '10/02'] };
    const mine = { slots: ['TU 14-17', 'TH 09-12'], closures: ['24/12', '01/05'] };
    const result = reapply(start, theirs, mine);
    expect(result.values).toEqual({ slots: ['TU 14-18', 'TH 09-12', 'FR 09-12'], closures: ['24/12', '10/02', '01/05'] });
    expect(result.theirs).toEqual(['slots', 'closures']);
    expect(result.conflicts).toEqual([]);
    // A row I removed leaves, even when they added others.
    expect(reapply(start, theirs, { ...mine, closures: [] }).values.closures).toEqual(['10/02']);
  });

  it('keeps a row changed in place where it was', () => {
    const start = { slots: ['TU 14-17 interpreter', 'TH 09-12'], closures: [] as string[] };
    const result = reapply(start, { ...start, closures: ['10/02'] }, { ...start, slots: ['TU 14-17', 'TH 09-12'] });
    expect(result.values.slots).toEqual(['TU 14-17', 'TH 09-12']);
    expect(result.values.closures).toEqual(['10/02']);
  });

  it('names a list both changed at the same item, keeping both new versions to choose from', () => {
    const start = { slots: ['TU 14-17'] };
    const result = reapply(start, { slots: ['TU 14-18'] }, { slots: ['TU 14-16'] });
    expect(result.values.slots).toEqual(['TU 14-18', 'TU 14-16']);
    expect(result.conflicts).toEqual(['slots']);
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
