// The problems an author can fix in a note, found from the sources alone, and
// how they are printed: `file:line: message`, as editors and CI annotate.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { type SiteTargets, linkProblem } from '../lib/links.ts';
import { tagSlug } from '../lib/tags.ts';
import { dayPath, homePath, rssPath, sitemapIndexPath, tagIndexPath } from '../lib/urls.ts';
import type { NoteSources } from './sources.ts';

export interface Problem {
  file: string;
  line?: number;
  message: string;
}

export function formatProblem({ file, line, message }: Problem): string {
  return `${file}${line ? `:${line}` : ''}: ${message}`;
}

/** Files in public/ are served at the site root. */
async function publicFiles(dir: string, prefix = '/'): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const nested = await Promise.all(
    entries.map((entry) => (entry.isDirectory() ? publicFiles(join(dir, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`])),
  );
  return nested.flat();
}

/** Every page the site will have, with its heading ids, as src/pages builds them. */
export async function siteTargets({ notes, days }: NoteSources, publicDir: string): Promise<SiteTargets> {
  const published = notes.filter((note) => note.data && !note.data.draft);
  const pages = new Map<string, ReadonlySet<string>>([
    [homePath, new Set(['days', 'tags'])],
    [tagIndexPath, new Set()],
    [rssPath, new Set()],
    ['/robots.txt', new Set()],
    [sitemapIndexPath, new Set()],
  ]);
  for (const day of days) pages.set(dayPath(day.toLowerCase()), new Set());
  for (const note of published) {
    pages.set(note.path, note.headings);
    for (const tag of note.data!.tags) pages.set(`/tags/${tagSlug(tag)}/`, new Set());
  }
  for (const file of await publicFiles(publicDir)) pages.set(file.toLowerCase(), new Set());
  const drafts = new Set(notes.filter((note) => note.data?.draft).map((note) => note.path));
  return { pages, drafts };
}

/** Broken internal links and anchors in published notes. */
export function linkProblems(sources: NoteSources, targets: SiteTargets): Problem[] {
  return sources.notes
    .filter((note) => note.data && !note.data.draft)
    .flatMap((note) =>
      note.links.flatMap(({ href, line }) => {
        const message = linkProblem(href, note.path, targets);
        return message ? [{ file: note.file, line, message }] : [];
      }),
    );
}

export function frontMatterProblems(sources: NoteSources): Problem[] {
  return sources.notes.flatMap((note) => note.frontMatterProblems.map((problem) => ({ file: note.file, ...problem })));
}
