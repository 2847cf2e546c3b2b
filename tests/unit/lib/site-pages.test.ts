// The one list of the site's pages: the routes build their pages from it and
// the link checker resolves links against it, so a page a reader can open is
// exactly a page a note may link to.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { notesByDay } from '../../../src/lib/days.ts';
import { dayPages, homeSections, notePages, siteAddresses, tagPages } from '../../../src/lib/site-pages.ts';
import { tagIndex } from '../../../src/lib/tags.ts';
import type { Note } from '../../../src/lib/types.ts';
import { dayIndex, ids, note } from './entries.ts';

const notes = [
  note('day1/01_keynote', { title: 'Keynote', weight: 1, tags: ['Platform'] }),
  note('day1/02_mesh', { title: 'Mesh', weight: 2, tags: ['platform', 'Service Mesh'] }),
  note('day1/03_closing', { title: 'Closing', weight: 3 }),
  note('day2/01_monitoring', { title: 'Monitoring', weight: 1, tags: ['Überwachung', 'Platform'] }),
  note('day3/01_mesh_again', { title: 'Mesh again', weight: 1, tags: ['service mesh'] }),
  note('day3/02_mesh_later', { title: 'Mesh later', weight: 2, tags: ['Service  Mesh'] }),
];
const days = notesByDay(
  [dayIndex('day3', { title: 'Day 3', weight: 3 }), dayIndex('day1', { title: 'Day 1', weight: 1 }), dayIndex('day2', { title: 'Day 2', weight: 2 })],
  notes,
);
const tags = tagIndex(notes);
const noHeadings = (): ReadonlySet<string> => new Set();

describe('notePages', () => {
  test('gives every note its day and file name as route params and its Hugo URL as path, in site order', () => {
    assert.deepEqual(
      notePages(days, tags).map(({ params, path }) => ({ params, path })),
      [
        { params: { day: 'day1', note: '01_keynote' }, path: '/day1/01_keynote/' },
        { params: { day: 'day1', note: '02_mesh' }, path: '/day1/02_mesh/' },
        { params: { day: 'day1', note: '03_closing' }, path: '/day1/03_closing/' },
        { params: { day: 'day2', note: '01_monitoring' }, path: '/day2/01_monitoring/' },
        { params: { day: 'day3', note: '01_mesh_again' }, path: '/day3/01_mesh_again/' },
        { params: { day: 'day3', note: '02_mesh_later' }, path: '/day3/02_mesh_later/' },
      ],
    );
  });

  test('names the day a note belongs to by its slug and title', () => {
    const page = notePages(days, tags).find((candidate) => candidate.note.id === 'day2/01_monitoring')!;
    assert.deepEqual(page.day, { slug: 'day2', title: 'Day 2' });
  });

  test('links previous and next within the note’s own day only', () => {
    const byId = new Map(notePages(days, tags).map((page) => [page.note.id, page.neighbours]));
    const neighbourIds = (id: string) => {
      const { previous, next } = byId.get(id)!;
      return { previous: previous?.id, next: next?.id };
    };
    assert.deepEqual(neighbourIds('day1/01_keynote'), { previous: undefined, next: 'day1/02_mesh' });
    assert.deepEqual(neighbourIds('day1/02_mesh'), { previous: 'day1/01_keynote', next: 'day1/03_closing' });
    assert.deepEqual(neighbourIds('day1/03_closing'), { previous: 'day1/02_mesh', next: undefined });
    assert.deepEqual(neighbourIds('day2/01_monitoring'), { previous: undefined, next: undefined });
  });

  test('shows a note’s tags as the tag index names them, whatever spelling the note used', () => {
    const page = notePages(days, tags).find((candidate) => candidate.note.id === 'day1/02_mesh')!;
    assert.deepEqual(page.tags, [
      { slug: 'platform', name: 'Platform', count: 3 },
      { slug: 'service-mesh', name: 'Service Mesh', count: 3 },
    ]);
  });

  test('gives a note without tags none', () => {
    const page = notePages(days, tags).find((candidate) => candidate.note.id === 'day1/03_closing')!;
    assert.deepEqual(page.tags, []);
  });
});

describe('dayPages', () => {
  test('gives every day, in site order, its slug as route param and its folder URL as path', () => {
    assert.deepEqual(
      dayPages(days).map(({ params, path, day }) => ({ params, path, title: day.title })),
      [
        { params: { day: 'day1' }, path: '/day1/', title: 'Day 1' },
        { params: { day: 'day2' }, path: '/day2/', title: 'Day 2' },
        { params: { day: 'day3' }, path: '/day3/', title: 'Day 3' },
      ],
    );
  });

  test('keeps a day with an _index.md and no notes', () => {
    const withEmpty = notesByDay([dayIndex('day1', { weight: 1 }), dayIndex('day4', { title: 'Day 4', weight: 4 })], [note('day1/01_a')]);
    const empty = dayPages(withEmpty).find((page) => page.path === '/day4/');
    assert.ok(empty, 'the empty day has no page');
    assert.deepEqual(empty.day.notes, []);
  });
});

describe('tagPages', () => {
  test('gives every tag a page at its slug, in the tag index’s order', () => {
    assert.deepEqual(
      tagPages(days, tags).map(({ params, path, tag }) => ({ params, path, name: tag.name })),
      [
        { params: { tag: 'platform' }, path: '/tags/platform/', name: 'Platform' },
        { params: { tag: 'service-mesh' }, path: '/tags/service-mesh/', name: 'Service Mesh' },
        { params: { tag: 'überwachung' }, path: '/tags/%C3%BCberwachung/', name: 'Überwachung' },
      ],
    );
  });

  test('lists the days holding notes with the tag, in site order, each with only those notes', () => {
    const platform = tagPages(days, tags).find((page) => page.tag.slug === 'platform')!;
    assert.deepEqual(
      platform.days.map((day) => ({ slug: day.slug, title: day.title, notes: ids(day.notes) })),
      [
        { slug: 'day1', title: 'Day 1', notes: ['day1/01_keynote', 'day1/02_mesh'] },
        { slug: 'day2', title: 'Day 2', notes: ['day2/01_monitoring'] },
      ],
    );
  });

  test('leaves out the days that hold no note with the tag', () => {
    const mesh = tagPages(days, tags).find((page) => page.tag.slug === 'service-mesh')!;
    assert.deepEqual(
      mesh.days.map((day) => day.slug),
      ['day1', 'day3'],
    );
  });
});

describe('siteAddresses', () => {
  const headings = new Map([['day1/02_mesh', new Set(['history', 'why-sidecar'])]]);
  const addresses = siteAddresses(days, tags, (page) => headings.get(page.id) ?? new Set());

  test('has the home page with its sections as anchors', () => {
    assert.deepEqual(addresses.get('/'), new Set([homeSections.days, homeSections.tags]));
    assert.deepEqual(addresses.get('/'), new Set(['days', 'tags']), 'the home page’s section ids changed: notes may link to them');
  });

  test('has the tag index and the feed, robots.txt and sitemap files', () => {
    for (const path of ['/tags/', '/rss.xml', '/robots.txt', '/sitemap-index.xml']) assert.deepEqual(addresses.get(path), new Set(), path);
  });

  test('has every day', () => {
    for (const path of ['/day1/', '/day2/', '/day3/']) assert.deepEqual(addresses.get(path), new Set(), path);
  });

  test('has every note, with the headings the callback gives for it', () => {
    assert.deepEqual(addresses.get('/day1/02_mesh/'), new Set(['history', 'why-sidecar']));
    for (const path of ['/day1/01_keynote/', '/day1/03_closing/', '/day2/01_monitoring/', '/day3/01_mesh_again/', '/day3/02_mesh_later/']) {
      assert.deepEqual(addresses.get(path), new Set(), path);
    }
  });

  test('has every tag page under its decoded path, as a link checker compares it', () => {
    assert.deepEqual(addresses.get('/tags/überwachung/'), new Set());
    assert.equal(addresses.has('/tags/%C3%BCberwachung/'), false);
    assert.deepEqual(addresses.get('/tags/platform/'), new Set());
    assert.deepEqual(addresses.get('/tags/service-mesh/'), new Set());
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

  test('has no page for a folder holding only drafts when given the published notes', () => {
    const all = [note('day1/01_a', { tags: ['ideas'] }), note('drafts/01_wip', { draft: true, tags: ['secret'] })];
    const published = all.filter((candidate) => !candidate.data.draft);
    const publishedAddresses = siteAddresses(notesByDay([dayIndex('day1')], published), tagIndex(published), noHeadings);
    assert.equal(publishedAddresses.has('/drafts/'), false);
    assert.equal(publishedAddresses.has('/drafts/01_wip/'), false);
    assert.equal(publishedAddresses.has('/tags/secret/'), false);
    assert.ok(publishedAddresses.has('/day1/01_a/'));
    assert.ok(publishedAddresses.has('/tags/ideas/'));
  });

  test('holds every page the routes build, so the routes and the link checker agree', () => {
    const routed = [...notePages(days, tags), ...dayPages(days), ...tagPages(days, tags)].map((page) => decodeURIComponent(page.path));
    assert.equal(routed.length, 6 + 3 + 3);
    for (const path of routed) assert.ok(addresses.has(path), `${path} is built but not an address`);
  });

  test('asks the callback for each note’s headings exactly once', () => {
    const asked: string[] = [];
    siteAddresses(days, tags, (page: Note) => {
      asked.push(page.id);
      return new Set();
    });
    assert.deepEqual(asked.sort(), ids(notes).sort());
  });
});
