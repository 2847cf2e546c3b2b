// The days are the site's chapters: their order, titles and notes come from
// the content folders and their _index.md files.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { daySlugOf, noteIdOf, noteSlugOf, notesByDay } from '../../../src/lib/days.ts';
import { dayIndex, ids, note, permutations } from './entries.ts';

describe('notesByDay', () => {
  test('orders days by the weight in their _index.md', () => {
    const days = notesByDay([dayIndex('day3', { weight: 3 }), dayIndex('day1', { weight: 1 }), dayIndex('day2', { weight: 2 })], []);
    assert.deepEqual(
      days.map((day) => day.slug),
      ['day1', 'day2', 'day3'],
    );
  });

  test('orders days of equal weight by title, and unweighted days last', () => {
    const days = notesByDay(
      [
        dayIndex('a', { title: 'Zulu day', weight: 1 }),
        dayIndex('b', { title: 'Alpha day', weight: 1 }),
        dayIndex('c', { title: 'Aardvark day' }),
        dayIndex('d', { title: 'Negative day', weight: -1 }),
      ],
      [],
    );
    assert.deepEqual(
      days.map((day) => day.title),
      ['Negative day', 'Alpha day', 'Zulu day', 'Aardvark day'],
    );
  });

  test('takes title, weight, description and date from _index.md', () => {
    const date = new Date('2024-03-20T00:00:00Z');
    const [day] = notesByDay([dayIndex('day1', { title: 'Day 1', weight: 1, description: 'Keynotes.', date })], []);
    assert.deepEqual(day, { slug: 'day1', title: 'Day 1', weight: 1, description: 'Keynotes.', date, notes: [] });
  });

  test('gives a folder without _index.md a day titled after the folder, after every described day', () => {
    const days = notesByDay(
      [dayIndex('day1', { title: 'Day 1', weight: 1 }), dayIndex('day2', { title: 'Day 2' })],
      [note('workshops/01_hands_on', { weight: 1 }), note('day1/01_keynote', { weight: 1 })],
    );
    assert.deepEqual(
      days.map((day) => day.slug),
      ['day1', 'day2', 'workshops'],
    );
    const workshops = days.at(-1)!;
    assert.equal(workshops.title, 'workshops');
    assert.equal(workshops.weight, 0);
    assert.equal(workshops.description, undefined);
    assert.equal(workshops.date, undefined);
    assert.deepEqual(ids(workshops.notes), ['workshops/01_hands_on']);
  });

  test('keeps a day whose _index.md has no notes, with an empty note list', () => {
    const days = notesByDay([dayIndex('day1', { weight: 1 }), dayIndex('day3', { title: 'Day 3', weight: 3 })], [note('day1/01_a')]);
    const day3 = days.find((day) => day.slug === 'day3');
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
    const days = notesByDay([dayIndex('day1', { weight: 1 }), dayIndex('day2', { weight: 2 })], notes);
    assert.deepEqual(
      days.map((day) => [day.slug, ids(day.notes)]),
      [
        ['day1', ['day1/04_first', 'day1/01_alpha', 'day1/02_beta', 'day1/03_unweighted']],
        ['day2', ['day2/02_early', 'day2/01_late']],
      ],
    );
  });

  test('lists every note exactly once across all days', () => {
    const notes = [note('a/1'), note('b/1'), note('b/2'), note('c/1')];
    const days = notesByDay([dayIndex('a'), dayIndex('b')], notes);
    assert.deepEqual(ids(days.flatMap((day) => day.notes)).sort(), ids(notes).sort());
  });

  test('does not depend on the order the folders and files were read in', () => {
    const entries = [dayIndex('day1', { title: 'Day 1', weight: 1 }), dayIndex('day2', { title: 'Day 2', weight: 1 }), dayIndex('day3')];
    const notes = [note('day1/a', { weight: 1 }), note('day1/b', { weight: 1 }), note('day2/a'), note('extra/a')];
    const shape = (days: ReturnType<typeof notesByDay>) => days.map((day) => [day.slug, ids(day.notes)]);
    const expected = shape(notesByDay(entries, notes));
    for (const entryOrder of permutations(entries)) {
      for (const noteOrder of permutations(notes)) assert.deepEqual(shape(notesByDay(entryOrder, noteOrder)), expected);
    }
  });

  test('has no days when there is no content', () => {
    assert.deepEqual(notesByDay([], []), []);
  });
});

describe('daySlugOf', () => {
  test('is the folder of a note', () => {
    assert.equal(daySlugOf(note('day2/11_sidecarless')), 'day2');
  });

  test('is the folder of an _index.md', () => {
    assert.equal(daySlugOf(dayIndex('day3')), 'day3');
  });
});

describe('noteSlugOf', () => {
  test('is the file name without the folder', () => {
    assert.equal(noteSlugOf(note('day2/11_sidecarless')), '11_sidecarless');
  });

  test('keeps any deeper path below the day folder', () => {
    assert.equal(noteSlugOf(note('day2/extra/01_x')), 'extra/01_x');
  });
});

describe('noteIdOf', () => {
  test('is the path below the content folder, lower-cased, without extension, as Hugo builds URLs', () => {
    assert.equal(noteIdOf('day2/11_sidecarless.md'), 'day2/11_sidecarless');
    assert.equal(noteIdOf('Day2/01_MDX_Note.mdx'), 'day2/01_mdx_note');
  });
});
