// What a note may link to is what the site will publish: a page for each day
// and published note, each tag, the fixed pages and files, and the files in
// public/. A page the build will not make must not count as a target, or a
// link to it passes the check and 404s for readers.
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { SiteTargets } from '../../../src/links/resolve.ts';
import { readNoteSources } from '../../../src/links/sources.ts';
import { siteTargets } from '../../../src/links/targets.ts';

const files: Record<string, string> = {
  'notes/day1/_index.md': '---\ntitle: Day 1\nweight: 1\n---\n',
  'notes/day1/01_keynote.md': '---\ntitle: Keynote\ntags: [Platform]\n---\n\n## Opening\n\n## Roadmap\n',
  'notes/day1/02_wip.md': '---\ntitle: Work in progress\ndraft: true\ntags: [secret]\n---\n\n## Hidden\n',
  'notes/ideas/01_someday.md': '---\ntitle: Someday\ndraft: true\n---\n\nOnly a draft in this folder, and no _index.md.\n',
  'notes/day3/_index.md': '---\ntitle: Day 3\nweight: 3\n---\n',
  'notes/workshops/01_hands_on.md': '---\ntitle: Hands on\n---\n\nA day folder without _index.md.\n',
  'notes/day4/01_untitled.md': '---\nweight: 1\n---\n\nInvalid front matter: not a page.\n',
  'public/favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
  'public/slides/Deck.PDF': 'pdf',
};

let root: string;
let targets: SiteTargets;

before(async () => {
  root = await mkdtemp(join(tmpdir(), 'site-targets-'));
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), text);
  }
  targets = await siteTargets(await readNoteSources(root, 'notes'), join(root, 'public'));
});
after(() => rm(root, { recursive: true, force: true }));

describe('siteTargets', () => {
  test('gives no day page to a folder that holds only a draft note and no _index.md', () => {
    assert.equal(targets.pages.has('/ideas/'), false);
    assert.equal(targets.pages.has('/ideas/01_someday/'), false);
  });

  test('gives a day page to a folder with an _index.md and no notes', () => {
    assert.deepEqual(targets.pages.get('/day3/'), new Set());
  });

  test('gives a day page to a folder of published notes without an _index.md', () => {
    assert.deepEqual(targets.pages.get('/workshops/'), new Set());
    assert.deepEqual(targets.pages.get('/workshops/01_hands_on/'), new Set());
  });

  test('makes every published note a target with its heading ids', () => {
    assert.deepEqual(targets.pages.get('/day1/01_keynote/'), new Set(['opening', 'roadmap']));
  });

  test('makes no target of a note whose front matter is invalid, nor of a day only it would fill', () => {
    assert.equal(targets.pages.has('/day4/01_untitled/'), false);
    assert.equal(targets.pages.has('/day4/'), false);
  });

  test('lists drafts, and makes neither them nor tags only drafts carry targets', () => {
    assert.deepEqual(targets.drafts, new Set(['/day1/02_wip/', '/ideas/01_someday/']));
    assert.equal(targets.pages.has('/day1/02_wip/'), false);
    assert.equal(targets.pages.has('/tags/secret/'), false);
    assert.ok(targets.pages.has('/tags/platform/'));
  });

  test('makes every file in the public folder a target at the site root, nested folders too, lower-cased as links are compared', () => {
    assert.deepEqual(targets.pages.get('/favicon.svg'), new Set());
    assert.deepEqual(targets.pages.get('/slides/deck.pdf'), new Set());
  });

  test('has the home page, the tag index and the site’s files', () => {
    assert.deepEqual(targets.pages.get('/'), new Set(['days', 'tags']));
    for (const path of ['/tags/', '/rss.xml', '/robots.txt', '/sitemap-index.xml']) assert.ok(targets.pages.has(path), path);
  });

  test('has nothing else', () => {
    assert.deepEqual(
      [...targets.pages.keys()].sort(),
      [
        '/',
        '/day1/',
        '/day1/01_keynote/',
        '/day3/',
        '/favicon.svg',
        '/robots.txt',
        '/rss.xml',
        '/sitemap-index.xml',
        '/slides/deck.pdf',
        '/tags/',
        '/tags/platform/',
        '/workshops/',
        '/workshops/01_hands_on/',
      ].sort(),
    );
  });

  test('treats a missing public folder as one without files', async () => {
    const withoutPublic = await siteTargets(await readNoteSources(root, 'notes'), join(root, 'no-such-folder'));
    assert.equal(withoutPublic.pages.has('/favicon.svg'), false);
    assert.ok(withoutPublic.pages.has('/day1/01_keynote/'));
  });
});
