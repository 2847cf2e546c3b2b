// `npm run check`'s note checker: every problem at once, as `file:line: message`,
// from the sources alone (no site is built), exiting non-zero.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { after, test } from 'node:test';
import { buildSite, problemLines, removeBuilds, stackFrame } from './astro-build.ts';
import { check, emptyDiagramCache } from './run-check.ts';

after(removeBuilds);

/** Checks a corpus with one problem: exit 1, the summary counts it, and `file:line: message` is its only problem line. */
function assertOneProblem(notesDir: string, summary: RegExp, problem: string): string {
  const { status, output } = check(notesDir);
  assert.equal(status, 1, output);
  assert.match(output, summary);
  assert.deepEqual(problemLines(output), [problem]);
  assert.doesNotMatch(output, stackFrame, 'the output holds a stack trace');
  return output;
}

test('the real notes pass', () => {
  const { status, output } = check('content');
  assert.equal(status, 0, output);
  assert.match(output, /check: 1 notes, 2 diagrams, 0 problems/);
});

test('a link to a page that does not exist: one line with its file, line, link and the nearest page', () => {
  assertOneProblem(
    'tests/fixtures/broken/link',
    /^check: 2 notes, 0 diagrams, 1 problem in \d+\.\d s$/m,
    'tests/fixtures/broken/link/day1/01_bad_link.md:8: links to /day1/02_fin/, which does not exist; the nearest page is /day1/02_fine/',
  );
});

test('a link to a heading that does not exist: one line with its file, line, anchor and the nearest heading', () => {
  assertOneProblem(
    'tests/fixtures/broken/anchor',
    /^check: 2 notes, 0 diagrams, 1 problem in \d+\.\d s$/m,
    'tests/fixtures/broken/anchor/day1/01_bad_anchor.md:10: links to #working-link, but /day1/01_bad_anchor/ has no heading #working-link; the nearest heading is #working-links',
  );
});

test('a link to a draft: one line with its file, line and link, saying it is a draft', () => {
  // The draft is read, and counted, but not published.
  assertOneProblem(
    'tests/fixtures/broken/draft-link',
    /^check: 3 notes, 0 diagrams, 1 problem in \d+\.\d s$/m,
    'tests/fixtures/broken/draft-link/day1/01_draft_link.md:8: links to ../03_draft/, a draft, which is not published',
  );
});

test('a diagram mermaid cannot parse: one line with its file, the broken line and mermaid\'s error', () => {
  const output = assertOneProblem(
    'tests/fixtures/broken/mermaid',
    /^check: 2 notes, 1 diagrams, 1 problem in \d+\.\d s$/m,
    'tests/fixtures/broken/mermaid/day1/01_bad_diagram.md:11: mermaid could not parse line 3 of this diagram:',
  );
  // Under it, mermaid's own pointer at the broken line and what it expected there.
  assert.match(output, /line 3 of this diagram:\n.*b -->> \[oops\n-+\^\nExpecting .+, got 'TAGEND'\n/);
});

test('front matter problems carry the field or the line', () => {
  assert.match(check('tests/fixtures/broken/weight').output, /01_bad\.md: front matter field "weight": expected a whole number/);
  assert.match(check('tests/fixtures/broken/yaml').output, /01_bad_yaml\.md:4: the front matter is not valid YAML/);
});

test('the diagrams the check renders go to the cache the build reads, so each is rendered once in all', async () => {
  const cacheDir = emptyDiagramCache();
  const { status, output } = check('content', { diagramCacheDir: cacheDir });
  assert.equal(status, 0, output);
  assert.equal(readdirSync(cacheDir).filter((name) => name.endsWith('.json')).length, 2, 'the check did not cache its two renders');
  const build = await buildSite('content', { env: { MERMAID_CACHE_DIR: cacheDir } });
  assert.equal(build.status, 0, build.output);
  assert.match(build.output, /\[mermaid\] 2 diagrams: 0 rendered, 2 cached, 0 failed/);
});

test('a day whose _index.md is broken: one line with its file and field', () => {
  assertOneProblem(
    'tests/fixtures/broken/day-index',
    /^check: 1 notes, 0 diagrams, 1 problem in \d+\.\d s$/m,
    'tests/fixtures/broken/day-index/day1/_index.md: front matter field "weight": expected a whole number, such as `weight: 3` (found "first")',
  );
});
