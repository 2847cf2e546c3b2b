// The pages a `ref` shortcode may name, read from the notes folder: each note
// and section `_index.md` with the page it becomes (a `slug` included). The
// build reads this once, when it renders the first note with a `ref`;
// `npm run check` builds the same list from the sources it has already read.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { globSync } from 'tinyglobby';
import { parseSource } from '../collections/front-matter.ts';
import { noteFiles, sectionFiles } from '../lib/note-files.ts';
import { noteIdOf, sectionPathOf, slugOf } from '../lib/sections.ts';
import { notePath, sectionPath } from '../lib/urls.ts';
import type { RefPage } from './refs.ts';

/** A section's page from its `_index.md` entry. */
export function sectionRefPage(entry: string): RefPage {
  return { entry, path: sectionPath(sectionPathOf({ id: noteIdOf(entry) })) };
}

/** Read synchronously: the Markdown parser that needs it cannot wait. */
export function readRefPages(notesFolder: string): RefPage[] {
  const notePages = globSync(noteFiles, { cwd: notesFolder }).map((entry): RefPage => {
    const parsed = parseSource(readFileSync(`${notesFolder}/${entry}`, 'utf8'), entry.endsWith('.mdx') ? 'mdx' : 'md');
    return { entry, path: notePath({ id: noteIdOf(entry, slugOf(parsed.ok ? parsed.data : undefined)) }) };
  });
  return [...notePages, ...globSync(sectionFiles, { cwd: notesFolder }).map(sectionRefPage)];
}

/**
 * The render-result front matter key under which a note keeps the digest of
 * the pages its refs were resolved against: the content loader renders the
 * note again once the notes folder holds other pages (loader.ts).
 */
export const refPagesKey = 'refPagesDigest';

export function refPagesDigest(pages: readonly RefPage[]): string {
  return createHash('sha256').update(JSON.stringify(pages)).digest('hex');
}

export interface RefPageList {
  /** The pages, read on first need and then kept: reading them for every note with a `ref` made the build quadratic. */
  pages(): readonly RefPage[];
  /** Drops the pages read, so the next `ref` reads them again: `astro dev` calls it when a note is added, changed, renamed or deleted. */
  forget(): void;
}

export function refPageList(notesFolder: string): RefPageList {
  let pages: RefPage[] | undefined;
  return {
    pages: () => (pages ??= readRefPages(notesFolder)),
    forget: () => {
      pages = undefined;
    },
  };
}
