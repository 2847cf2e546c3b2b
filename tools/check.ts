// `npm run check`: everything a pull-request author can break in a note,
// found from the sources without building the site, printed first as
// `file:line: message`; then, once the notes pass, `astro check` over the
// site's own code. Exits non-zero if either finds a problem. The diagrams it renders go to the
// cache the build reads. On GitHub Actions each problem is also a workflow
// command, so it shows on the pull request's line, and the job summary gets
// a table. `--notes-only` skips `astro check` (the build tests use it).
import { spawnSync } from 'node:child_process';
import { appendFileSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createDiagramRendering } from '../src/diagrams/index.ts';
import { diagramProblems } from '../src/diagrams/check.ts';
import { buildEnvironment } from '../src/environment.ts';
import { errorAnnotation, problemSummary, warningAnnotation } from '../src/lib/annotations.ts';
import { byLocation, formatProblem, type Problem } from '../src/lib/problem.ts';
import { checkSite } from '../src/links/check-site.ts';
import { imageFindings } from '../src/links/images.ts';
import { frontMatterProblems, type ProblemGroup, siteProblemGroups } from '../src/links/problems.ts';

const started = performance.now();
const { notesDir, diagramCacheDir } = buildEnvironment();
const { sources, problems } = await checkSite({ root: process.cwd(), notesDir, publicDir: 'public' });
const images = await imageFindings(sources.notes, process.cwd(), 'public', notesDir);
const rendering = createDiagramRendering({ cacheDir: diagramCacheDir });
let found: { problem: Problem; title: string }[];
try {
  const groups: ProblemGroup[] = [
    ['Front matter', frontMatterProblems(sources)],
    ...siteProblemGroups(sources, problems, images.problems),
    ['Diagram', await diagramProblems(sources.notes, rendering)],
  ];
  found = groups.flatMap(([title, problems]) => problems.map((problem) => ({ problem, title }))).sort((a, b) => byLocation(a.problem, b.problem));
} finally {
  await rendering.close();
}

for (const { problem } of found) console.error(formatProblem(problem));
// Warnings are shown, and annotated on the line, but do not fail the check.
const warnings = images.warnings.sort(byLocation);
for (const warning of warnings) console.error(formatProblem({ ...warning, message: `warning: ${warning.message}` }));
if (process.env.GITHUB_ACTIONS === 'true') {
  for (const { problem, title } of found) console.log(errorAnnotation(problem, title));
  for (const warning of warnings) console.log(warningAnnotation(warning, 'Image'));
  if (process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, problemSummary(found));
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const diagrams = sources.notes.reduce((sum, note) => sum + note.diagrams.length, 0);
const warned = warnings.length > 0 ? `, ${warnings.length} warning${warnings.length === 1 ? '' : 's'}` : '';
console.log(`check: ${sources.notes.length} notes, ${diagrams} diagrams, ${found.length} problem${found.length === 1 ? '' : 's'}${warned} in ${seconds} s`);

// `astro check` loads the notes too, so with note problems it would print
// them again: it runs once the notes pass. Astro's own command-line entry,
// run with this Node, so `node tools/check.ts` works outside npm too.
if (found.length > 0 || process.argv.includes('--notes-only')) process.exit(found.length > 0 ? 1 : 0);
const astroPackage = createRequire(import.meta.url).resolve('astro/package.json');
const astroCli = join(dirname(astroPackage), JSON.parse(readFileSync(astroPackage, 'utf8')).bin.astro);
process.exit(spawnSync(process.execPath, [astroCli, 'check'], { stdio: 'inherit' }).status ?? 1);
