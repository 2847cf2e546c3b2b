// Sections are the site's chapters, at any depth, as in Hugo: the folders of
// the notes folder (the conference days, and folders within them), their order,
// titles and notes, which come from the folders and their _index.md files. A
// note's id is its URL, so ids here are the addresses readers and old links use.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type Section, noteIdOf, notesInOrder, sectionPathOf, sectionsInOrder, sectionTrail, sectionTree } from '../../../src/lib/sections.ts';
import { ids, note, permutations, sectionIndex } from './entries.ts';

const paths = (sections: readonly Section[]) => sections.map((section) => section.path);

/** The whole tree as [path, note ids, children] triples, to compare shapes at a glance. */
type Shape = [string, string[], Shape[]];
const shapeOf = (section: Section): Shape => [section.path, ids(section.notes), section.sections.map(shapeOf)];

describe('sectionTree: the top-level sections (the days)', () => {
  test('orders days by the weight in their _index.md', () => {
    const root = sectionTree([sectionIndex('day3', { weight: 3 }), sectionIndex('day1', { weight: 1 }), sectionIndex('day2', { weight: 2 })], []);
    assert.deepEqual(paths(root.sections), ['day1', 'day2', 'day3']);
  });

  test('orders days of equal weight by title, and unweighted days last', () => {
    const root = sectionTree(
      [
        sectionIndex('a', { title: 'Zulu day', weight: 1 }),
        sectionIndex('b', { title: 'Alpha day', weight: 1 }),
        sectionIndex('c', { title: 'Aardvark day' }),
        sectionIndex('d', { title: 'Negative day', weight: -1 }),
      ],
      [],
    );
    assert.deepEqual(
      root.sections.map((section) => section.title),
      ['Negative day', 'Alpha day', 'Zulu day', 'Aardvark day'],
    );
  });

  test('takes title, weight, description and date from _index.md', () => {
    const date = new Date('2024-03-20T00:00:00Z');
    const [day] = sectionTree([sectionIndex('day1', { title: 'Day 1', weight: 1, description: 'Keynotes.', date })], []).sections;
    assert.deepEqual(day, { path: 'day1', title: 'Day 1', weight: 1, description: 'Keynotes.', date, notes: [], sections: [] });
  });

  test('gives a folder without _index.md a section titled after the folder, after every described day', () => {
    const root = sectionTree(
      [sectionIndex('day1', { title: 'Day 1', weight: 1 }), sectionIndex('day2', { title: 'Day 2' })],
      [note('workshops/01_hands_on', { weight: 1 }), note('day1/01_keynote', { weight: 1 })],
    );
    assert.deepEqual(paths(root.sections), ['day1', 'day2', 'workshops']);
    const workshops = root.sections.at(-1)!;
    assert.equal(workshops.title, 'workshops');
    assert.equal(workshops.weight, 0);
    assert.equal(workshops.description, undefined);
    assert.equal(workshops.date, undefined);
    assert.deepEqual(ids(workshops.notes), ['workshops/01_hands_on']);
    assert.deepEqual(workshops.sections, []);
  });

  test('keeps a day whose _index.md has no notes, with an empty note list', () => {
    const root = sectionTree([sectionIndex('day1', { weight: 1 }), sectionIndex('day3', { title: 'Day 3', weight: 3 })], [note('day1/01_a')]);
    const day3 = root.sections.find((section) => section.path === 'day3');
    assert.ok(day3, 'day3 is missing');
    assert.equal(day3.title, 'Day 3');
    assert.deepEqual(day3.notes, []);
  });

  test('puts each note under the folder it lives in, in Hugo order', () => {
    const notes = [
      note('day2/01_late', { title: 'Late', weight: 2 }),
      note('day1/03_unweighted', { title: 'Unweighted' }),
      note('day1/02_beta', { title: 'Beta', weight: 3 }),
      note('day2/02_early', { title: 'Early', weight: 1 }),
      note('day1/01_alpha', { title: 'Alpha', weight: 3 }),
      note('day1/04_first', { title: 'First', weight: 1 }),
    ];
    const root = sectionTree([sectionIndex('day1', { weight: 1 }), sectionIndex('day2', { weight: 2 })], notes);
    assert.deepEqual(
      root.sections.map((section) => [section.path, ids(section.notes)]),
      [
        ['day1', ['day1/04_first', 'day1/01_alpha', 'day1/02_beta', 'day1/03_unweighted']],
        ['day2', ['day2/02_early', 'day2/01_late']],
      ],
    );
  });

  test('lists every note exactly once across all sections, root and nested ones included', () => {
    const notes = [note('a/1'), note('b/1'), note('b/2'), note('c/1'), note('about'), note('b/deep/1'), note('b/deep/er/1')];
    const root = sectionTree([sectionIndex('a'), sectionIndex('b')], notes);
    assert.deepEqual(ids([root, ...sectionsInOrder(root)].flatMap((section) => section.notes)).sort(), ids(notes).sort());
    assert.deepEqual(ids(notesInOrder(root)).sort(), ids(notes).sort());
  });

  test('does not depend on the order the folders and files were read in', () => {
    const entries = [
      sectionIndex('day1', { title: 'Day 1', weight: 1 }),
      sectionIndex('day2', { title: 'Day 2', weight: 1 }),
      sectionIndex('day3'),
      sectionIndex('day2/workshops', { weight: 1 }),
    ];
    const notes = [note('day1/a', { weight: 1 }), note('day1/b', { weight: 1 }), note('day2/a'), note('extra/a'), note('day2/workshops/x'), note('day2/talks/y')];
    const expected = shapeOf(sectionTree(entries, notes));
    for (const entryOrder of permutations(entries)) {
      for (const noteOrder of permutations(notes.slice(0, 4))) {
        assert.deepEqual(shapeOf(sectionTree(entryOrder, [...noteOrder, ...notes.slice(4)])), expected);
        assert.deepEqual(shapeOf(sectionTree(entryOrder, [...notes.slice(4).reverse(), ...noteOrder])), expected);
      }
    }
  });

  // An empty (or all-draft) notes folder still has a home page.
  test('has no sections and no notes when there is no content', () => {
    const root = sectionTree([], []);
    assert.equal(root.path, '');
    assert.deepEqual(root.sections, []);
    assert.deepEqual(root.notes, []);
  });
});

describe('sectionTree: nested sections', () => {
  test('nests a folder in a folder, at any depth, each under its parent', () => {
    const root = sectionTree(
      [sectionIndex('day2', { title: 'Day 2' }), sectionIndex('day2/workshops', { title: 'Workshops' })],
      [note('day2/01_ops'), note('day2/workshops/01_hands_on'), note('day2/workshops/advanced/01_deep_dive'), note('day2/workshops/advanced/more/01_x')],
    );
    assert.deepEqual(shapeOf(root), [
      '',
      [],
      [
        [
          'day2',
          ['day2/01_ops'],
          [
            [
              'day2/workshops',
              ['day2/workshops/01_hands_on'],
              [['day2/workshops/advanced', ['day2/workshops/advanced/01_deep_dive'], [['day2/workshops/advanced/more', ['day2/workshops/advanced/more/01_x'], []]]]],
            ],
          ],
        ],
      ],
    ]);
  });

  test('creates the folders above a note that have no _index.md, each titled by its folder name', () => {
    const root = sectionTree([sectionIndex('day2', { title: 'Day 2' })], [note('day2/workshops/advanced/01_deep_dive')]);
    const [day2] = root.sections;
    assert.equal(day2!.title, 'Day 2');
    const [workshops] = day2!.sections;
    assert.deepEqual({ path: workshops!.path, title: workshops!.title, weight: workshops!.weight, notes: workshops!.notes }, { path: 'day2/workshops', title: 'workshops', weight: 0, notes: [] });
    const [advanced] = workshops!.sections;
    assert.deepEqual({ path: advanced!.path, title: advanced!.title, weight: advanced!.weight }, { path: 'day2/workshops/advanced', title: 'advanced', weight: 0 });
    assert.equal(advanced!.description, undefined);
    assert.equal(advanced!.date, undefined);
    assert.deepEqual(ids(advanced!.notes), ['day2/workshops/advanced/01_deep_dive']);
  });

  test('creates the folders above a nested _index.md that have none themselves', () => {
    const root = sectionTree([sectionIndex('archive/2023', { title: 'KubeCon 2023' })], []);
    assert.deepEqual(shapeOf(root), ['', [], [['archive', [], [['archive/2023', [], []]]]]]);
    assert.equal(root.sections[0]!.title, 'archive');
    assert.equal(root.sections[0]!.sections[0]!.title, 'KubeCon 2023');
  });

  test('takes a nested section’s title, weight, description and date from its own _index.md', () => {
    const date = new Date('2024-03-21T00:00:00Z');
    const root = sectionTree([sectionIndex('day2/workshops', { title: 'Workshops', weight: 2, description: 'Hands on.', date })], []);
    assert.deepEqual(root.sections[0]!.sections[0], { path: 'day2/workshops', title: 'Workshops', weight: 2, description: 'Hands on.', date, notes: [], sections: [] });
  });

  test('orders the sections within a section by weight, then title, unweighted last, at every level', () => {
    const root = sectionTree(
      [
        sectionIndex('day1', { weight: 2 }),
        sectionIndex('day0', { weight: 1 }),
        sectionIndex('day1/zulu', { title: 'Zulu', weight: 1 }),
        sectionIndex('day1/alpha', { title: 'Alpha', weight: 1 }),
        sectionIndex('day1/first', { title: 'Zzz first', weight: -1 }),
        sectionIndex('day1/aardvark', { title: 'Aardvark' }),
        sectionIndex('day1/alpha/b', { title: 'B', weight: 5 }),
        sectionIndex('day1/alpha/a', { title: 'A', weight: 9 }),
      ],
      [note('day1/alpha/c/01_x')],
    );
    assert.deepEqual(paths(root.sections), ['day0', 'day1']);
    assert.deepEqual(paths(root.sections[1]!.sections), ['day1/first', 'day1/alpha', 'day1/zulu', 'day1/aardvark']);
    // `c` has no _index.md, so no weight: after the weighted ones.
    assert.deepEqual(paths(root.sections[1]!.sections[1]!.sections), ['day1/alpha/b', 'day1/alpha/a', 'day1/alpha/c']);
  });

  test('orders the notes of a nested section in Hugo order', () => {
    const root = sectionTree([], [note('day2/workshops/b', { title: 'B' }), note('day2/workshops/c', { title: 'C', weight: 1 }), note('day2/workshops/a', { title: 'A' })]);
    assert.deepEqual(ids(root.sections[0]!.sections[0]!.notes), ['day2/workshops/c', 'day2/workshops/a', 'day2/workshops/b']);
  });
});

describe('sectionTree: the root', () => {
  test('holds the notes at the top of the notes folder, in Hugo order, and no other', () => {
    const root = sectionTree([sectionIndex('day1')], [note('day1/01_a'), note('contact', { title: 'Contact' }), note('about', { title: 'About', weight: 1 })]);
    assert.equal(root.path, '');
    assert.deepEqual(ids(root.notes), ['about', 'contact']);
    assert.deepEqual(ids(root.sections[0]!.notes), ['day1/01_a']);
  });

  test('takes its title and description from the top-level _index.md', () => {
    const root = sectionTree([sectionIndex('', { title: 'KubeCon 2024', description: 'Notes from Paris.' }), sectionIndex('day1')], []);
    assert.equal(root.title, 'KubeCon 2024');
    assert.equal(root.description, 'Notes from Paris.');
    assert.deepEqual(paths(root.sections), ['day1'], 'the root’s _index.md is not a section of its own');
  });
});

describe('sectionPathOf', () => {
  test('is the folder of a note', () => {
    assert.equal(sectionPathOf(note('day2/11_sidecarless')), 'day2');
  });

  test('is the folder of an _index.md', () => {
    assert.equal(sectionPathOf(sectionIndex('day3')), 'day3');
  });

  test('keeps every folder below the notes folder for a nested note or _index.md', () => {
    assert.equal(sectionPathOf(note('day2/extra/01_x')), 'day2/extra');
    assert.equal(sectionPathOf(sectionIndex('day2/workshops/advanced')), 'day2/workshops/advanced');
  });

  test('is the root (``) for a note or _index.md at the top of the notes folder', () => {
    assert.equal(sectionPathOf(note('about')), '');
    assert.equal(sectionPathOf(sectionIndex('')), '');
  });
});

describe('noteIdOf', () => {
  test('is the path below the notes folder, lower-cased, without extension, as Hugo builds URLs', () => {
    assert.equal(noteIdOf('day2/11_sidecarless.md'), 'day2/11_sidecarless');
    assert.equal(noteIdOf('Day2/01_MDX_Note.mdx'), 'day2/01_mdx_note');
  });

  test('is the folder of a page bundle, whose note is its index.md', () => {
    assert.equal(noteIdOf('day1/04_bundle/index.md'), 'day1/04_bundle');
    assert.equal(noteIdOf('day1/04_bundle/index.mdx'), 'day1/04_bundle');
    assert.equal(noteIdOf('day1/04_Bundle/index.md'), 'day1/04_bundle');
  });

  test('keeps every folder of a nested note', () => {
    assert.equal(noteIdOf('day2/workshops/01_x.md'), 'day2/workshops/01_x');
    assert.equal(noteIdOf('day2/workshops/advanced/01_deep_dive.md'), 'day2/workshops/advanced/01_deep_dive');
  });

  test('is the file name for a note at the top of the notes folder', () => {
    assert.equal(noteIdOf('about.md'), 'about');
    assert.equal(noteIdOf('About.mdx'), 'about');
  });

  test('replaces the last segment with the note’s slug, lower-cased', () => {
    assert.equal(noteIdOf('day1/01_talk.md', 'opening-keynote'), 'day1/opening-keynote');
    assert.equal(noteIdOf('day1/01_talk.md', 'Opening-Keynote'), 'day1/opening-keynote');
    assert.equal(noteIdOf('day1/04_bundle/index.md', 'bundled'), 'day1/bundled');
    assert.equal(noteIdOf('day2/workshops/01_x.md', 'hands-on'), 'day2/workshops/hands-on');
    assert.equal(noteIdOf('about.md', 'me'), 'me');
  });

  test('keeps the file name when there is no slug', () => {
    assert.equal(noteIdOf('day1/01_talk.md', undefined), 'day1/01_talk');
    assert.equal(noteIdOf('day1/01_talk.md', ''), 'day1/01_talk');
  });

  test('lower-cases the folders too, so two spellings of a folder are one section', () => {
    assert.equal(noteIdOf('Day2/Workshops/01_X.md'), 'day2/workshops/01_x');
    assert.equal(sectionPathOf({ id: noteIdOf('Day2/Workshops/_index.md') }), 'day2/workshops');
  });
});

describe('sectionTrail', () => {
  const root = sectionTree(
    [sectionIndex('day1', { title: 'Day 1', weight: 1 }), sectionIndex('day10', { title: 'Day 10', weight: 10 }), sectionIndex('day2', { title: 'Day 2', weight: 2 }), sectionIndex('day2/workshops', { title: 'Workshops' })],
    [note('day2/workshops/advanced/01_deep_dive'), note('day1/01_a'), note('day10/01_b')],
  );

  test('is the sections from the top level down to the one asked for, for breadcrumbs', () => {
    assert.deepEqual(
      sectionTrail(root, 'day2/workshops/advanced').map(({ path, title }) => ({ path, title })),
      [
        { path: 'day2', title: 'Day 2' },
        { path: 'day2/workshops', title: 'Workshops' },
        { path: 'day2/workshops/advanced', title: 'advanced' },
      ],
    );
  });

  test('is the one section for a top-level section', () => {
    assert.deepEqual(paths(sectionTrail(root, 'day2')), ['day2']);
  });

  test('is empty for the root', () => {
    assert.deepEqual(sectionTrail(root, ''), []);
  });

  test('does not mistake a section for another whose name it starts with', () => {
    assert.deepEqual(paths(sectionTrail(root, 'day10')), ['day10']);
    assert.deepEqual(paths(sectionTrail(root, 'day1')), ['day1']);
  });
});

describe('sectionsInOrder and notesInOrder', () => {
  const root = sectionTree(
    [sectionIndex('day1', { weight: 1 }), sectionIndex('day2', { weight: 2 }), sectionIndex('day2/workshops', { weight: 2 }), sectionIndex('day2/talks', { weight: 1 })],
    [
      note('day2/workshops/advanced/01_deep'),
      note('day2/workshops/01_hands_on'),
      note('day2/talks/01_talk'),
      note('day2/02_late', { weight: 2 }),
      note('day2/01_early', { weight: 1 }),
      note('day1/01_keynote'),
      note('about'),
    ],
  );

  test('sectionsInOrder lists every section below the root, each before its own sections, in Hugo order', () => {
    assert.deepEqual(paths(sectionsInOrder(root)), ['day1', 'day2', 'day2/talks', 'day2/workshops', 'day2/workshops/advanced']);
  });

  test('sectionsInOrder leaves out the root itself', () => {
    assert.ok(!paths(sectionsInOrder(root)).includes(''));
  });

  test('sectionsInOrder of a section lists only the sections below it', () => {
    const day2 = root.sections[1]!;
    assert.deepEqual(paths(sectionsInOrder(day2)), ['day2/talks', 'day2/workshops', 'day2/workshops/advanced']);
  });

  test('notesInOrder lists a section’s own notes, then its sections’, in site order', () => {
    assert.deepEqual(ids(notesInOrder(root)), [
      'about',
      'day1/01_keynote',
      'day2/01_early',
      'day2/02_late',
      'day2/talks/01_talk',
      'day2/workshops/01_hands_on',
      'day2/workshops/advanced/01_deep',
    ]);
  });

  test('notesInOrder of a section lists only the notes under it', () => {
    assert.deepEqual(ids(notesInOrder(root.sections[1]!.sections[1]!)), ['day2/workshops/01_hands_on', 'day2/workshops/advanced/01_deep']);
  });
});
