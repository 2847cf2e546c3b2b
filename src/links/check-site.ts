// The whole-site checks the build and `npm run check` share: read every note
// and section from its source, lay out the site's addresses, and find what
// would break: two pages at one address, an alias onto a page, a link to a
// page or heading that does not exist or to a draft.
import { relative, resolve } from 'node:path';
import type { Problem } from '../lib/problem.ts';
import { collisionProblems, linkProblems, sectionFileProblems } from './problems.ts';
import { type NoteSources, readNoteSources } from './sources.ts';
import { type SiteMap, siteTargets } from './targets.ts';

export interface SiteCheckOptions {
  root: string;
  /** Relative to `root`, or absolute. */
  notesDir: string;
  /** Relative to `root`, or absolute. */
  publicDir: string;
}

export interface CheckedSite {
  sources: NoteSources;
  map: SiteMap;
  /** Each as `file:line: message`, by kind, so `npm run check` can name the kind. */
  problems: { addresses: Problem[]; links: Problem[] };
}

export async function checkSite({ root, notesDir, publicDir }: SiteCheckOptions): Promise<CheckedSite> {
  const sources = await readNoteSources(root, notesDir);
  const map = await siteTargets(sources, resolve(root, publicDir), relative(root, resolve(root, notesDir)));
  return { sources, map, problems: { addresses: [...sectionFileProblems(sources), ...collisionProblems(map.collisions)], links: linkProblems(sources, map) } };
}
