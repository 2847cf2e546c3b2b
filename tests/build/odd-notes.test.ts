// A corpus that is unusual but valid must build, and the pages must show it
// the way a reader expects: tests/fixtures/odd/ has notes sharing a weight,
// notes without tags, a Unicode title, a draft, a day with only _index.md and
// a day folder without one.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Root } from 'hast';
import { select } from 'hast-util-select';
import { type BuildResult, buildSite, readPage, removeBuilds, stackFrame } from './astro-build.ts';
import { builtPage, h1Of, hrefsIn, mainOf, textOf } from './html.ts';

after(removeBuilds);

let build: BuildResult;
before(async () => {
  build = await buildSite('tests/fixtures/odd');
});

/** The hrefs of the links in a page's <main> that match `pattern`, in document order. */
function links(page: Root, pattern: RegExp): string[] {
  return hrefsIn(mainOf(page)).filter((href) => pattern.test(href));
}

describe('an odd but valid corpus', () => {
  test('builds without errors', () => {
    assert.equal(build.status, 0, build.output);
    assert.doesNotMatch(build.output, /\[ERROR\]/);
    assert.doesNotMatch(build.output, stackFrame);
  });

  test('shows a day with only an _index.md, saying it has no notes yet', () => {
    const page = builtPage(build, '/empty/');
    assert.equal(h1Of(page), 'Day 3');
    assert.match(textOf(mainOf(page)), /No notes for this day yet\./);
    assert.deepEqual(links(page, /^\/empty\/.+/), []);
  });

  test('shows the date from a day\'s _index.md', () => {
    assert.ok(select('time[datetime="2024-03-20"]', mainOf(builtPage(build, '/day1/'))), 'the day shows no <time datetime="2024-03-20">');
  });

  test('puts the Unicode title of a note in its page heading', () => {
    assert.equal(h1Of(builtPage(build, '/day2/01_unicode/')), 'Überwachung — 観測 in Zürich');
  });

  test('lists notes sharing a weight by title, after the lighter note', () => {
    assert.deepEqual(links(builtPage(build, '/day1/'), /^\/day1\/[^/]+\/$/), [
      '/day1/04_first/',
      '/day1/02_alpha/',
      '/day1/03_mike/',
      '/day1/01_zulu/',
    ]);
  });

  test('builds a page for a note without tags', () => {
    const page = builtPage(build, '/day1/03_mike/');
    assert.equal(h1Of(page), 'Mike talk');
    assert.deepEqual(links(page, /^\/tags\//), []);
  });

  test('gives a folder without _index.md a day named after it, after the other days', () => {
    assert.equal(h1Of(builtPage(build, '/extras/')), 'extras');
    assert.deepEqual(links(builtPage(build, '/'), /^\/[^/]+\/$/).filter((href) => !href.startsWith('/tags/')), [
      '/day1/',
      '/day2/',
      '/empty/',
      '/extras/',
    ]);
  });

  test('merges "Platform" and "platform " into one tag page listing both notes', () => {
    assert.deepEqual(links(builtPage(build, '/tags/'), /^\/tags\/.+/), ['/tags/platform/', '/tags/%C3%BCberwachung/']);
    assert.deepEqual(links(builtPage(build, '/tags/platform/'), /^\/day1\/.+/), ['/day1/02_alpha/', '/day1/01_zulu/']);
  });

  test('builds the page of a tag outside ASCII', () => {
    assert.equal(h1Of(builtPage(build, '/tags/überwachung/')), 'Notes tagged “Überwachung”');
  });

  test('leaves out drafts and their tags', () => {
    assert.equal(readPage(build.outDir, '/day2/02_draft/'), undefined);
    assert.equal(readPage(build.outDir, '/tags/draft-only/'), undefined);
    assert.deepEqual(links(builtPage(build, '/day2/'), /^\/day2\/.+/), ['/day2/01_unicode/']);
  });
});
