// The problems an author can fix in a note, found from its sources alone.
import type { Problem } from '../lib/problem.ts';
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

/** Front matter that does not fit the schema, in notes and in days' `_index.md`. */
export function frontMatterProblems(sources: NoteSources): Problem[] {
  return [...sources.notes, ...sources.days].flatMap((source) => source.frontMatterProblems.map((problem) => ({ file: source.file, ...problem })));
}
