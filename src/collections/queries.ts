// The only place pages read collections: everything else takes plain data from here.
import { type CollectionEntry, getCollection } from 'astro:content';
import { notesByDay, type Day } from '../lib/days.ts';
import { tagIndex, type Tag } from '../lib/tags.ts';

export type NoteEntry = CollectionEntry<'notes'>;

export interface SiteContent {
  notes: NoteEntry[];
  days: Day<NoteEntry>[];
  tags: Tag[];
}

let content: Promise<SiteContent> | undefined;

async function readContent(): Promise<SiteContent> {
  const notes = await getCollection('notes', ({ data }) => import.meta.env.DEV || !data.draft);
  const days = notesByDay(await getCollection('days'), notes);
  return { notes, days, tags: tagIndex(notes) };
}

/** Notes, days and tags: read once per build, fresh on every request in `astro dev`. Drafts show in dev only, as in Hugo. */
export function siteContent(): Promise<SiteContent> {
  if (import.meta.env.DEV) return readContent();
  content ??= readContent();
  return content;
}
