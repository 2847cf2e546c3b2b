// The one list of the site's pages: the routes build their pages from it and
// the link checker resolves links against it (see site-addresses.test.ts), so
// a page a reader can open is exactly a page a note may link to. Protected
// here: each page's route params and URL, the breadcrumb trail above it, its
// previous/next notes and tags, and where each alias (old address) points.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sectionTree } from '../../../src/lib/sections.ts';
import { aliasPages, aliasPath, notePages, sectionPages, tagPages } from '../../../src/lib/site-pages.ts';
import { tagIndex } from '../../../src/lib/tags.ts';
import { ids, note, sectionIndex, threeDays } from './entries.ts';

const { notes, root, tags } = threeDays;

// Sections at every depth, a note at the root, and a folder without _index.md.
const nestedNotes = [
  note('about', { title: 'About' }),
  note('day2/01_ops', { title: 'Ops', weight: 1 }),
  note('day2/02_later', { title: 'Later', weight: 2 }),
  note('day2/workshops/01_hands_on', { title: 'Hands on', weight: 1 }),
  note('day2/workshops/02_intro', { title: 'Intro', weight: 2 }),
  note('day2/workshops/advanced/01_deep_dive', { title: 'Deep dive', tags: ['Platform'] }),
];
const nested = sectionTree([sectionIndex('day2', { title: 'Day 2', weight: 2 }), sectionIndex('day2/workshops', { title: 'Workshops' })], nestedNotes);
const nestedTags = tagIndex(nestedNotes);

describe('notePages', () => {
  test('gives every note its id as route param and its Hugo URL as path, in site order', () => {
    assert.deepEqual(
      notePages(root, tags).map(({ params, path }) => ({ params, path })),
      [
        { params: { path: 'day1/01_keynote' }, path: '/day1/01_keynote/' },
        { params: { path: 'day1/02_mesh' }, path: '/day1/02_mesh/' },
        { params: { path: 'day1/03_closing' }, path: '/day1/03_closing/' },
        { params: { path: 'day2/01_monitoring' }, path: '/day2/01_monitoring/' },
        { params: { path: 'day3/01_mesh_again' }, path: '/day3/01_mesh_again/' },
        { params: { path: 'day3/02_mesh_later' }, path: '/day3/02_mesh_later/' },
      ],
    );
  });

  test('names the day a note belongs to by its path and title, as its breadcrumb trail', () => {
    const page = notePages(root, tags).find((candidate) => candidate.note.id === 'day2/01_monitoring')!;
    assert.deepEqual(page.trail, [{ path: 'day2', title: 'Day 2' }]);
  });

  test('links previous and next within the note’s own day only', () => {
    const byId = new Map(notePages(root, tags).map((page) => [page.note.id, page.neighbours]));
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
    const page = notePages(root, tags).find((candidate) => candidate.note.id === 'day1/02_mesh')!;
    assert.deepEqual(page.tags, [
      { slug: 'platform', name: 'Platform', count: 3 },
      { slug: 'service-mesh', name: 'Service Mesh', count: 3 },
    ]);
  });

  test('gives a note without tags none', () => {
    const page = notePages(root, tags).find((candidate) => candidate.note.id === 'day1/03_closing')!;
    assert.deepEqual(page.tags, []);
  });

  test('gives notes in nested sections and at the root a page each, the root’s first, then each section’s before its sections’', () => {
    assert.deepEqual(
      notePages(nested, nestedTags).map(({ params, path }) => ({ params, path })),
      [
        { params: { path: 'about' }, path: '/about/' },
        { params: { path: 'day2/01_ops' }, path: '/day2/01_ops/' },
        { params: { path: 'day2/02_later' }, path: '/day2/02_later/' },
        { params: { path: 'day2/workshops/01_hands_on' }, path: '/day2/workshops/01_hands_on/' },
        { params: { path: 'day2/workshops/02_intro' }, path: '/day2/workshops/02_intro/' },
        { params: { path: 'day2/workshops/advanced/01_deep_dive' }, path: '/day2/workshops/advanced/01_deep_dive/' },
      ],
    );
  });

  test('gives a nested note the trail of every section above it, from its day down to its own', () => {
    const trails = new Map(notePages(nested, nestedTags).map((page) => [page.note.id, page.trail]));
    assert.deepEqual(trails.get('day2/workshops/advanced/01_deep_dive'), [
      { path: 'day2', title: 'Day 2' },
      { path: 'day2/workshops', title: 'Workshops' },
      { path: 'day2/workshops/advanced', title: 'advanced' },
    ]);
    assert.deepEqual(trails.get('day2/workshops/01_hands_on'), [
      { path: 'day2', title: 'Day 2' },
      { path: 'day2/workshops', title: 'Workshops' },
    ]);
  });

  test('gives a note at the root an empty trail', () => {
    const page = notePages(nested, nestedTags).find((candidate) => candidate.note.id === 'about')!;
    assert.deepEqual(page.trail, []);
  });

  test('links previous and next within a nested section only, not into the sections above or below it', () => {
    const byId = new Map(notePages(nested, nestedTags).map((page) => [page.note.id, page.neighbours]));
    const neighbourIds = (id: string) => ({ previous: byId.get(id)!.previous?.id, next: byId.get(id)!.next?.id });
    assert.deepEqual(neighbourIds('day2/02_later'), { previous: 'day2/01_ops', next: undefined });
    assert.deepEqual(neighbourIds('day2/workshops/01_hands_on'), { previous: undefined, next: 'day2/workshops/02_intro' });
    assert.deepEqual(neighbourIds('day2/workshops/02_intro'), { previous: 'day2/workshops/01_hands_on', next: undefined });
    assert.deepEqual(neighbourIds('day2/workshops/advanced/01_deep_dive'), { previous: undefined, next: undefined });
    assert.deepEqual(neighbourIds('about'), { previous: undefined, next: undefined });
  });
});

describe('sectionPages', () => {
  test('gives every day, in site order, its path as route param and its folder URL as path', () => {
    assert.deepEqual(
      sectionPages(root).map(({ params, path, section }) => ({ params, path, title: section.title })),
      [
        { params: { path: 'day1' }, path: '/day1/', title: 'Day 1' },
        { params: { path: 'day2' }, path: '/day2/', title: 'Day 2' },
        { params: { path: 'day3' }, path: '/day3/', title: 'Day 3' },
      ],
    );
  });

  test('keeps a day with an _index.md and no notes', () => {
    const withEmpty = sectionTree([sectionIndex('day1', { weight: 1 }), sectionIndex('day4', { title: 'Day 4', weight: 4 })], [note('day1/01_a')]);
    const empty = sectionPages(withEmpty).find((page) => page.path === '/day4/');
    assert.ok(empty, 'the empty day has no page');
    assert.deepEqual(empty.section.notes, []);
  });

  test('gives every nested section a page at its folder path, each after the section holding it, and none to the root (the home page)', () => {
    assert.deepEqual(
      sectionPages(nested).map(({ params, path }) => ({ params, path })),
      [
        { params: { path: 'day2' }, path: '/day2/' },
        { params: { path: 'day2/workshops' }, path: '/day2/workshops/' },
        { params: { path: 'day2/workshops/advanced' }, path: '/day2/workshops/advanced/' },
      ],
    );
  });

  test('gives each section the trail of the sections above it, and a day an empty one', () => {
    const trails = new Map(sectionPages(nested).map((page) => [page.path, page.trail]));
    assert.deepEqual(trails.get('/day2/'), []);
    assert.deepEqual(trails.get('/day2/workshops/'), [{ path: 'day2', title: 'Day 2' }]);
    assert.deepEqual(trails.get('/day2/workshops/advanced/'), [
      { path: 'day2', title: 'Day 2' },
      { path: 'day2/workshops', title: 'Workshops' },
    ]);
  });
});

describe('tagPages', () => {
  test('gives every tag a page at its slug, in the tag index’s order', () => {
    assert.deepEqual(
      tagPages(root, tags).map(({ params, path, tag }) => ({ params, path, name: tag.name })),
      [
        { params: { tag: 'platform' }, path: '/tags/platform/', name: 'Platform' },
        { params: { tag: 'service-mesh' }, path: '/tags/service-mesh/', name: 'Service Mesh' },
        { params: { tag: 'überwachung' }, path: '/tags/%C3%BCberwachung/', name: 'Überwachung' },
      ],
    );
  });

  test('lists the days holding notes with the tag, in site order, each with only those notes', () => {
    const platform = tagPages(root, tags).find((page) => page.tag.slug === 'platform')!;
    assert.deepEqual(
      platform.sections.map((section) => ({ path: section.path, title: section.title, notes: ids(section.notes) })),
      [
        { path: 'day1', title: 'Day 1', notes: ['day1/01_keynote', 'day1/02_mesh'] },
        { path: 'day2', title: 'Day 2', notes: ['day2/01_monitoring'] },
      ],
    );
  });

  test('leaves out the days that hold no note with the tag', () => {
    const mesh = tagPages(root, tags).find((page) => page.tag.slug === 'service-mesh')!;
    assert.deepEqual(
      mesh.sections.map((section) => section.path),
      ['day1', 'day3'],
    );
  });

  test('lists a tagged note under its own nested section, and a tagged note at the root under the root', () => {
    const withRoot = [...nestedNotes, note('contact', { title: 'Contact', tags: ['platform'] })];
    const [platform] = tagPages(sectionTree([], withRoot), tagIndex(withRoot));
    assert.deepEqual(
      platform!.sections.map((section) => ({ path: section.path, notes: ids(section.notes) })),
      [
        { path: '', notes: ['contact'] },
        { path: 'day2/workshops/advanced', notes: ['day2/workshops/advanced/01_deep_dive'] },
      ],
    );
  });
});

describe('aliasPath', () => {
  const talk = note('day1/02_new_name');

  test('keeps an alias that starts with / as an address from the site root', () => {
    assert.equal(aliasPath('/talks/old/', talk), '/talks/old/');
    assert.equal(aliasPath('/day1/01_old_name/', talk), '/day1/01_old_name/');
  });

  test('reads an alias without a leading / from the note’s own folder, as Hugo does', () => {
    assert.equal(aliasPath('01_old_name/', talk), '/day1/01_old_name/');
    assert.equal(aliasPath('older', note('day2/workshops/01_x')), '/day2/workshops/older/');
    assert.equal(aliasPath('me/', note('about')), '/me/');
  });

  test('adds the trailing slash a page address has', () => {
    assert.equal(aliasPath('/talks/old', talk), '/talks/old/');
    assert.equal(aliasPath('old', talk), '/day1/old/');
  });

  test('keeps an address ending in .html or .htm as it is, without a slash', () => {
    assert.equal(aliasPath('/talks/old.html', talk), '/talks/old.html');
    assert.equal(aliasPath('/talks/old.htm', talk), '/talks/old.htm');
    assert.equal(aliasPath('old.html', talk), '/day1/old.html');
  });

  test('lower-cases the address, as Hugo’s URLs are', () => {
    assert.equal(aliasPath('/Talks/Old-Name/', talk), '/talks/old-name/');
    assert.equal(aliasPath('Old_Name.html', talk), '/day1/old_name.html');
  });

  test('collapses doubled slashes', () => {
    assert.equal(aliasPath('/talks//old//', talk), '/talks/old/');
  });
});

describe('aliasPages', () => {
  test('gives every alias of every note, in site order, a page at its address that redirects to the note', () => {
    const moved = [
      note('day2/01_moved', { aliases: ['/talks/moved/', 'old_moved'] }),
      note('day1/01_renamed', { weight: 1, aliases: ['/Day1/01_Old/'] }),
      note('day1/02_plain', { weight: 2 }),
      note('about', { aliases: ['/who/'] }),
    ];
    const tree = sectionTree([sectionIndex('day1', { weight: 1 }), sectionIndex('day2', { weight: 2 })], moved);
    assert.deepEqual(
      aliasPages(tree).map(({ path, note: { id }, target }) => ({ path, id, target })),
      [
        { path: '/who/', id: 'about', target: '/about/' },
        { path: '/day1/01_old/', id: 'day1/01_renamed', target: '/day1/01_renamed/' },
        { path: '/talks/moved/', id: 'day2/01_moved', target: '/day2/01_moved/' },
        { path: '/day2/old_moved/', id: 'day2/01_moved', target: '/day2/01_moved/' },
      ],
    );
  });

  test('is empty when no note has aliases', () => {
    assert.deepEqual(aliasPages(root), []);
  });

  test('redirects to a nested note’s own URL', () => {
    const deep = note('day2/workshops/01_x', { aliases: ['/old/'] });
    const [page] = aliasPages(sectionTree([], [deep]));
    assert.deepEqual({ path: page!.path, target: page!.target }, { path: '/old/', target: '/day2/workshops/01_x/' });
    assert.equal(page!.note, deep);
  });
});

describe('aliasPath, written as authors write them', () => {
  const note = { id: 'day1/01_talk', data: { title: 'T', weight: 0, tags: [], draft: false, aliases: [] } };

  test('settles `..` and `.` segments as a browser would', () => {
    assert.equal(aliasPath('../old-talk', note), '/old-talk/');
    assert.equal(aliasPath('./old-talk/', note), '/day1/old-talk/');
  });

  test('keeps an upper-case .HTML extension, lower-cased, without a slash after it', () => {
    assert.equal(aliasPath('/Old.HTML', note), '/old.html');
  });
});
