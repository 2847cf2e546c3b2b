// What a note may link to is what the site will publish: a page for each
// section (at any depth) and published note, each alias, each tag, the fixed
// pages and files, and the files in public/. A page the build will not make
// must not count as a target, or a link to it passes the check and 404s for
// readers. Also protected: the redirects each alias becomes, and the
// collisions (two pages at one address) the build must stop on.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { readNoteSources } from '../../../src/links/sources.ts';
import { type SiteMap, siteTargets } from '../../../src/links/targets.ts';
import { writeTree } from '../write-tree.ts';

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
  'notes/day1/03_moved.md': '---\ntitle: Moved\naliases: [/talks/Old/, 01_old]\n---\n',
  'notes/day1/workshops/advanced/01_deep.md': '---\ntitle: Deep\n---\n\n## Deeper\n',
  'notes/about.md': '---\ntitle: About\n---\n',
};

let root: string;
let targets: SiteMap;

before(async () => {
  root = await mkdtemp(join(tmpdir(), 'site-targets-'));
  await writeTree(root, files);
  targets = await siteTargets(await readNoteSources(root, 'notes'), join(root, 'public'), 'notes');
});
after(() => rm(root, { recursive: true, force: true }));

describe('siteTargets', () => {
  test('gives no section page to a folder that holds only a draft note and no _index.md', () => {
    assert.equal(targets.pages.has('/ideas/'), false);
    assert.equal(targets.pages.has('/ideas/01_someday/'), false);
  });

  test('gives a section page to a folder with an _index.md and no notes', () => {
    assert.deepEqual(targets.pages.get('/day3/'), new Set());
  });

  test('gives a section page to a folder of published notes without an _index.md', () => {
    assert.deepEqual(targets.pages.get('/workshops/'), new Set());
    assert.deepEqual(targets.pages.get('/workshops/01_hands_on/'), new Set());
  });

  test('makes every published note a target with its heading ids', () => {
    assert.deepEqual(targets.pages.get('/day1/01_keynote/'), new Set(['opening', 'roadmap']));
  });

  test('makes no target of a note whose front matter is invalid, nor of a section only it would fill', () => {
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
        '/day1/01_old/',
        '/day1/03_moved/',
        '/day1/workshops/',
        '/day1/workshops/advanced/',
        '/day1/workshops/advanced/01_deep/',
        '/about/',
        '/talks/old/',
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
    const withoutPublic = await siteTargets(await readNoteSources(root, 'notes'), join(root, 'no-such-folder'), 'notes');
    assert.equal(withoutPublic.pages.has('/favicon.svg'), false);
    assert.ok(withoutPublic.pages.has('/day1/01_keynote/'));
  });
});

describe('siteTargets: sections, aliases and redirects', () => {
  test('gives every folder above a nested note a section page, and the nested note its headings', () => {
    assert.deepEqual(targets.pages.get('/day1/workshops/'), new Set());
    assert.deepEqual(targets.pages.get('/day1/workshops/advanced/'), new Set());
    assert.deepEqual(targets.pages.get('/day1/workshops/advanced/01_deep/'), new Set(['deeper']));
  });

  test('makes a note at the top of the notes folder a target', () => {
    assert.deepEqual(targets.pages.get('/about/'), new Set());
  });

  test('makes each alias a target, lower-cased, a relative one read from the note’s folder', () => {
    assert.deepEqual(targets.pages.get('/talks/old/'), new Set());
    assert.deepEqual(targets.pages.get('/day1/01_old/'), new Set());
  });

  test('turns each alias into a redirect to its note’s page', () => {
    assert.deepEqual(targets.redirects, [
      { from: '/talks/old/', to: '/day1/03_moved/' },
      { from: '/day1/01_old/', to: '/day1/03_moved/' },
    ]);
  });

  test('finds no collision when every page has an address of its own', () => {
    assert.deepEqual(targets.collisions, []);
  });
});

describe('siteTargets: collisions', () => {
  const colliding: Record<string, string> = {
    'notes/day1/_index.md': '---\ntitle: Day 1\n---\n',
    'notes/day1/01_talk.md': '---\ntitle: Talk\n---\n',
    'notes/day1/01_talk/index.md': '---\ntitle: Talk bundle\n---\n',
    'notes/day1/02_moved.md': '---\ntitle: Moved\naliases: [/day1/01_talk/, /talks/free/]\n---\n',
    'notes/day2/01_x.md': '---\ntitle: X\n---\n',
    'notes/tags/01_y.md': '---\ntitle: Y\n---\n',
  };
  let collisionRoot: string;
  let map: SiteMap;

  before(async () => {
    collisionRoot = await mkdtemp(join(tmpdir(), 'site-collisions-'));
    await writeTree(collisionRoot, colliding);
    map = await siteTargets(await readNoteSources(collisionRoot, 'notes'), join(collisionRoot, 'public'), 'notes');
  });
  after(() => rm(collisionRoot, { recursive: true, force: true }));

  test('finds every address two pages, or an alias and a page, would share, naming the files and the section folder', () => {
    assert.deepEqual(
      map.collisions.map(({ path, first, second }) => [path, first.owner, second.owner]).sort(),
      [
        ['/day1/01_talk/', 'notes/day1/01_talk.md', 'notes/day1/01_talk/index.md'],
        ['/day1/01_talk/', 'notes/day1/01_talk.md', 'notes/day1/02_moved.md'],
        ['/tags/', join('notes', 'tags', '/'), 'the tag index'],
      ].sort(),
    );
  });

  test('makes no redirect of an alias that collides with a page, and keeps the others', () => {
    assert.deepEqual(map.redirects, [{ from: '/talks/free/', to: '/day1/02_moved/' }]);
  });
});
