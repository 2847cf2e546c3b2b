// A link to a note, day, tag or heading that does not exist fails the build
// before any page is written, with one `file:line: message` per broken link.
import { resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
import { NoteInputError } from '../lib/problem.ts';
import { linkProblems } from '../links/problems.ts';
import { readNoteSources } from '../links/sources.ts';
import { siteTargets } from '../links/targets.ts';

export interface LinkCheckOptions {
  /** The notes folder, relative to `root`. */
  notesDir: string;
  /** Files here are served at the site root, so links may point at them; relative to `root`. */
  publicDir: string;
  root?: string;
}

export function linkCheck({ notesDir, publicDir, root = process.cwd() }: LinkCheckOptions): AstroIntegration {
  return {
    name: 'link-check',
    hooks: {
      'astro:build:start': async () => {
        const sources = await readNoteSources(root, notesDir);
        const problems = linkProblems(sources, await siteTargets(sources, resolve(root, publicDir)));
        if (problems.length > 0) throw NoteInputError.of(problems);
      },
    },
  };
}
