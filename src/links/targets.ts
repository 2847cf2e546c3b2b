// What a link in a note may point at: the pages the site will build, from the
// same lists src/pages builds them from (lib/site-pages.ts), aliases
// included, and the files in public/, which are served at the site root.
// Two pages at one address are found here too.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { NoteData } from '../collections/schema.ts';
import { type Collision, siteAddresses } from '../lib/site-addresses.ts';
import { sectionPathOf, sectionTree } from '../lib/sections.ts';
import { aliasPages } from '../lib/site-pages.ts';
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

export interface SiteMap extends SiteTargets {
  /** Addresses two pages (or an alias and a page) would share. */
  collisions: Collision[];
  /** Each alias no page collides with, and the note page it redirects to. */
  redirects: { from: string; to: string }[];
}

/**
 * Every page the site will have, with its heading ids, every alias and every
 * public file. `notesFolder` names sections without an `_index.md` in messages.
 */
export async function siteTargets(sources: NoteSources, publicDir: string, notesFolder: string): Promise<SiteMap> {
  const published = sources.notes.filter(isPublished);
  const sectionFiles = new Map(sources.sections.map((section) => [sectionPathOf(section), section.file]));
  const root = sectionTree(sources.sections.filter(isValid), published);
  const { addresses, collisions } = siteAddresses(root, tagIndex(published), {
    headings: (note) => note.headings,
    file: (note) => note.file,
    sectionFile: (section) => sectionFiles.get(section.path) ?? join(notesFolder, section.path, '/'),
  });
  const pages = new Map([...addresses].map(([path, address]) => [path, address.anchors]));
  for (const file of await publicFiles(publicDir)) pages.set(file.toLowerCase(), new Set());
  const drafts = new Set(sources.notes.filter((note) => note.data?.draft).map((note) => note.path));
  const collided = new Set(collisions.map((collision) => collision.path));
  const redirects = aliasPages(root)
    .filter((alias) => !collided.has(alias.path))
    .map((alias) => ({ from: alias.path, to: alias.target }));
  return { pages, drafts, collisions, redirects };
}
