// Small builders for the collection entries lib works on, so each test states
// only the front matter it cares about.
import type { Note, SectionEntry } from '../../../src/lib/types.ts';

interface NoteFields {
  title?: string;
  weight?: number;
  tags?: string[];
  draft?: boolean;
  description?: string;
  summary?: string;
  slug?: string;
  aliases?: string[];
}

/**
 * A note as the loader hands it over: `id` is its path below the notes folder
 * (`<section>/<file name>`, `day2/workshops/01_x`, or `about` at the root).
 * Optional fields are only present when given, as the schema leaves them out.
 */
export function note(id: string, { title = id, weight = 0, tags = [], draft = false, aliases = [], description, summary, slug }: NoteFields = {}): Note {
  return {
    id,
    data: {
      title,
      weight,
      tags,
      draft,
      aliases,
      ...(description === undefined ? {} : { description }),
      ...(summary === undefined ? {} : { summary }),
      ...(slug === undefined ? {} : { slug }),
    },
  };
}

interface SectionFields {
  title?: string;
  weight?: number;
  description?: string;
  date?: Date;
}

/** A section's `_index.md`: `id` is `<path>/_index`, or `_index` for the root (path ``). */
export function sectionIndex(path: string, { title = path, weight = 0, description, date }: SectionFields = {}): SectionEntry {
  return { id: path === '' ? '_index' : `${path}/_index`, data: { title, weight, description, date } };
}

export const ids = (entries: readonly { id: string }[]): string[] => entries.map((entry) => entry.id);

/** Every ordering of a small list, to show a sort does not depend on input order. */
export function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, index) =>
    permutations([...items.slice(0, index), ...items.slice(index + 1)]).map((rest) => [item, ...rest]),
  );
}
