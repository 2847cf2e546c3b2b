// Hugo's default page order, so notes and days keep the order they had on the Hugo site.
import type { Note } from './types.ts';

interface Ranked {
  weight: number;
  title: string;
  /** A unique key that settles full ties, so order never depends on the file system. */
  key: string;
}

/** Weight ascending, with 0 (Hugo's "no weight") after every weighted page, then title, then key. */
export function byWeightThenTitle(a: Ranked, b: Ranked): number {
  const weightA = a.weight || Number.POSITIVE_INFINITY;
  const weightB = b.weight || Number.POSITIVE_INFINITY;
  if (weightA !== weightB) return weightA < weightB ? -1 : 1;
  return a.title.localeCompare(b.title, 'en') || a.key.localeCompare(b.key);
}

/** Notes in Hugo order. */
export function byHugoOrder(a: Note, b: Note): number {
  return byWeightThenTitle({ ...a.data, key: a.id }, { ...b.data, key: b.id });
}
