// "Reload and reapply my changes" after a stale write (412): a three-way merge of one section's values. The base
// is what the person started from, the latest is what the server holds now, the draft is what they typed. A field
// they changed keeps their value; any other takes the latest. A list (slots, closures, documents, boxes ticked)
// is merged by its items: the items the person removed leave the latest list, the ones they added join it, so a
// closure added in one tab and a slot changed in another both survive. What someone else changed is listed, so
// the page can show it, and so is a field both changed in ways that meet (the person's value is kept: they see it
// and decide before saving again).
export interface Reapplied<V> {
  readonly values: V;
  /** The fields someone else changed since the base. */
  readonly theirs: readonly (keyof V & string)[];
  /** The fields both changed in ways that meet: the draft's value is kept, or both lists' items are. */
  readonly conflicts: readonly (keyof V & string)[];
}

/** Structural equality of form values (plain data: strings, booleans, arrays and objects in a fixed key order). */
export function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

const key = (item: unknown) => JSON.stringify(item);

/** Items of `from` not in `minus` (by value, counting repeats). */
function without(from: readonly unknown[], minus: readonly unknown[]): unknown[] {
  const left = minus.map(key);
  return from.filter((item) => {
    const i = left.indexOf(key(item));
    if (i < 0) return true;
    left.splice(i, 1);
    return false;
  });
}

/**
 * latest − (base − draft) + (draft − base): what the person removed or changed leaves, what they added or
 * changed to joins. A row changed in place (the same position, old value gone, new value new) takes the old
 * row's place in the latest list, so the rows keep their order; new rows go at the end. Both sides touching the
 * same row (one changed or removed what the other changed or removed) is a conflict.
 */
function mergeList(base: readonly unknown[], latest: readonly unknown[], draft: readonly unknown[]): { list: unknown[]; conflict: boolean } {
  const removed = without(base, draft);
  const added = without(draft, base);
  const removedKeys = removed.map(key);
  const addedKeys = added.map(key);
  // Changed in place: base[k] left and draft[k] came at the same position.
  const replacements = new Map<string, unknown>();
  for (let k = 0; k < Math.min(base.length, draft.length); k++) {
    const [was, now] = [key(base[k]), key(draft[k])];
    if (was !== now && removedKeys.includes(was) && addedKeys.includes(now) && !replacements.has(was)) replacements.set(was, draft[k]);
  }
  const placed = new Set<string>();
  const list: unknown[] = [];
  const gone = [...removedKeys];
  for (const item of latest) {
    const k = key(item);
    const at = gone.indexOf(k);
    if (at < 0) {
      list.push(item);
      continue;
    }
    gone.splice(at, 1);
    const replacement = replacements.get(k);
    if (replacement !== undefined && !placed.has(key(replacement))) {
      list.push(replacement);
      placed.add(key(replacement));
    }
  }
  const latestKeys = latest.map(key);
  for (const item of added) {
    if (!placed.has(key(item)) && !latestKeys.includes(key(item))) list.push(item);
  }
  const theirsRemoved = without(base, latest).map(key);
  return { list, conflict: removedKeys.some((k) => theirsRemoved.includes(k)) };
}

export function reapply<V extends object>(base: V, latest: V, draft: V): Reapplied<V> {
  const values = { ...latest } as V;
  const theirs: (keyof V & string)[] = [];
  const conflicts: (keyof V & string)[] = [];
  for (const field of Object.keys(latest) as (keyof V & string)[]) {
    const mine = !same(draft[field], base[field]);
    const other = !same(latest[field], base[field]);
    if (other) theirs.push(field);
    if (!mine) continue;
    const [b, l, d] = [base[field], latest[field], draft[field]];
    if (Array.isArray(b) && Array.isArray(l) && Array.isArray(d)) {
      const merged = mergeList(b, l, d);
      values[field] = merged.list as V[typeof field];
      if (other && merged.conflict) conflicts.push(field);
    } else {
      values[field] = d;
      if (other && !same(d, l)) conflicts.push(field);
    }
  }
  return { values, theirs, conflicts };
}

/** The fields a draft changed from its base. */
export function edited<V extends object>(base: V, draft: V): (keyof V & string)[] {
  return (Object.keys(draft) as (keyof V & string)[]).filter((field) => !same(draft[field], base[field]));
}
