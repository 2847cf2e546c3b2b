// Sections: the folders of the notes folder at any depth, as in Hugo. The
// top-level ones are the conference days (and any other sections, such as
// background reading); each is described by its _index.md, if it has one.
import { byHugoOrder, byWeightThenTitle } from './order.ts';
import type { Note, SectionEntry } from './types.ts';

export interface Section<N extends Note = Note> {
  /** The folder below the notes folder, which is also the URL: `day2`, `day2/workshops`; `` for the root. */
  path: string;
  title: string;
  weight: number;
  description?: string;
  date?: Date;
  /** The notes directly in this folder, in Hugo order. */
  notes: N[];
  /** The folders in this one, in Hugo order. */
  sections: Section<N>[];
}

/**
 * Ids follow Hugo's URLs: the path below the notes folder, lower-cased,
 * without extension; a page bundle (`talk/index.md`) is its folder; a `slug`
 * replaces the last segment.
 */
export function noteIdOf(entry: string, slug?: string): string {
  const segments = entry.replace(/\.mdx?$/, '').split('/');
  if (segments.length > 1 && segments.at(-1) === 'index') segments.pop();
  if (slug) segments[segments.length - 1] = slug;
  return segments.join('/').toLowerCase();
}

/** The `slug` a note's front matter gives, as written, before the schema checks it: ids are made from it first. */
export function slugOf(frontMatter: Record<string, unknown> | undefined): string | undefined {
  return typeof frontMatter?.slug === 'string' ? frontMatter.slug.trim() : undefined;
}

/** The section a note or an `_index` belongs to: its folder, `` at the root. */
export function sectionPathOf(entry: { id: string }): string {
  return entry.id.split('/').slice(0, -1).join('/');
}

function parentOf(path: string): string {
  return path.split('/').slice(0, -1).join('/');
}

function withAncestors(path: string): string[] {
  return path === '' ? [''] : [path, ...withAncestors(parentOf(path))];
}

function emptySection<N extends Note>(path: string, entry: SectionEntry | undefined): Section<N> {
  const data = entry?.data;
  return { path, title: data?.title ?? path.split('/').at(-1)!, weight: data?.weight ?? 0, description: data?.description, date: data?.date, notes: [], sections: [] };
}

const bySectionOrder = (a: Section, b: Section) => byWeightThenTitle({ ...a, key: a.path }, { ...b, key: b.path });

/**
 * Every section, as a tree from the root (path ``), in Hugo order, with its
 * notes. A folder without an `_index.md` is titled after its folder; a
 * section with an `_index.md` and no notes is kept, empty.
 */
export function sectionTree<N extends Note>(entries: readonly SectionEntry[], notes: readonly N[]): Section<N> {
  const described = new Map(entries.map((entry) => [sectionPathOf(entry), entry]));
  const paths = new Set(['', ...[...described.keys(), ...notes.map(sectionPathOf)].flatMap(withAncestors)]);
  const sections = new Map([...paths].map((path) => [path, emptySection<N>(path, described.get(path))]));
  for (const note of notes) sections.get(sectionPathOf(note))!.notes.push(note);
  for (const section of sections.values()) {
    section.notes.sort(byHugoOrder);
    if (section.path !== '') sections.get(parentOf(section.path))!.sections.push(section);
  }
  for (const section of sections.values()) section.sections.sort(bySectionOrder);
  return sections.get('')!;
}

/** Every section below `root`, each before its own sections, in Hugo order. */
export function sectionsInOrder<N extends Note>(root: Section<N>): Section<N>[] {
  return root.sections.flatMap((section) => [section, ...sectionsInOrder(section)]);
}

/** Every note in site order: a section's own notes, then its sections'. */
export function notesInOrder<N extends Note>(section: Section<N>): N[] {
  return [...section.notes, ...section.sections.flatMap(notesInOrder)];
}

/** The sections from the top level down to the one at `path`, for breadcrumbs; empty for the root. */
export function sectionTrail<N extends Note>(root: Section<N>, path: string): Section<N>[] {
  const next = root.sections.find((section) => path === section.path || path.startsWith(`${section.path}/`));
  return next ? [next, ...sectionTrail(next, path)] : [];
}
