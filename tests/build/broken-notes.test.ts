// A note with broken front matter, a broken link or a diagram mermaid cannot
// parse must stop the build with one message that tells its author which
// file, which field or line, and what was expected —
// not a stack trace, and not a site shipped without the note.
// Each corpus under tests/fixtures/broken/ has exactly one problem, next to a
// valid note that must not be blamed.
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { assertOneReadableFailure, buildSite, problemLines, removeBuilds } from './astro-build.ts';

after(removeBuilds);

/** The output line that names the file. */
function lineNaming(output: string, file: string): string {
  return output.split('\n').find((line) => line.includes(file)) ?? '';
}

describe('a broken note stops the build', () => {
  test('a weight that is not a number: names the file, the field and what was expected', async () => {
    const file = 'tests/fixtures/broken/weight/day1/01_bad.md';
    const build = await buildSite('tests/fixtures/broken/weight');
    assertOneReadableFailure(build, [file]);
    const line = lineNaming(build.output, file);
    assert.match(line, /"weight"/);
    assert.match(line, /whole number/);
    assert.match(line, /\(found "abc"\)/);
  });

  test('a missing title: names the file and says a title is required', async () => {
    const file = 'tests/fixtures/broken/title/day1/01_untitled.md';
    const build = await buildSite('tests/fixtures/broken/title');
    assertOneReadableFailure(build, [file]);
    const line = lineNaming(build.output, file);
    assert.match(line, /"title"/);
    assert.match(line, /required: a non-empty title/);
  });

  test('tags that are a number: names the file and says what a tag list looks like', async () => {
    const file = 'tests/fixtures/broken/tags/day1/01_numeric_tags.md';
    const build = await buildSite('tests/fixtures/broken/tags');
    assertOneReadableFailure(build, [file]);
    const line = lineNaming(build.output, file);
    assert.match(line, /"tags"/);
    assert.match(line, /expected a list of tags/);
    assert.match(line, /\(found 42\)/);
  });

  test('front matter that is not valid YAML: names the file and the line', async () => {
    const file = 'tests/fixtures/broken/yaml/day1/01_bad_yaml.md';
    const build = await buildSite('tests/fixtures/broken/yaml');
    assertOneReadableFailure(build, [file]);
    // Line 4 holds the list that is never closed.
    assert.match(lineNaming(build.output, file), /01_bad_yaml\.md:4: the front matter is not valid YAML/);
  });

  test('a day whose _index.md has a weight that is not a number: names the file, the field and what was expected', async () => {
    const file = 'tests/fixtures/broken/day-index/day1/_index.md';
    const build = await buildSite('tests/fixtures/broken/day-index');
    assertOneReadableFailure(build, [file]);
    assert.deepEqual(problemLines(build.output), [`${file}: front matter field "weight": expected a whole number, such as \`weight: 3\` (found "first")`]);
  });

  test('a diagram mermaid cannot parse: names the file, the broken line and mermaid\'s error', async () => {
    // Astro's glob() loader alone would log this, ship the note with an empty body and exit 0.
    const file = 'tests/fixtures/broken/mermaid/day1/01_bad_diagram.md';
    const build = await buildSite('tests/fixtures/broken/mermaid');
    assertOneReadableFailure(build, [file]);
    // The fence opens on line 8 of the file, front matter included; mermaid's line 3 of the diagram is line 11.
    assert.deepEqual(problemLines(build.output), [`${file}:11: mermaid could not parse line 3 of this diagram:`]);
    // Under it, mermaid's own pointer at the broken line and what it expected there.
    assert.match(build.output, /line 3 of this diagram:\n.*b -->> \[oops\n-+\^\nExpecting .+, got 'TAGEND'\n/);
  });

  test('a diagram that failed fails the next build too: the broken page is not kept in the content cache', async () => {
    const file = 'tests/fixtures/broken/mermaid/day1/01_bad_diagram.md';
    const first = await buildSite('tests/fixtures/broken/mermaid');
    // The same output folder, so the same Astro content cache as the first build.
    const second = await buildSite('tests/fixtures/broken/mermaid', { env: { OUT_DIR: first.outDir } });
    assertOneReadableFailure(second, [file]);
    assert.deepEqual(problemLines(second.output), [`${file}:11: mermaid could not parse line 3 of this diagram:`]);
  });

  test('a link to a page that does not exist: names the file, the line, the link and the nearest page', async () => {
    const file = 'tests/fixtures/broken/link/day1/01_bad_link.md';
    const build = await buildSite('tests/fixtures/broken/link');
    assertOneReadableFailure(build, [file]);
    // Only line 8; the working links on line 6, the external one included, are not reported.
    assert.deepEqual(problemLines(build.output), [`${file}:8: links to /day1/02_fin/, which does not exist; the nearest page is /day1/02_fine/`]);
  });

  test('an .mdx note whose text MDX cannot read: names the file, the line and what to write, not a parser\'s stack', async () => {
    const file = 'tests/fixtures/broken/mdx-syntax/day1/01_unclosed_brace.mdx';
    const build = await buildSite('tests/fixtures/broken/mdx-syntax');
    assertOneReadableFailure(build, [file]);
    // Line 8's {rooms} is a good expression; line 10's brace never closes.
    const message = 'MDX cannot read this line at column 68: Unexpected end of file in expression, expected a corresponding closing brace for `{`; in an .mdx note "{" and "<" start code, so write \\{ or \\< for the characters themselves, or rename the note to .md';
    assert.deepEqual(problemLines(build.output), [`${file}:10: ${message}`]);
  });

  test('a link to a heading that does not exist: names the file, the line, the anchor and the nearest heading', async () => {
    const file = 'tests/fixtures/broken/anchor/day1/01_bad_anchor.md';
    const build = await buildSite('tests/fixtures/broken/anchor');
    assertOneReadableFailure(build, [file]);
    assert.deepEqual(problemLines(build.output), [
      `${file}:10: links to #working-link, but /day1/01_bad_anchor/ has no heading #working-link; the nearest heading is #working-links`,
    ]);
  });

  test('a link to a draft: names the file, the line, the link and says it is a draft', async () => {
    const file = 'tests/fixtures/broken/draft-link/day1/01_draft_link.md';
    const build = await buildSite('tests/fixtures/broken/draft-link');
    assertOneReadableFailure(build, [file]);
    assert.doesNotMatch(build.output, /03_draft\.md/, 'the draft itself was blamed');
    assert.deepEqual(problemLines(build.output), [`${file}:8: links to ../03_draft/, a draft, which is not published`]);
  });
});

