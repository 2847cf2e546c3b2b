// The only place pages read collections: everything else takes plain data from here.
import { type CollectionEntry, getCollection } from 'astro:content';
import { notesByDay, type Day } from '../lib/days.ts';
import { tagIndex, type Tag } from '../lib/tags.ts';
import { lastCommitDatesUnder } from './git-dates.ts';
import { buildEnvironment } from '../environment.ts';

export type NoteEntry = CollectionEntry<'notes'>;

export interface SiteContent {
  notes: NoteEntry[];
  days: Day<NoteEntry>[];
  tags: Tag[];
  /** When each note's file was last committed, by note id; notes git does not know are missing. */
  lastUpdated: ReadonlyMap<string, Date>;
}

let content: Promise<SiteContent> | undefined;

async function readContent(): Promise<SiteContent> {
  const [notes, dayEntries, fileDates] = await Promise.all([
    getCollection('notes', ({ data }) => import.meta.env.DEV || !data.draft),
    getCollection('days'),
    lastCommitDatesUnder(buildEnvironment().notesDir),
  ]);
  const lastUpdated = new Map<string, Date>();
  for (const note of notes) {
    const date = note.filePath === undefined ? undefined : fileDates.get(note.filePath);
    if (date) lastUpdated.set(note.id, date);
  }
  return { notes, days: notesByDay(dayEntries, notes), tags: tagIndex(notes), lastUpdated };
}

/** Notes, days, tags and dates: read once per build, fresh on every request in `astro dev`. Drafts show in dev only, as in Hugo. */
export function siteContent(): Promise<SiteContent> {
  if (import.meta.env.DEV) return readContent();
  content ??= readContent();
  return content;
}
