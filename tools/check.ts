// `npm run check` (after `astro check`): everything a pull-request author can
// break in a note, found from the sources without building the site. Prints
// every problem as `file:line: message` and exits non-zero if there is one.
// The diagrams it renders go to the cache the build reads.
import { createDiagramRendering } from '../src/diagrams/index.ts';
import { diagramProblems } from '../src/diagrams/check.ts';
import { buildEnvironment } from '../src/environment.ts';
import { byLocation, formatProblem, type Problem } from '../src/lib/problem.ts';
import { checkSite } from '../src/links/check-site.ts';
import { frontMatterProblems } from '../src/links/problems.ts';

const started = performance.now();
const { notesDir, diagramCacheDir } = buildEnvironment();
const site = await checkSite({ root: process.cwd(), notesDir, publicDir: 'public' });
const { sources } = site;
const rendering = createDiagramRendering({ cacheDir: diagramCacheDir });
let problems: Problem[];
try {
  problems = [
    ...frontMatterProblems(sources),
    ...site.problems,
    ...(await diagramProblems(sources.notes, rendering)),
  ].sort(byLocation);
} finally {
  await rendering.close();
}

for (const problem of problems) console.error(formatProblem(problem));
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const diagrams = sources.notes.reduce((sum, note) => sum + note.diagrams.length, 0);
console.log(`check: ${sources.notes.length} notes, ${diagrams} diagrams, ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${seconds} s`);
process.exit(problems.length > 0 ? 1 : 0);
