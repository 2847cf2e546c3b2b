// The site's pages, computed once from its sections and tags. Each route in
// src/pages builds its pages from here, and the link checker resolves links
// against the same list, so a new kind of page is one edit and the two can
// never disagree about what exists.
import { type Neighbours, neighboursOf } from './neighbours.ts';
import { notesInOrder, type Section, sectionsInOrder, sectionTrail } from './sections.ts';
import { type Tag, notesByTag, tagsOf } from './tags.ts';
import type { Note } from './types.ts';
import { notePath, robotsPath, rssPath, sectionPath, sitemapIndexPath, tagPath } from './urls.ts';

/** The ids of the home page's sections, which notes may link to (`/#tags`). */
export const homeSections = { days: 'days', tags: 'tags' } as const;

/** The files the site serves besides its pages: the feed, robots.txt and the sitemap index. */
export const siteFiles = [rssPath, robotsPath, sitemapIndexPath] as const;

export interface NotePage<N extends Note> {
  params: { path: string };
  path: string;
  note: N;
  /** The sections above the note, from the top level (its day) down to its own; empty for a note at the root. */
  trail: { path: string; title: string }[];
  neighbours: Neighbours<N>;
  tags: Tag[];
}

export interface SectionPage<N extends Note> {
  params: { path: string };
  path: string;
  section: Section<N>;
  /** The sections above this one, from the top level down; empty for a top-level section. */
  trail: { path: string; title: string }[];
}

export interface TagPage<N extends Note> {
  params: { tag: string };
  path: string;
  tag: Tag;
  /** The sections with notes carrying the tag, in site order, each with those notes. */
  sections: { path: string; title: string; notes: N[] }[];
}

/** An old address of a note (Hugo's `aliases`), which redirects to it. */
export interface AliasPage<N extends Note> {
  path: string;
  note: N;
  /** Where it redirects to. */
  target: string;
}

/** The sections from the top level down to the one at `path`, as links: path and title. */
function trailTo<N extends Note>(root: Section<N>, path: string): { path: string; title: string }[] {
  return sectionTrail(root, path).map((section) => ({ path: section.path, title: section.title }));
}

function sectionsWithRoot<N extends Note>(root: Section<N>): Section<N>[] {
  return [root, ...sectionsInOrder(root)];
}

export function notePages<N extends Note>(root: Section<N>, tags: readonly Tag[]): NotePage<N>[] {
  return sectionsWithRoot(root).flatMap((section) =>
    section.notes.map((note) => ({
      params: { path: note.id },
      path: notePath(note),
      note,
      trail: trailTo(root, section.path),
      neighbours: neighboursOf(section.notes, note.id),
      tags: tagsOf(note, tags),
    })),
  );
}

/** A page for every section but the root, whose page is the home page. */
export function sectionPages<N extends Note>(root: Section<N>): SectionPage<N>[] {
  return sectionsInOrder(root).map((section) => ({
    params: { path: section.path },
    path: sectionPath(section.path),
    section,
    trail: trailTo(root, section.path).slice(0, -1),
  }));
}

/** Each section's tagged notes are grouped once, so the tag pages cost one pass over the notes, not one per tag. */
export function tagPages<N extends Note>(root: Section<N>, tags: readonly Tag[]): TagPage<N>[] {
  const sectionsByTag = new Map<string, TagPage<N>['sections']>();
  for (const section of sectionsWithRoot(root)) {
    for (const [slugOfTag, notes] of notesByTag(section.notes)) {
      const sections = sectionsByTag.get(slugOfTag) ?? [];
      sections.push({ path: section.path, title: section.title, notes });
      sectionsByTag.set(slugOfTag, sections);
    }
  }
  return tags.map((tag) => ({ params: { tag: tag.slug }, path: tagPath(tag.slug), tag, sections: sectionsByTag.get(tag.slug) ?? [] }));
}

/**
 * An alias as a site path: from the site root when it starts with `/`, else
 * from the note's section, as Hugo reads it; lower-cased, as Hugo's URLs are.
 */
export function aliasPath(alias: string, note: Note): string {
  const folder = note.id.split('/').slice(0, -1).join('/');
  // URL resolution settles `..`, `.` and doubled slashes as a browser would.
  const pathname = new URL(alias.toLowerCase(), `https://site.invalid/${folder ? `${folder}/` : ''}`).pathname.replace(/\/{2,}/g, '/');
  return pathname.endsWith('/') || /\.html?$/.test(pathname) ? pathname : `${pathname}/`;
}

export function aliasPages<N extends Note>(root: Section<N>): AliasPage<N>[] {
  return notesInOrder(root).flatMap((note) => note.data.aliases.map((alias) => ({ path: aliasPath(alias, note), note, target: notePath(note) })));
}
