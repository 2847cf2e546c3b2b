// `npm run check` (after `astro check`): everything a pull-request author can
// break in a note, found from the sources without building the site. Prints
// every problem as `file:line: message` and exits non-zero if there is one.
import { frontMatterProblems, formatProblem, linkProblems, type Problem, siteTargets } from '../src/check/problems.ts';
import { readNoteSources } from '../src/check/sources.ts';
import { notesDir } from '../src/collections/notes-dir.ts';
import { diagramProblems } from './check/diagrams.ts';

const started = performance.now();
const sources = await readNoteSources(process.cwd(), notesDir);
const problems: Problem[] = [
  ...frontMatterProblems(sources),
  ...linkProblems(sources, await siteTargets(sources, 'public')),
  ...(await diagramProblems(sources)),
].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));

for (const problem of problems) console.error(formatProblem(problem));
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const diagrams = sources.notes.reduce((sum, note) => sum + note.diagrams.length, 0);
console.log(`check: ${sources.notes.length} notes, ${diagrams} diagrams, ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${seconds} s`);
process.exit(problems.length > 0 ? 1 : 0);
