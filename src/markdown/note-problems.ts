// A problem found while rendering a note travels with the note's render
// result, in its remark front matter, so the content loader that rendered it
// learns of it, refuses to store the page and fails the build with it. The
// loader runs in a separate module graph (Vite's) from the pipeline (loaded
// with astro.config.ts), so the render result is the one channel both see.
import type { VFile } from 'vfile';
// Types file.data.astro.
import type {} from '@astrojs/markdown-remark';
import type { Problem } from '../lib/problem.ts';

const key = 'renderProblems';

export function recordNoteProblem(file: VFile, problem: Problem): void {
  const frontmatter = file.data.astro?.frontmatter;
  if (!frontmatter) return;
  frontmatter[key] = [...((frontmatter[key] as Problem[] | undefined) ?? []), problem];
}

/** The problems recorded while rendering, from the render result's front matter. */
export function recordedNoteProblems(frontmatter: Record<string, unknown> | undefined): Problem[] {
  return (frontmatter?.[key] as Problem[] | undefined) ?? [];
}
