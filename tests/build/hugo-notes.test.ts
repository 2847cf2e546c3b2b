// Notes brought over from a Hugo site must build as they are, at the URLs they
// had there: tests/fixtures/hugo/ is shaped like a real Hugo notes repository,
// with YAML, TOML and JSON front matter, a page bundle with a resource, a note
// with Windows line endings and one with a byte order mark, a slug with
// aliases, nested sections (one without _index.md), a home _index.md, a page
// at the root, Hugo's description, summary and lastmod fields, and links from
// the site root between them, an alias among them.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Element, Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { type BuildResult, buildSite, readPage, removeBuilds, root, stackFrame } from './astro-build.ts';
import { attribute, builtPage, elementById, h1Of, hrefsIn, linkTextsIn, mainOf, metaContent, textOf } from './html.ts';

after(removeBuilds);

let build: BuildResult;
before(async () => {
  build = await buildSite('tests/fixtures/hugo');
});

/** Every note in the corpus: its URL, its title, and what is special about it. */
const notes = [
  { path: '/day1/01_keynote/', title: 'Opening keynote', kind: 'YAML front matter' },
  { path: '/day1/02_toml_talk/', title: 'Platform engineering in TOML', kind: 'TOML front matter' },
  { path: '/day1/03_json_talk/', title: 'Service mesh in JSON', kind: 'JSON front matter' },
  { path: '/day1/04_bundle/', title: 'A talk in a page bundle', kind: 'a page bundle (a folder with index.md)' },
  { path: '/day1/05_crlf/', title: 'Notes with Windows line endings', kind: 'Windows (CRLF) line endings' },
  { path: '/day1/06_bom/', title: 'Notes with a byte order mark', kind: 'a byte order mark' },
  { path: '/day1/renamed-talk/', title: 'A renamed talk', kind: 'a slug' },
  { path: '/day2/01_ops/', title: 'Operating clusters', kind: 'a summary' },
  { path: '/day2/workshops/01_hands_on/', title: 'Hands-on with eBPF', kind: 'a nested folder' },
  { path: '/day2/workshops/02_intro/', title: 'Workshop introduction', kind: 'a nested folder and a lighter weight' },
  { path: '/day2/workshops/advanced/01_deep_dive/', title: 'Deep dive', kind: 'a folder without _index.md' },
  { path: '/background/01_history/', title: 'A short history of service meshes', kind: 'a section that is not a day' },
  { path: '/about/', title: 'About these notes', kind: 'no folder (a page at the root)' },
];

/** The <time> right after the words "Last updated" in the page's <main>. */
function lastUpdated(page: Root): Element | undefined {
  for (const parent of selectAll(':has(> time)', mainOf(page))) {
    const time = parent.children.find((child, index): child is Element => {
      const previous = parent.children[index - 1];
      return child.type === 'element' && child.tagName === 'time' && previous?.type === 'text' && /Last updated\s*$/.test(previous.value);
    });
    if (time) return time;
  }
  return undefined;
}

describe('a corpus written for Hugo', () => {
  test('builds without errors', () => {
    assert.equal(build.status, 0, build.output);
    assert.doesNotMatch(build.output, /\[ERROR\]/);
    assert.doesNotMatch(build.output, stackFrame);
  });

  for (const { path, title, kind } of notes) {
    test(`a note with ${kind} is published at ${path}, headed by its title`, () => {
      const page = builtPage(build, path);
      const heading = h1Of(page);
      assert.doesNotMatch(heading, /\uFEFF/, `the heading of ${path} holds a byte order mark`);
      assert.doesNotMatch(heading, /\r/, `the heading of ${path} holds a carriage return`);
      assert.equal(heading, title);
      const documentTitle = select('title', page);
      assert.ok(documentTitle, `${path} has no <title>`);
      assert.ok(textOf(documentTitle).startsWith(title), `the <title> of ${path} does not start with "${title}": ${textOf(documentTitle)}`);
    });
  }

  test('every section has a page headed by its title, and a folder without _index.md by its folder name', () => {
    assert.equal(h1Of(builtPage(build, '/day1/')), 'Day 1 – Wednesday');
    assert.equal(h1Of(builtPage(build, '/day2/')), 'Day 2 – Thursday');
    assert.equal(h1Of(builtPage(build, '/day2/workshops/')), 'Workshops');
    assert.equal(h1Of(builtPage(build, '/day2/workshops/advanced/')), 'advanced');
    assert.equal(h1Of(builtPage(build, '/background/')), 'Background reading');
  });

  test('the home page shows the text of the root _index.md', () => {
    assert.match(textOf(mainOf(builtPage(build, '/'))), /Welcome to our shared notebook/);
  });

  test('a section page shows the text and the description of its _index.md or _index.mdx', () => {
    const day1 = textOf(mainOf(builtPage(build, '/day1/')));
    assert.match(day1, /The first day opened with keynotes/);
    assert.match(day1, /Keynotes and the first sessions\./);
    assert.match(textOf(mainOf(builtPage(build, '/day2/'))), /Thursday was all about operations/);
    // An _index.mdx, with an MDX expression evaluated.
    assert.match(textOf(mainOf(builtPage(build, '/background/'))), /helped us follow the sessions: 3 of them, in MDX\./);
  });

  test('a nested section lists its notes by weight', () => {
    const listed = hrefsIn(mainOf(builtPage(build, '/day2/workshops/')));
    const intro = listed.indexOf('/day2/workshops/02_intro/');
    const handsOn = listed.indexOf('/day2/workshops/01_hands_on/');
    assert.ok(intro >= 0, `the workshops page does not link to the introduction: ${listed.join(' ')}`);
    assert.ok(handsOn >= 0, `the workshops page does not link to the eBPF workshop: ${listed.join(' ')}`);
    assert.ok(intro < handsOn, 'the introduction (weight 1) is not listed before the eBPF workshop (weight 2)');
  });

  for (const alias of ['/day1/07_old_name/', '/talks/old-renamed/']) {
    test(`the alias ${alias} redirects to the note's new URL`, () => {
      const page = builtPage(build, `${alias}index.html`);
      const refresh = selectAll('meta', page).find((meta) => attribute(meta, 'httpEquiv')?.toLowerCase() === 'refresh');
      assert.ok(refresh, `${alias} has no <meta http-equiv="refresh">`);
      assert.match(attribute(refresh, 'content') ?? '', /^0;\s*url=\/day1\/renamed-talk\/$/i);
      const canonical = selectAll('link', page).find((link) => attribute(link, 'rel') === 'canonical');
      assert.ok(canonical, `${alias} has no canonical link`);
      assert.match(attribute(canonical, 'href') ?? '', /^(https?:\/\/[^/]+)?\/day1\/renamed-talk\/$/);
    });
  }

  test('the sitemap lists the renamed note at its new URL and leaves out its aliases', () => {
    const file = join(root, build.outDir, 'sitemap-0.xml');
    assert.ok(existsSync(file), 'sitemap-0.xml was not generated');
    const listed = [...readFileSync(file, 'utf8').matchAll(/<loc>([^<]*)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
    assert.ok(listed.includes('/day1/renamed-talk/'), `the sitemap does not list /day1/renamed-talk/: ${listed.join(' ')}`);
    assert.ok(!listed.includes('/day1/07_old_name/'), 'the sitemap lists the alias /day1/07_old_name/');
    assert.ok(!listed.includes('/talks/old-renamed/'), 'the sitemap lists the alias /talks/old-renamed/');
  });

  test('link previews use a note\'s description, or else its summary', () => {
    assert.equal(metaContent(builtPage(build, '/day1/01_keynote/'), 'description'), 'Opening keynote summary for previews.');
    assert.equal(metaContent(builtPage(build, '/day2/01_ops/'), 'description'), 'A hand-written summary of operating clusters.');
  });

  test('"Last updated" is the lastmod of the front matter, not the date from git', () => {
    const time = lastUpdated(builtPage(build, '/day1/01_keynote/'));
    assert.ok(time, 'the keynote shows no "Last updated" date');
    const datetime = attribute(time, 'dateTime') ?? '';
    assert.ok(datetime.startsWith('2024-04-02'), `"Last updated" is ${datetime}, not the lastmod 2024-04-02`);
  });

  test('a file next to a page bundle\'s index.md is a resource, not a page', () => {
    assert.equal(h1Of(builtPage(build, '/day1/04_bundle/')), 'A talk in a page bundle');
    assert.equal(readPage(build.outDir, '/day1/04_bundle/notes/'), undefined, 'notes.txt became a page');
  });

  test('links from the site root to notes, sections, the root page and an alias are kept', () => {
    const linked = hrefsIn(mainOf(builtPage(build, '/day2/01_ops/')));
    for (const target of ['/day1/renamed-talk/', '/day2/workshops/01_hands_on/', '/about/', '/talks/old-renamed/', '/background/']) {
      assert.ok(linked.includes(target), `the operations note does not link to ${target}: ${linked.join(' ')}`);
    }
  });

  test('the sidebar of every kind of page links to every top-level section, lists the root page, and opens only the folders on the way to the page', () => {
    for (const path of ['/', '/day1/', '/day2/workshops/advanced/01_deep_dive/', '/about/', '/background/']) {
      const sidebar = elementById(builtPage(build, path), 'sidebar');
      const hrefs = hrefsIn(sidebar);
      for (const section of ['/day1/', '/day2/', '/background/']) assert.ok(hrefs.includes(section), `the sidebar of ${path} does not link to ${section}`);
      const listed = linkTextsIn(sidebar);
      for (const { path: notePath, title, kind } of notes) {
        const onTheWay = path.startsWith(notePath.replace(/[^/]+\/$/, ''));
        assert.equal(listed.includes(title), onTheWay, `the sidebar of ${path} ${onTheWay ? 'does not list' : 'lists'} "${title}" (${kind})`);
      }
    }
  });
});
