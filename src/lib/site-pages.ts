// The site's pages, computed once from its days and tags. Each route in
// src/pages builds its pages from here, and the link checker resolves links
// against the same list, so a new kind of page is one edit and the two can
// never disagree about what exists.
import type { Day } from './days.ts';
import { daySlugOf, noteSlugOf } from './days.ts';
import { type Neighbours, neighboursOf } from './neighbours.ts';
import { type Tag, notesTagged, tagsOf } from './tags.ts';
import type { Note } from './types.ts';
import { dayPath, homePath, notePath, robotsPath, rssPath, sitemapIndexPath, tagIndexPath, tagPath } from './urls.ts';

/** The ids of the home page's sections, which notes may link to (`/#tags`). */
export const homeSections = { days: 'days', tags: 'tags' } as const;

/** The files the site serves besides its pages: the feed, robots.txt and the sitemap index. */
export const siteFiles = [rssPath, robotsPath, sitemapIndexPath] as const;

export interface NotePage<N extends Note> {
  params: { day: string; note: string };
  path: string;
  note: N;
  day: { slug: string; title: string };
  neighbours: Neighbours<N>;
  tags: Tag[];
}

export interface DayPage<N extends Note> {
  params: { day: string };
  path: string;
  day: Day<N>;
}

export interface TagPage<N extends Note> {
  params: { tag: string };
  path: string;
  tag: Tag;
  /** The days with notes carrying the tag, in site order, each with those notes. */
  days: { slug: string; title: string; notes: N[] }[];
}

export function notePages<N extends Note>(days: readonly Day<N>[], tags: readonly Tag[]): NotePage<N>[] {
  return days.flatMap((day) =>
    day.notes.map((note) => ({
      params: { day: daySlugOf(note), note: noteSlugOf(note) },
      path: notePath(note),
      note,
      day: { slug: day.slug, title: day.title },
      neighbours: neighboursOf(day.notes, note.id),
      tags: tagsOf(note, tags),
    })),
  );
}

export function dayPages<N extends Note>(days: readonly Day<N>[]): DayPage<N>[] {
  return days.map((day) => ({ params: { day: day.slug }, path: dayPath(day.slug), day }));
}

export function tagPages<N extends Note>(days: readonly Day<N>[], tags: readonly Tag[]): TagPage<N>[] {
  return tags.map((tag) => ({
    params: { tag: tag.slug },
    path: tagPath(tag.slug),
    tag,
    days: days
      .map((day) => ({ slug: day.slug, title: day.title, notes: notesTagged(day.notes, tag.slug) }))
      .filter((day) => day.notes.length > 0),
  }));
}

/**
 * Every address the site serves, decoded, with the ids a link may point at on
 * it: the home page's sections and each note's headings (`headingsOf`).
 */
export function siteAddresses<N extends Note>(
  days: readonly Day<N>[],
  tags: readonly Tag[],
  headingsOf: (note: N) => ReadonlySet<string>,
): Map<string, ReadonlySet<string>> {
  const none: ReadonlySet<string> = new Set();
  const addresses = new Map<string, ReadonlySet<string>>([
    [homePath, new Set(Object.values(homeSections))],
    [tagIndexPath, none],
    ...siteFiles.map((path): [string, ReadonlySet<string>] => [path, none]),
  ]);
  for (const page of dayPages(days)) addresses.set(page.path, none);
  for (const page of notePages(days, tags)) addresses.set(page.path, headingsOf(page.note));
  for (const page of tagPages(days, tags)) addresses.set(decodeURIComponent(page.path), none);
  return addresses;
}
