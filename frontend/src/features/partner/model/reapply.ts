// "Reload and reapply my changes" after a stale write (412): a three-way merge of one section's values. The base
// is what the person started from, the latest is what the server holds now, the draft is what they typed. A field
// they changed keeps their value; any other takes the latest. What someone else changed is listed, so the page can
// show it, and so is a field both changed differently (theirs is replaced by the person's: they see it and decide).
export interface Reapplied<V> {
  readonly values: V;
  /** The fields someone else changed since the base. */
  readonly theirs: readonly (keyof V & string)[];
  /** The fields both changed, to different values: the draft's value is kept. */
  readonly conflicts: readonly (keyof V & string)[];
}

/** Structural equality of form values (plain data: strings, booleans, arrays and objects in a fixed key order). */
export function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function reapply<V extends object>(base: V, latest: V, draft: V): Reapplied<V> {
  const values = { ...latest } as V;
  const theirs: (keyof V & string)[] = [];
  const conflicts: (keyof V & string)[] = [];
  for (const key of Object.keys(latest) as (keyof V & string)[]) {
    const mine = !same(draft[key], base[key]);
    const other = !same(latest[key], base[key]);
    if (mine) values[key] = draft[key];
    if (other) theirs.push(key);
    if (mine && other && !same(draft[key], latest[key])) conflicts.push(key);
  }
  return { values, theirs, conflicts };
}

/** The fields a draft changed from its base. */
export function edited<V extends object>(base: V, draft: V): (keyof V & string)[] {
  return (Object.keys(draft) as (keyof V & string)[]).filter((key) => !same(draft[key], base[key]));
}
