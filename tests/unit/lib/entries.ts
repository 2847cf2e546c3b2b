// Small builders for the collection entries lib works on, so each test states
// only the front matter it cares about.
import type { DayEntry, Note } from '../../../src/lib/types.ts';

interface NoteFields {
  title?: string;
  weight?: number;
  tags?: string[];
  draft?: boolean;
}

/** A note as the loader hands it over: `id` is `<day>/<file name>`. */
export function note(id: string, { title = id, weight = 0, tags = [], draft = false }: NoteFields = {}): Note {
  return { id, data: { title, weight, tags, draft } };
}

interface DayFields {
  title?: string;
  weight?: number;
  description?: string;
  date?: Date;
}

/** A day's `_index.md`: `id` is `<day>/_index`. */
export function dayIndex(slug: string, { title = slug, weight = 0, description, date }: DayFields = {}): DayEntry {
  return { id: `${slug}/_index`, data: { title, weight, description, date } };
}

export const ids = (entries: readonly { id: string }[]): string[] => entries.map((entry) => entry.id);

/** Every ordering of a small list, to show a sort does not depend on input order. */
export function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, index) =>
    permutations([...items.slice(0, index), ...items.slice(index + 1)]).map((rest) => [item, ...rest]),
  );
}
