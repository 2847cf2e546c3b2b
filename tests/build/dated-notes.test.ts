// "Last updated" and the feed, from a notes folder whose git history is made
// up with known dates: the notes are a repository of their own in a temporary
// folder (as a submodule or a second checkout would be), committed twice, the
// second time changing one note. The feed's titles hold `&` and letters
// outside ASCII, and its tags are spelled three ways.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { XMLParser } from 'fast-xml-parser';
import { select } from 'hast-util-select';
import { commitAll, initRepository } from '../git-history.ts';
import { writeTree } from '../unit/write-tree.ts';
import { type BuildResult, buildSite, removeBuilds, root } from './astro-build.ts';
import { builtPage, mainOf, textOf } from './html.ts';

const notes = mkdtempSync(join(tmpdir(), 'dated-notes-'));
after(() => rmSync(notes, { recursive: true, force: true }));
after(removeBuilds);

let build: BuildResult;
before(async () => {
  await writeTree(notes, {
    'day1/_index.md': '---\ntitle: Day 1\nweight: 1\n---\n',
    'day1/01_ops.md': '---\ntitle: "Ops & Überwachung — 観測 <live>"\nweight: 1\ntags: [CI/CD, platform]\n---\n\nRunning collectors.\n',
    'day1/02_edited.md': '---\ntitle: A note edited later\nweight: 2\ntags: [CI-CD, Platform]\n---\n\nFirst draft.\n',
    'day1/03_spaced.md': '---\ntitle: Tags with spaces\nweight: 3\ntags: [CI CD, "CI/CD"]\n---\n\nText.\n',
  });
  initRepository(notes);
  commitAll(notes, 'the notes', '2024-03-20T08:15:00+01:00');
  await writeTree(notes, { 'day1/02_edited.md': '---\ntitle: A note edited later\nweight: 2\ntags: [CI-CD, Platform]\n---\n\nSecond draft.\n' });
  commitAll(notes, 'an edit', '2024-03-22T17:30:00-04:00');
  build = await buildSite(notes);
});

describe('notes with a git history of known dates', () => {
  test('build', () => {
    assert.equal(build.status, 0, build.output);
  });

  for (const [path, iso, shown] of [
    ['/day1/01_ops/', '2024-03-20T07:15:00.000Z', 'March 20, 2024'],
    ['/day1/02_edited/', '2024-03-22T21:30:00.000Z', 'March 22, 2024'],
  ]) {
    test(`${path} shows its last commit's date as "Last updated"`, () => {
      const time = select('.note-footer time', mainOf(builtPage(build, path!)));
      assert.ok(time, `${path} shows no date`);
      assert.equal(time.properties.dateTime, iso);
      assert.equal(textOf(time), shown);
    });
  }
});

describe('the RSS feed', () => {
  const feed = () => {
    const xml = readFileSync(join(root, build.outDir, 'rss.xml'), 'utf8');
    // Every value as text, so a title such as "1984" is not read as a number.
    const parsed = new XMLParser({ parseTagValue: false, isArray: (name) => name === 'item' || name === 'category' }).parse(xml, true);
    return { xml, items: parsed.rss.channel.item as { title: string; pubDate: string; category: string[] }[] };
  };

  test('has one item per note, titled as the note, & and letters outside ASCII included', () => {
    const { xml, items } = feed();
    assert.deepEqual(items.map((item) => item.title), ['Ops & Überwachung — 観測 <live>', 'A note edited later', 'Tags with spaces']);
    // A bare & or < would make the feed unreadable to stricter readers than this parser.
    assert.match(xml, /<title>Ops &amp; Überwachung — 観測 &lt;live&gt;<\/title>/);
  });

  test('dates each item by its note\'s last commit', () => {
    assert.deepEqual(feed().items.map((item) => item.pubDate), ['Wed, 20 Mar 2024 07:15:00 GMT', 'Fri, 22 Mar 2024 21:30:00 GMT', 'Wed, 20 Mar 2024 07:15:00 GMT']);
  });

  test('gives each item its tags as the site names them: CI/CD, CI-CD and CI CD are one tag, spelled as most notes write it', () => {
    assert.deepEqual(feed().items.map((item) => item.category), [['CI/CD', 'platform'], ['CI/CD', 'platform'], ['CI/CD']]);
  });
});
