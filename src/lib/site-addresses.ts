// Every address the site serves, with who serves it and the ids a link may
// point at there, built from the same page lists the routes use. Two pages
// (or an alias and a page) at one address is a collision: Astro would keep
// one and drop the other without a word, so the build stops instead.
import type { Section } from './sections.ts';
import { aliasPages, homeSections, notePages, sectionPages, siteFiles, tagPages } from './site-pages.ts';
import type { Tag } from './tags.ts';
import type { Note } from './types.ts';
import { homePath, tagIndexPath } from './urls.ts';

export interface Address {
  /** The file that makes the page, or what the site calls it (`the tag index`). */
  owner: string;
  /** The ids on the page a link may point at. */
  anchors: ReadonlySet<string>;
  /** The page is an alias of a note: a redirect. */
  alias: boolean;
  /** The page is one the site makes itself (the tag index, the feed), not one of the notes folder's. */
  builtIn: boolean;
}

export interface Collision {
  /** The address, decoded. */
  path: string;
  /** Of the two, the one whose owner comes first in code-point order, so a message never depends on read order… */
  first: Address;
  /** …and the other. */
  second: Address;
}

export interface NoteFiles<N extends Note> {
  headings(note: N): ReadonlySet<string>;
  /** The note's file. */
  file(note: N): string;
  /** The section's `_index.md`, or its folder when it has none. */
  sectionFile(section: Section<N>): string;
}

export interface SiteAddresses {
  /** By decoded path. */
  addresses: Map<string, Address>;
  collisions: Collision[];
}

const none: ReadonlySet<string> = new Set();

function ordered(a: Address, b: Address): [Address, Address] {
  return a.owner < b.owner ? [a, b] : [b, a];
}

export function siteAddresses<N extends Note>(root: Section<N>, tags: readonly Tag[], files: NoteFiles<N>): SiteAddresses {
  const addresses = new Map<string, Address>();
  const collisions: Collision[] = [];
  const add = (path: string, owner: string, anchors = none, kind: 'page' | 'alias' | 'built-in' = 'page') => {
    const address = { owner, anchors, alias: kind === 'alias', builtIn: kind === 'built-in' };
    const decoded = decodeURIComponent(path);
    const existing = addresses.get(decoded);
    if (!existing) addresses.set(decoded, address);
    else {
      const [first, second] = ordered(existing, address);
      collisions.push({ path: decoded, first, second });
    }
  };
  add(homePath, files.sectionFile(root), new Set(Object.values(homeSections)));
  add(tagIndexPath, 'the tag index', none, 'built-in');
  for (const path of siteFiles) add(path, `the site's ${path}`, none, 'built-in');
  for (const page of sectionPages(root)) add(page.path, files.sectionFile(page.section));
  for (const page of notePages(root, tags)) add(page.path, files.file(page.note), files.headings(page.note));
  for (const page of tagPages(root, tags)) add(page.path, `the page of the tag ${page.tag.name}`, none, 'built-in');
  for (const page of aliasPages(root)) add(page.path, files.file(page.note), none, 'alias');
  return { addresses, collisions };
}
