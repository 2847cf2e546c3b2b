// Conference days: the folders of content/, described by their _index.md.
import { byHugoOrder, byWeightThenTitle } from './order.ts';
import type { DayEntry, Note } from './types.ts';

export interface Day<N extends Note = Note> {
  /** The folder name, which is also the URL segment: `day2`. */
  slug: string;
  title: string;
  weight: number;
  description?: string;
  date?: Date;
  /** The day's notes in Hugo order. */
  notes: N[];
}

/** Ids follow Hugo's URLs: the path below the content folder, lower-cased, without extension. */
export function noteIdOf(entry: string): string {
  return entry.replace(/\.mdx?$/, '').toLowerCase();
}

/** The day a note or an `_index` belongs to: the first folder of its id. */
export function daySlugOf(entry: { id: string }): string {
  return entry.id.split('/')[0]!;
}

/** The note's own URL segment: its file name without extension. */
export function noteSlugOf(note: { id: string }): string {
  return note.id.split('/').slice(1).join('/');
}

/**
 * Every day, in Hugo order, with its notes. A day folder without an
 * `_index.md` still gets a page, titled after its folder; a day with an
 * `_index.md` and no notes is kept, empty.
 */
export function notesByDay<N extends Note>(dayEntries: readonly DayEntry[], notes: readonly N[]): Day<N>[] {
  const described = new Map(dayEntries.map((entry) => [daySlugOf(entry), entry.data]));
  const slugs = new Set([...described.keys(), ...notes.map(daySlugOf)]);
  return [...slugs]
    .map((slug): Day<N> => {
      const data = described.get(slug);
      return {
        slug,
        title: data?.title ?? slug,
        weight: data?.weight ?? 0,
        description: data?.description,
        date: data?.date,
        notes: notes.filter((note) => daySlugOf(note) === slug).sort(byHugoOrder),
      };
    })
    .sort((a, b) => byWeightThenTitle({ ...a, key: a.slug }, { ...b, key: b.slug }));
}
