// The problems an author can fix in a note, found from its sources alone.
import type { Problem } from '../lib/problem.ts';
import type { Collision } from '../lib/site-addresses.ts';
import { linkProblem, type SiteTargets } from './resolve.ts';
import type { NoteSources } from './sources.ts';

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

/** Hugo shortcodes the site cannot render, and `ref`s to no note: in drafts too, which the build renders as well. */
export function shortcodeProblems(sources: NoteSources): Problem[] {
  return sources.notes.flatMap((note) => note.shortcodeProblems.map((problem) => ({ file: note.file, ...problem })));
}

/** .mdx notes whose text MDX cannot read: the build would stop on them with a message that names no line. */
function syntaxProblems(sources: NoteSources): Problem[] {
  return sources.notes.flatMap((note) => note.syntaxProblems.map((problem) => ({ file: note.file, ...problem })));
}

/** Front matter that does not fit the schema, in notes and in sections' `_index.md`. */
export function frontMatterProblems(sources: NoteSources): Problem[] {
  return [...sources.notes, ...sources.sections].flatMap((source) => source.frontMatterProblems.map((problem) => ({ file: source.file, ...problem })));
}

/** A folder described twice, by an `_index.md` and an `_index.mdx`: the site would show one and drop the other. */
export function sectionFileProblems(sources: NoteSources): Problem[] {
  const firstFile = new Map<string, string>();
  return sources.sections.flatMap((section) => {
    const first = firstFile.get(section.id);
    if (first === undefined) {
      firstFile.set(section.id, section.file);
      return [];
    }
    return [{ file: section.file, message: `describes the same section as ${first}; keep one of the two` }];
  });
}

/** One problem per address two pages would share, naming both. */
export function collisionProblems(collisions: readonly Collision[]): Problem[] {
  return collisions.map(({ path, first, second }) => {
    const [alias, page] = second.alias && !first.alias ? [second, first] : [first, second];
    if (alias.alias && page.alias) return { file: alias.owner, message: `its alias ${path} is an alias of ${page.owner} too; an address can lead to one note only` };
    if (alias.alias) return { file: alias.owner, message: `its alias ${path} is the URL of ${page.owner}; an alias must be an address no page has` };
    // A page the site makes itself has no file to name first.
    const [mine, other] = first.builtIn ? [second, first] : [first, second];
    return { file: mine.owner, message: `has the URL ${path} of ${other.owner} too; rename one of them, or give one a different slug` };
  });
}

/** Problems of one kind, under the title `npm run check` reports them with. */
export type ProblemGroup = [title: string, problems: Problem[]];

/**
 * What the build stops on besides front matter and diagrams, by kind: two
 * pages at one address, links, shortcodes, MDX syntax and `imageProblems`.
 * Shared by the build's site check, the dev overlay and `npm run check`, so
 * all three stop on the same.
 */
export function siteProblemGroups(sources: NoteSources, checked: { addresses: Problem[]; links: Problem[] }, imageProblems: Problem[]): ProblemGroup[] {
  return [
    ['Address', checked.addresses],
    ['Link', checked.links],
    ['Shortcode', shortcodeProblems(sources)],
    ['MDX', syntaxProblems(sources)],
    ['Image', imageProblems],
  ];
}

/** The same problems in one list. */
export function siteProblems(...args: Parameters<typeof siteProblemGroups>): Problem[] {
  return siteProblemGroups(...args).flatMap(([, problems]) => problems);
}
