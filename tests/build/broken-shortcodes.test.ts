// A Hugo shortcode the site cannot render stops the build with one message
// naming the note's file and line (front matter counted) and what to write
// instead: an unknown shortcode, a paired one never closed, and a `ref` to a
// note that does not exist, with the nearest note; and any shortcode in an
// .mdx note, which MDX would read as code.
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { assertOneReadableFailure, buildSite, problemLines, readPage, removeBuilds, stackFrame } from './astro-build.ts';

after(removeBuilds);

describe('a broken shortcode stops the build', () => {
  test('an unknown shortcode: names the file, the line, the shortcode and what to write instead', async () => {
    const file = 'tests/fixtures/broken/shortcode-unknown/day1/01_tweet.md';
    const build = await buildSite('tests/fixtures/broken/shortcode-unknown');
    assertOneReadableFailure(build, [file]);
    // Only line 8: the youtube on line 6 is known, and the tweet in a code span on line 10 stays as written.
    assert.deepEqual(problemLines(build.output), [
      `${file}:8: unknown Hugo shortcode "tweet"; link to the post instead, as [the post](https://x.com/user/status/123) (supported: notice, hint, alert, callout, details, highlight, mermaid, figure, youtube, vimeo, ref, relref)`,
    ]);
  });

  test('a paired shortcode without its end: names the file and the line it opens on', async () => {
    const file = 'tests/fixtures/broken/shortcode-unclosed/day1/01_unclosed.md';
    const build = await buildSite('tests/fixtures/broken/shortcode-unclosed');
    assertOneReadableFailure(build, [file]);
    assert.deepEqual(problemLines(build.output), [`${file}:10: Hugo shortcode {{% notice %}} is never closed; end it with {{% /notice %}}`]);
  });

  test('a ref to a note that does not exist: names the file, the line, the ref and the nearest note', async () => {
    const file = 'tests/fixtures/broken/shortcode-ref/day1/01_bad_ref.md';
    const build = await buildSite('tests/fixtures/broken/shortcode-ref');
    assertOneReadableFailure(build, [file]);
    assert.deepEqual(problemLines(build.output), [`${file}:8: ref "/day1/03_keynot.md" names no note; the nearest note is day1/03_keynote.md`]);
  });
  test('shortcodes in an .mdx note, where MDX reads "{" as code: one message each, with its line and what to write instead', async () => {
    const file = 'tests/fixtures/broken/shortcode-mdx/day1/01_recording.mdx';
    const build = await buildSite('tests/fixtures/broken/shortcode-mdx');
    // Three messages name the note, one per line: the checks of assertOneReadableFailure, but for the count.
    assert.notEqual(build.status, 0, build.output);
    assert.doesNotMatch(build.output, stackFrame);
    assert.equal(readPage(build.outDir, '/'), undefined, 'a site was generated anyway');
    assert.match(build.output, /"Writing a note" in README\.md/);
    const instead = 'in an .mdx note, where "{" starts code: shortcodes work in .md notes only; rename the note to .md, or write it as Markdown';
    // The closing {{% /notice %}} is part of the notice on line 14, and the shortcode in a code span on line 18 stays as written.
    assert.deepEqual(problemLines(build.output), [
      `${file}:10: Hugo shortcode {{< youtube >}} ${instead}`,
      `${file}:12: Hugo shortcode {{< ref >}} ${instead}`,
      `${file}:14: Hugo shortcode {{% notice %}} ${instead}`,
    ]);
    assert.doesNotMatch(build.output, /acorn/);
  });
});
