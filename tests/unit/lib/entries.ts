// Small builders for the collection entries lib works on, so each test states
// only the front matter it cares about.
import { sectionTree } from '../../../src/lib/sections.ts';
import { tagIndex } from '../../../src/lib/tags.ts';
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

/** A small site of three days, with tags spelled several ways, shared by the page and address tests. */
export const threeDays = (() => {
  const notes = [
    note('day1/01_keynote', { title: 'Keynote', weight: 1, tags: ['Platform'] }),
    note('day1/02_mesh', { title: 'Mesh', weight: 2, tags: ['platform', 'Service Mesh'] }),
    note('day1/03_closing', { title: 'Closing', weight: 3 }),
    note('day2/01_monitoring', { title: 'Monitoring', weight: 1, tags: ['Überwachung', 'Platform'] }),
    note('day3/01_mesh_again', { title: 'Mesh again', weight: 1, tags: ['service mesh'] }),
    note('day3/02_mesh_later', { title: 'Mesh later', weight: 2, tags: ['Service  Mesh'] }),
  ];
  const root = sectionTree(
    [sectionIndex('day3', { title: 'Day 3', weight: 3 }), sectionIndex('day1', { title: 'Day 1', weight: 1 }), sectionIndex('day2', { title: 'Day 2', weight: 2 })],
    notes,
  );
  const tags = tagIndex(notes);
  return { notes, root, tags };
})();
