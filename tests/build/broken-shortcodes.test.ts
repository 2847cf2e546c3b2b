// A Hugo shortcode the site cannot render stops the build with one message
// naming the note's file and line (front matter counted) and what to write
// instead: an unknown shortcode, a paired one never closed, and a `ref` to a
// note that does not exist, with the nearest note.
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { assertOneReadableFailure, buildSite, problemLines, removeBuilds } from './astro-build.ts';

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
});
