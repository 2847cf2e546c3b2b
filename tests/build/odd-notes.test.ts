// A corpus that is unusual but valid must build, and the pages must show it
// the way a reader expects: tests/fixtures/odd/ has notes sharing a weight,
// notes without tags, a Unicode title, a draft, a day with only _index.md and
// a day folder without one.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type BuildResult, buildSite, readPage, removeBuilds, stackFrame } from './astro-build.ts';

after(removeBuilds);

let build: BuildResult;
before(async () => {
  build = await buildSite('tests/fixtures/odd');
});

/** A built page; fails the test if it was not generated. */
function page(sitePath: string): string {
  const html = readPage(build.outDir, sitePath);
  assert.ok(html !== undefined, `${sitePath} was not generated`);
  return html;
}

/** The page's main content, without the header and the sidebar (which lists every note). */
function main(html: string): string {
  const match = /<main\b[^>]*>([\s\S]*?)<\/main>/.exec(html);
  assert.ok(match, 'the page has no <main>');
  return match[1]!;
}

function h1(html: string): string {
  const match = /<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(main(html));
  assert.ok(match, 'the page has no <h1>');
  return match[1]!.replace(/<[^>]+>/g, '').trim();
}

/** The hrefs in a piece of HTML that match `pattern`, in document order. */
function links(html: string, pattern: RegExp): string[] {
  return [...html.matchAll(/href="([^"]*)"/g)].map((match) => match[1]!).filter((href) => pattern.test(href));
}

describe('an odd but valid corpus', () => {
  test('builds without errors', () => {
    assert.equal(build.status, 0, build.output);
    assert.doesNotMatch(build.output, /\[ERROR\]/);
    assert.doesNotMatch(build.output, stackFrame);
  });

  test('shows a day with only an _index.md, saying it has no notes yet', () => {
    const html = page('/empty/');
    assert.equal(h1(html), 'Day 3');
    assert.match(main(html), /No notes for this day yet\./);
    assert.deepEqual(links(main(html), /^\/empty\/.+/), []);
  });

  test('shows the date from a day\'s _index.md', () => {
    assert.match(main(page('/day1/')), /<time[^>]*datetime="2024-03-20"/);
  });

  test('puts the Unicode title of a note in its page heading', () => {
    assert.equal(h1(page('/day2/01_unicode/')), 'Überwachung — 観測 in Zürich');
  });

  test('lists notes sharing a weight by title, after the lighter note', () => {
    assert.deepEqual(links(main(page('/day1/')), /^\/day1\/[^/]+\/$/), [
      '/day1/04_first/',
      '/day1/02_alpha/',
      '/day1/03_mike/',
      '/day1/01_zulu/',
    ]);
  });

  test('builds a page for a note without tags', () => {
    assert.equal(h1(page('/day1/03_mike/')), 'Mike talk');
    assert.deepEqual(links(main(page('/day1/03_mike/')), /^\/tags\//), []);
  });

  test('gives a folder without _index.md a day named after it, after the other days', () => {
    assert.equal(h1(page('/extras/')), 'extras');
    assert.deepEqual(links(main(page('/')), /^\/[^/]+\/$/).filter((href) => !href.startsWith('/tags/')), [
      '/day1/',
      '/day2/',
      '/empty/',
      '/extras/',
    ]);
  });

  test('merges "Platform" and "platform " into one tag page listing both notes', () => {
    assert.deepEqual(links(main(page('/tags/')), /^\/tags\/.+/), ['/tags/platform/', '/tags/%C3%BCberwachung/']);
    assert.deepEqual(links(main(page('/tags/platform/')), /^\/day1\/.+/), ['/day1/02_alpha/', '/day1/01_zulu/']);
  });

  test('builds the page of a tag outside ASCII', () => {
    assert.equal(h1(page('/tags/überwachung/')), 'Notes tagged “Überwachung”');
  });

  test('leaves out drafts and their tags', () => {
    assert.equal(readPage(build.outDir, '/day2/02_draft/'), undefined);
    assert.equal(readPage(build.outDir, '/tags/draft-only/'), undefined);
    assert.deepEqual(links(main(page('/day2/')), /^\/day2\/.+/), ['/day2/01_unicode/']);
  });
});
