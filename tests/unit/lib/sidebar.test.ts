// The sidebar shows the days, and opens only the day the reader is in, so a
// page stays the same size however many days the site has.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Section } from '../../../src/lib/sections.ts';
import { sectionTree } from '../../../src/lib/sections.ts';
import { dayOf, sidebarTree } from '../../../src/lib/sidebar.ts';
import { ids, note, sectionIndex } from './entries.ts';

const site = sectionTree(
  [sectionIndex('day1', { title: 'Day 1', weight: 1 }), sectionIndex('day2', { title: 'Day 2', weight: 2 }), sectionIndex('day2/workshops', { title: 'Workshops' })],
  [
    note('about', { title: 'About' }),
    note('day1/01_keynote', { weight: 1 }),
    note('day1/02_mesh', { weight: 2 }),
    note('day2/01_monitoring', { weight: 1 }),
    note('day2/workshops/01_ebpf', { weight: 1 }),
    note('day2/workshops/advanced/01_deep', { weight: 1 }),
  ],
);

/** Each day as [path, note ids, nested section paths], as the sidebar would list it. */
const shown = (root: Section) => root.sections.map((day) => [day.path, ids(day.notes), day.sections.map((section) => section.path)]);

describe('sidebarTree', () => {
  test('on a note, opens its day and leaves the other days as bare links', () => {
    assert.deepEqual(shown(sidebarTree(site, '/day1/02_mesh/')), [
      ['day1', ['day1/01_keynote', 'day1/02_mesh'], []],
      ['day2', [], []],
    ]);
  });

  test('on a note deep in a day, opens the whole day with its nested folders and their notes', () => {
    const tree = sidebarTree(site, '/day2/workshops/advanced/01_deep/');
    assert.deepEqual(shown(tree), [
      ['day1', [], []],
      ['day2', ['day2/01_monitoring'], ['day2/workshops']],
    ]);
    const workshops = tree.sections[1]!.sections[0]!;
    assert.deepEqual(ids(workshops.notes), ['day2/workshops/01_ebpf']);
    assert.deepEqual(ids(workshops.sections[0]!.notes), ['day2/workshops/advanced/01_deep']);
  });

  test('on a day page, opens that day', () => {
    assert.deepEqual(shown(sidebarTree(site, '/day2/')), [
      ['day1', [], []],
      ['day2', ['day2/01_monitoring'], ['day2/workshops']],
    ]);
  });

  test('on the home, tag and root pages, opens no day, and always lists the notes at the root', () => {
    for (const path of ['/', '/tags/', '/tags/platform/', '/about/']) {
      const tree = sidebarTree(site, path);
      assert.deepEqual(shown(tree), [['day1', [], []], ['day2', [], []]], path);
      assert.deepEqual(ids(tree.notes), ['about'], path);
    }
  });

  test('a day whose path starts like another day’s is not mistaken for it', () => {
    const days = sectionTree([], [note('day1/01_a'), note('day10/01_b')]);
    assert.equal(dayOf(days, '/day10/01_b/')?.path, 'day10');
    assert.equal(dayOf(days, '/day1/01_a/')?.path, 'day1');
  });

  test('leaves the site’s own tree as it was', () => {
    sidebarTree(site, '/day1/01_keynote/');
    assert.deepEqual(ids(site.sections[1]!.notes), ['day2/01_monitoring']);
  });
});
