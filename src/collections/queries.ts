// The only place pages read collections: everything else takes plain data from here.
import { type CollectionEntry, getCollection } from 'astro:content';
import { sectionPathOf, sectionTree, type Section } from '../lib/sections.ts';
import { tagIndex, type Tag } from '../lib/tags.ts';
import { buildEnvironment } from '../environment.ts';
import { lastCommitDatesUnder } from './git-dates.ts';

export type NoteEntry = CollectionEntry<'notes'>;
export type SectionEntry = CollectionEntry<'sections'>;

export interface SiteContent {
  notes: NoteEntry[];
  /** The root section (the home page), holding the notes in the notes folder itself and every section below. */
  root: Section<NoteEntry>;
  /** Each section's `_index.md`, by section path (`` for the root), for its text. */
  sectionEntries: ReadonlyMap<string, SectionEntry>;
  tags: Tag[];
  /** When each note last changed, by note id: its `lastmod`, else its file's last commit; notes git does not know are missing. */
  lastUpdated: ReadonlyMap<string, Date>;
}

let content: Promise<SiteContent> | undefined;

async function readContent(): Promise<SiteContent> {
  const [notes, sections, fileDates] = await Promise.all([
    getCollection('notes', ({ data }) => import.meta.env.DEV || !data.draft),
    getCollection('sections'),
    lastCommitDatesUnder(buildEnvironment().notesDir),
  ]);
  const lastUpdated = new Map<string, Date>();
  for (const note of notes) {
    const date = note.data.lastmod ?? (note.filePath === undefined ? undefined : fileDates.get(note.filePath));
    if (date) lastUpdated.set(note.id, date);
  }
  const sectionEntries = new Map(sections.map((entry) => [sectionPathOf(entry), entry]));
  return { notes, root: sectionTree(sections, notes), sectionEntries, tags: tagIndex(notes), lastUpdated };
}

/** Notes, sections, tags and dates: read once per build, fresh on every request in `astro dev`. Drafts show in dev only, as in Hugo. */
export function siteContent(): Promise<SiteContent> {
  if (import.meta.env.DEV) return readContent();
  content ??= readContent();
  return content;
}
