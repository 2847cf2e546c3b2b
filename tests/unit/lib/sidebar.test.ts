// The sidebar shows the days, and opens only the way to the page being read,
// so a page stays the same size however many notes and days the site has.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type Section, sectionTree } from '../../../src/lib/sections.ts';
import { sidebarTree } from '../../../src/lib/sidebar.ts';
import { ids, note, sectionIndex } from './entries.ts';

const site = sectionTree(
  [sectionIndex('day1', { title: 'Day 1', weight: 1 }), sectionIndex('day2', { title: 'Day 2', weight: 2 }), sectionIndex('day2/workshops', { title: 'Workshops' })],
  [
    note('about', { title: 'About' }),
    note('day1/01_keynote', { weight: 1 }),
    note('day1/02_mesh', { weight: 2 }),
    note('day2/01_monitoring', { weight: 1 }),
    note('day2/talks/01_talk', { weight: 1 }),
    note('day2/workshops/01_ebpf', { weight: 1 }),
    note('day2/workshops/advanced/01_deep', { weight: 1 }),
  ],
);

/** A section as the sidebar lists it: [path, its notes, its folders (each the same way)]. */
type Shown = [string, string[], Shown[]];
const shown = (section: Section): Shown => [section.path, ids(section.notes), section.sections.map(shown)];

describe('sidebarTree', () => {
  test('on a note, opens its day and leaves the other days as bare links', () => {
    assert.deepEqual(shown(sidebarTree(site, '/day1/02_mesh/')), [
      '',
      ['about'],
      [
        ['day1', ['day1/01_keynote', 'day1/02_mesh'], []],
        ['day2', [], []],
      ],
    ]);
  });

  test('on a day page, lists that day’s notes and its folders, unopened', () => {
    assert.deepEqual(shown(sidebarTree(site, '/day2/')), [
      '',
      ['about'],
      [
        ['day1', [], []],
        ['day2', ['day2/01_monitoring'], [['day2/talks', [], []], ['day2/workshops', [], []]]],
      ],
    ]);
  });

  test('on a note deep in a day, opens each folder on the way to it, and only those', () => {
    assert.deepEqual(shown(sidebarTree(site, '/day2/workshops/advanced/01_deep/')), [
      '',
      ['about'],
      [
        ['day1', [], []],
        [
          'day2',
          ['day2/01_monitoring'],
          [
            ['day2/talks', [], []],
            ['day2/workshops', ['day2/workshops/01_ebpf'], [['day2/workshops/advanced', ['day2/workshops/advanced/01_deep'], []]]],
          ],
        ],
      ],
    ]);
  });

  test('on the home, tag and root pages, opens no day, and always lists the notes at the root', () => {
    for (const path of ['/', '/tags/', '/tags/platform/', '/about/']) {
      assert.deepEqual(shown(sidebarTree(site, path)), ['', ['about'], [['day1', [], []], ['day2', [], []]]], path);
    }
  });

  test('a day whose path starts like another day’s is not mistaken for it', () => {
    const days = sectionTree([], [note('day1/01_a'), note('day10/01_b')]);
    assert.deepEqual(shown(sidebarTree(days, '/day10/01_b/'))[2], [['day1', [], []], ['day10', ['day10/01_b'], []]]);
  });

  test('keeps titles and leaves the site’s own tree as it was', () => {
    assert.deepEqual(sidebarTree(site, '/day1/01_keynote/').sections.map((day) => day.title), ['Day 1', 'Day 2']);
    assert.deepEqual(ids(site.sections[1]!.notes), ['day2/01_monitoring']);
  });
});
