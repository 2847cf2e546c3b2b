// Every address the site serves, built from the same page lists the routes
// use, so the link checker and the routes agree on what exists. Protected
// here: which addresses there are and the heading ids a link may point at on
// each; and every collision (two pages, or an alias and a page, at one
// address), which Astro would otherwise settle by silently dropping a page:
// each is found, names both owners as the callbacks name them, and puts the
// owner first in code-point order first, so messages never depend on read order.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type Section, sectionTree } from '../../../src/lib/sections.ts';
import { type NoteFiles, siteAddresses } from '../../../src/lib/site-addresses.ts';
import { aliasPages, homeSections, notePages, sectionPages, tagPages } from '../../../src/lib/site-pages.ts';
import { tagIndex } from '../../../src/lib/tags.ts';
import type { Note, SectionEntry } from '../../../src/lib/types.ts';
import { ids, note, permutations, sectionIndex, threeDays } from './entries.ts';

const { notes, root, tags } = threeDays;

/** Callbacks as the link checker gives them: a note's file is `notes/<id>.md`, a section's its `_index.md`. */
function files<N extends Note>(headings: (note: N) => ReadonlySet<string> = () => new Set()): NoteFiles<N> {
  return {
    headings,
    file: (note) => `notes/${note.id}.md`,
    sectionFile: (section) => (section.path === '' ? 'notes/_index.md' : `notes/${section.path}/_index.md`),
  };
}

describe('siteAddresses: the pages', () => {
  const headings = new Map([['day1/02_mesh', new Set(['history', 'why-sidecar'])]]);
  const { addresses, collisions } = siteAddresses(root, tags, files((page) => headings.get(page.id) ?? new Set()));
  const anchorsAt = (path: string) => addresses.get(path)?.anchors;

  test('has the home page with its sections as anchors', () => {
    assert.deepEqual(anchorsAt('/'), new Set([homeSections.days, homeSections.tags]));
    assert.deepEqual(anchorsAt('/'), new Set(['days', 'tags']), 'the home page’s section ids changed: notes may link to them');
  });

  test('has the tag index and the feed, robots.txt and sitemap files', () => {
    for (const path of ['/tags/', '/rss.xml', '/robots.txt', '/sitemap-index.xml']) assert.deepEqual(anchorsAt(path), new Set(), path);
  });

  test('has every day', () => {
    for (const path of ['/day1/', '/day2/', '/day3/']) assert.deepEqual(anchorsAt(path), new Set(), path);
  });

  test('has every note, with the headings the callback gives for it', () => {
    assert.deepEqual(anchorsAt('/day1/02_mesh/'), new Set(['history', 'why-sidecar']));
    for (const path of ['/day1/01_keynote/', '/day1/03_closing/', '/day2/01_monitoring/', '/day3/01_mesh_again/', '/day3/02_mesh_later/']) {
      assert.deepEqual(anchorsAt(path), new Set(), path);
    }
  });

  test('has every tag page under its decoded path, as a link checker compares it', () => {
    assert.deepEqual(anchorsAt('/tags/überwachung/'), new Set());
    assert.equal(addresses.has('/tags/%C3%BCberwachung/'), false);
    assert.deepEqual(anchorsAt('/tags/platform/'), new Set());
    assert.deepEqual(anchorsAt('/tags/service-mesh/'), new Set());
  });

  test('has nothing else', () => {
    assert.deepEqual(
      [...addresses.keys()].sort(),
      [
        '/',
        '/day1/',
        '/day1/01_keynote/',
        '/day1/02_mesh/',
        '/day1/03_closing/',
        '/day2/',
        '/day2/01_monitoring/',
        '/day3/',
        '/day3/01_mesh_again/',
        '/day3/02_mesh_later/',
        '/robots.txt',
        '/rss.xml',
        '/sitemap-index.xml',
        '/tags/',
        '/tags/platform/',
        '/tags/service-mesh/',
        '/tags/überwachung/',
      ].sort(),
    );
  });

  test('has no collisions when every page has an address of its own', () => {
    assert.deepEqual(collisions, []);
  });

  test('names who serves each address: the note’s or section’s file, or what the site calls a page it makes itself', () => {
    assert.deepEqual(addresses.get('/'), { owner: 'notes/_index.md', anchors: new Set(['days', 'tags']), alias: false, builtIn: false });
    assert.deepEqual(addresses.get('/day1/'), { owner: 'notes/day1/_index.md', anchors: new Set(), alias: false, builtIn: false });
    assert.deepEqual(addresses.get('/day1/02_mesh/'), { owner: 'notes/day1/02_mesh.md', anchors: new Set(['history', 'why-sidecar']), alias: false, builtIn: false });
    assert.deepEqual(addresses.get('/tags/'), { owner: 'the tag index', anchors: new Set(), alias: false, builtIn: true });
    assert.deepEqual(addresses.get('/tags/platform/'), { owner: 'the page of the tag Platform', anchors: new Set(), alias: false, builtIn: true });
    assert.equal(addresses.get('/rss.xml')!.builtIn, true);
  });

  test('has no page for a folder holding only drafts when given the published notes', () => {
    const all = [note('day1/01_a', { tags: ['ideas'] }), note('drafts/01_wip', { draft: true, tags: ['secret'] })];
    const published = all.filter((candidate) => !candidate.data.draft);
    const publishedAddresses = siteAddresses(sectionTree([sectionIndex('day1')], published), tagIndex(published), files()).addresses;
    assert.equal(publishedAddresses.has('/drafts/'), false);
    assert.equal(publishedAddresses.has('/drafts/01_wip/'), false);
    assert.equal(publishedAddresses.has('/tags/secret/'), false);
    assert.ok(publishedAddresses.has('/day1/01_a/'));
    assert.ok(publishedAddresses.has('/tags/ideas/'));
  });

  test('holds every page the routes build, so the routes and the link checker agree', () => {
    const routed = [...notePages(root, tags), ...sectionPages(root), ...tagPages(root, tags)].map((page) => decodeURIComponent(page.path));
    assert.equal(routed.length, 6 + 3 + 3);
    for (const path of routed) assert.ok(addresses.has(path), `${path} is built but not an address`);
  });

  test('asks the callback for each note’s headings exactly once', () => {
    const asked: string[] = [];
    siteAddresses(
      root,
      tags,
      files((page: Note) => {
        asked.push(page.id);
        return new Set();
      }),
    );
    assert.deepEqual(asked.sort(), ids(notes).sort());
  });
});

describe('siteAddresses: nested sections, notes at the root, and aliases', () => {
  const nestedNotes = [
    note('about', { aliases: ['/who/'] }),
    note('day2/01_ops', { aliases: ['01_operations', '/talks/Ops.html'] }),
    note('day2/workshops/advanced/01_deep_dive'),
  ];
  const nested = sectionTree([sectionIndex('day2', { title: 'Day 2' })], nestedNotes);
  const { addresses, collisions } = siteAddresses(nested, tagIndex(nestedNotes), files());

  test('has a page for every section at every depth, and for a note at the root', () => {
    for (const path of ['/day2/', '/day2/workshops/', '/day2/workshops/advanced/', '/day2/workshops/advanced/01_deep_dive/', '/about/', '/day2/01_ops/']) {
      assert.equal(addresses.get(path)?.alias, false, path);
    }
  });

  test('names a section without _index.md by what the callback gives for it', () => {
    assert.equal(addresses.get('/day2/workshops/')!.owner, 'notes/day2/workshops/_index.md');
  });

  test('has every alias as an address with no anchors, owned by its note’s file', () => {
    for (const [path, owner] of [
      ['/who/', 'notes/about.md'],
      ['/day2/01_operations/', 'notes/day2/01_ops.md'],
      ['/talks/ops.html', 'notes/day2/01_ops.md'],
    ] as const) {
      assert.deepEqual(addresses.get(path), { owner, anchors: new Set(), alias: true, builtIn: false }, path);
    }
  });

  test('holds every page and alias the routes build', () => {
    const tagsHere = tagIndex(nestedNotes);
    const routed = [...notePages(nested, tagsHere), ...sectionPages(nested), ...tagPages(nested, tagsHere), ...aliasPages(nested)].map((page) => page.path);
    assert.equal(routed.length, 3 + 3 + 0 + 3);
    for (const path of routed) assert.ok(addresses.has(decodeURIComponent(path)), `${path} is built but not an address`);
    assert.deepEqual(collisions, []);
  });
});

/** A note that knows its file, as the link checker's sources do. */
type FileNote = Note & { file: string };

function fileNote(file: string, id: string, fields: Parameters<typeof note>[1] = {}): FileNote {
  return { ...note(id, fields), file };
}

/** The callbacks for notes that carry their file; a section is its `_index.md` when given one, else its folder. */
function fileNotes(sectionFiles: Record<string, string> = {}, folder = 'notes'): NoteFiles<FileNote> {
  return {
    headings: () => new Set(),
    file: (note) => note.file,
    sectionFile: (section: Section<FileNote>) => sectionFiles[section.path] ?? `${folder}/${section.path}${section.path ? '/' : ''}`,
  };
}

function collisionsOf(notes: readonly FileNote[], entries: readonly SectionEntry[] = [], sectionFiles: Record<string, string> = {}, folder = 'notes') {
  return siteAddresses(sectionTree(entries, notes), tagIndex(notes), fileNotes(sectionFiles, folder)).collisions;
}

/** A collision as [path, first owner, second owner], to compare at a glance. */
const summary = ({ path, first, second }: { path: string; first: { owner: string }; second: { owner: string } }) => [path, first.owner, second.owner];

describe('siteAddresses: collisions', () => {
  test('finds two notes with the same id, such as 01_talk.md and 01_talk.mdx', () => {
    const collisions = collisionsOf([fileNote('notes/day1/01_talk.md', 'day1/01_talk'), fileNote('notes/day1/01_talk.mdx', 'day1/01_talk')]);
    assert.deepEqual(collisions.map(summary), [['/day1/01_talk/', 'notes/day1/01_talk.md', 'notes/day1/01_talk.mdx']]);
    assert.deepEqual(
      collisions.map(({ first, second }) => [first.alias, first.builtIn, second.alias, second.builtIn]),
      [[false, false, false, false]],
    );
  });

  test('finds two files whose names differ only in case, as URLs are lower-cased', () => {
    const collisions = collisionsOf([fileNote('notes/day1/01_talk.md', 'day1/01_talk'), fileNote('notes/day1/01_Talk.md', 'day1/01_talk')]);
    // `T` (U+0054) comes before `t` (U+0074) in code-point order, though a locale-aware sort puts `talk` first.
    assert.deepEqual(collisions.map(summary), [['/day1/01_talk/', 'notes/day1/01_Talk.md', 'notes/day1/01_talk.md']]);
  });

  test('finds a page bundle and a file of the same name', () => {
    const collisions = collisionsOf([fileNote('notes/day1/03_talk/index.md', 'day1/03_talk'), fileNote('notes/day1/03_talk.md', 'day1/03_talk')]);
    assert.deepEqual(collisions.map(summary), [['/day1/03_talk/', 'notes/day1/03_talk.md', 'notes/day1/03_talk/index.md']]);
  });

  test('finds a note whose slug gives it another note’s address', () => {
    const collisions = collisionsOf([fileNote('notes/day1/01_first.md', 'day1/keynote', { slug: 'keynote' }), fileNote('notes/day1/03_third.md', 'day1/keynote', { slug: 'keynote' })]);
    assert.deepEqual(collisions.map(summary), [['/day1/keynote/', 'notes/day1/01_first.md', 'notes/day1/03_third.md']]);
  });

  test('finds a note and a section at one address, naming the section by its _index.md', () => {
    const collisions = collisionsOf(
      [fileNote('notes/day1/workshops.md', 'day1/workshops'), fileNote('notes/day1/workshops/01_x.md', 'day1/workshops/01_x')],
      [sectionIndex('day1/workshops')],
      { 'day1/workshops': 'notes/day1/workshops/_index.md' },
    );
    assert.deepEqual(collisions.map(summary), [['/day1/workshops/', 'notes/day1/workshops.md', 'notes/day1/workshops/_index.md']]);
  });

  test('finds a note and a section without _index.md at one address, naming the section by its folder', () => {
    const collisions = collisionsOf([fileNote('notes/day1/workshops.md', 'day1/workshops'), fileNote('notes/day1/workshops/01_x.md', 'day1/workshops/01_x')]);
    assert.deepEqual(collisions.map(summary), [['/day1/workshops/', 'notes/day1/workshops.md', 'notes/day1/workshops/']]);
  });

  test('finds an alias that is the address of a page, and marks which one is the alias', () => {
    const collisions = collisionsOf([
      fileNote('notes/day1/01_moved.md', 'day1/01_moved', { aliases: ['/day1/02_fine/'] }),
      fileNote('notes/day1/02_fine.md', 'day1/02_fine'),
    ]);
    assert.deepEqual(collisions.map(summary), [['/day1/02_fine/', 'notes/day1/01_moved.md', 'notes/day1/02_fine.md']]);
    assert.deepEqual(
      collisions.map(({ first, second }) => [first.alias, second.alias]),
      [[true, false]],
    );
  });

  test('finds an alias that is the address of a section', () => {
    const collisions = collisionsOf([fileNote('notes/day2/01_x.md', 'day2/01_x', { aliases: ['/day1/'] }), fileNote('notes/day1/01_a.md', 'day1/01_a')], [sectionIndex('day1')], {
      day1: 'notes/day1/_index.md',
    });
    assert.deepEqual(collisions.map(summary), [['/day1/', 'notes/day1/_index.md', 'notes/day2/01_x.md']]);
    assert.deepEqual(
      collisions.map(({ first, second }) => [first.alias, second.alias]),
      [[false, true]],
    );
  });

  test('finds an alias that is a note’s own address', () => {
    const collisions = collisionsOf([fileNote('notes/day1/01_a.md', 'day1/01_a', { aliases: ['01_a'] })]);
    assert.deepEqual(collisions.map(summary), [['/day1/01_a/', 'notes/day1/01_a.md', 'notes/day1/01_a.md']]);
  });

  test('finds two notes with the same alias', () => {
    const collisions = collisionsOf([
      fileNote('notes/day2/01_b.md', 'day2/01_b', { aliases: ['/old/'] }),
      fileNote('notes/day1/01_a.md', 'day1/01_a', { aliases: ['/Old'] }),
    ]);
    assert.deepEqual(collisions.map(summary), [['/old/', 'notes/day1/01_a.md', 'notes/day2/01_b.md']]);
    assert.deepEqual(
      collisions.map(({ first, second }) => [first.alias, second.alias]),
      [[true, true]],
    );
  });

  test('finds a folder named `tags` at the address of the tag index, naming the index as the site does', () => {
    const collisions = collisionsOf([fileNote('notes/tags/01_x.md', 'tags/01_x')]);
    assert.deepEqual(collisions.map(summary), [['/tags/', 'notes/tags/', 'the tag index']]);
    assert.deepEqual(
      collisions.map(({ first, second }) => [first.builtIn, second.builtIn]),
      [[false, true]],
    );
  });

  test('puts the tag index first when its name comes first in code-point order, and marks it as built in', () => {
    // `the tag index` sorts before `x/tags/`, whatever the read order.
    const collisions = collisionsOf([fileNote('x/tags/01_x.md', 'tags/01_x')], [], {}, 'x');
    assert.deepEqual(collisions.map(summary), [['/tags/', 'the tag index', 'x/tags/']]);
    assert.deepEqual(
      collisions.map(({ first, second }) => [first.builtIn, second.builtIn]),
      [[true, false]],
    );
  });

  test('finds a note under `tags` at the address of a tag’s page', () => {
    const collisions = collisionsOf([fileNote('notes/tags/platform.md', 'tags/platform'), fileNote('notes/day1/01_a.md', 'day1/01_a', { tags: ['Platform'] })]);
    assert.deepEqual(collisions.map(summary), [
      ['/tags/', 'notes/tags/', 'the tag index'],
      ['/tags/platform/', 'notes/tags/platform.md', 'the page of the tag Platform'],
    ]);
  });

  test('finds an alias onto the tag index, a page the site makes itself', () => {
    const collisions = collisionsOf([fileNote('notes/day1/01_a.md', 'day1/01_a', { aliases: ['/tags/'] })]);
    assert.deepEqual(collisions.map(summary), [['/tags/', 'notes/day1/01_a.md', 'the tag index']]);
    assert.deepEqual(
      collisions.map(({ first, second }) => [first.alias, second.builtIn]),
      [[true, true]],
    );
  });

  test('names the same first owner whatever order the files were read in', () => {
    const colliding = [
      fileNote('notes/day1/01_talk.md', 'day1/01_talk'),
      fileNote('notes/day1/01_Talk.md', 'day1/01_talk'),
      fileNote('notes/day1/02_b.md', 'day1/02_b', { aliases: ['/old/'] }),
      fileNote('notes/day1/02_a.md', 'day1/02_a', { aliases: ['/old/'] }),
    ];
    const expected = [
      ['/day1/01_talk/', 'notes/day1/01_Talk.md', 'notes/day1/01_talk.md'],
      ['/old/', 'notes/day1/02_a.md', 'notes/day1/02_b.md'],
    ];
    for (const order of permutations(colliding)) assert.deepEqual(collisionsOf(order).map(summary).sort(), expected);
  });

  test('still serves a colliding address once, and reports the collision rather than dropping a page silently', () => {
    const { addresses, collisions } = siteAddresses(
      sectionTree([], [fileNote('notes/day1/01_talk.md', 'day1/01_talk'), fileNote('notes/day1/01_talk.mdx', 'day1/01_talk')]),
      [],
      fileNotes(),
    );
    assert.ok(addresses.has('/day1/01_talk/'));
    assert.equal(collisions.length, 1);
  });
});
