// What a link in a note may point at: the pages the site will build, from the
// same list src/pages builds them from (lib/site-pages.ts), and the files in
// public/, which are served at the site root.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { NoteData } from '../collections/schema.ts';
import { notesByDay } from '../lib/days.ts';
import { siteAddresses } from '../lib/site-pages.ts';
import { tagIndex } from '../lib/tags.ts';
import type { SiteTargets } from './resolve.ts';
import type { NoteSource, NoteSources } from './sources.ts';

type Valid<S extends { data?: unknown }> = S & { data: NonNullable<S['data']> };

const isValid = <S extends { data?: unknown }>(source: S): source is Valid<S> => source.data !== undefined;
const isPublished = (note: NoteSource): note is Valid<NoteSource> & { data: NoteData } => isValid(note) && !note.data.draft;

async function publicFiles(dir: string, prefix = '/'): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const nested = await Promise.all(
    entries.map((entry) => (entry.isDirectory() ? publicFiles(join(dir, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`])),
  );
  return nested.flat();
}

/** Every page the site will have, with its heading ids, and every public file. */
export async function siteTargets(sources: NoteSources, publicDir: string): Promise<SiteTargets> {
  const published = sources.notes.filter(isPublished);
  const days = notesByDay(sources.days.filter(isValid), published);
  const pages = siteAddresses(days, tagIndex(published), (note) => note.headings);
  for (const file of await publicFiles(publicDir)) pages.set(file.toLowerCase(), new Set());
  const drafts = new Set(sources.notes.filter((note) => note.data?.draft).map((note) => note.path));
  return { pages, drafts };
}
