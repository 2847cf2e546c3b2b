// Notes and days must keep the order they had on the Hugo site: weight first,
// unweighted pages last, then title, and never the file system's whim.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { byHugoOrder, byWeightThenTitle } from '../../../src/lib/order.ts';
import { ids, note, permutations } from './entries.ts';

describe('byHugoOrder', () => {
  test('sorts notes by weight, lightest first', () => {
    const notes = [note('d/c', { weight: 3 }), note('d/a', { weight: 1 }), note('d/b', { weight: 2 })];
    assert.deepEqual(ids(notes.sort(byHugoOrder)), ['d/a', 'd/b', 'd/c']);
  });

  test('puts unweighted notes (weight 0) after every weighted one, however heavy', () => {
    const notes = [note('d/none', { title: 'A first by title' }), note('d/heavy', { weight: 1000 }), note('d/light', { weight: 1 })];
    assert.deepEqual(ids(notes.sort(byHugoOrder)), ['d/light', 'd/heavy', 'd/none']);
  });

  test('puts negative weights before positive ones, and both before unweighted notes', () => {
    const notes = [
      note('d/zero', { weight: 0 }),
      note('d/plus', { weight: 1 }),
      note('d/minus-one', { weight: -1 }),
      note('d/minus-five', { weight: -5 }),
    ];
    assert.deepEqual(ids(notes.sort(byHugoOrder)), ['d/minus-five', 'd/minus-one', 'd/plus', 'd/zero']);
  });

  test('orders notes of equal weight by title, not by file name', () => {
    const notes = [
      note('d/01_zulu', { title: 'Zulu', weight: 2 }),
      note('d/02_alpha', { title: 'Alpha', weight: 2 }),
      note('d/03_mike', { title: 'mike', weight: 2 }),
    ];
    assert.deepEqual(ids(notes.sort(byHugoOrder)), ['d/02_alpha', 'd/03_mike', 'd/01_zulu']);
  });

  test('orders unweighted notes among themselves by title', () => {
    const notes = [note('d/1', { title: 'Beta' }), note('d/2', { title: 'Alpha' })];
    assert.deepEqual(ids(notes.sort(byHugoOrder)), ['d/2', 'd/1']);
  });

  test('settles notes with the same weight and title by id', () => {
    const notes = [note('d/b', { title: 'Same', weight: 1 }), note('d/a', { title: 'Same', weight: 1 })];
    assert.deepEqual(ids(notes.sort(byHugoOrder)), ['d/a', 'd/b']);
  });

  test('gives the same order whatever order the files were read in', () => {
    const notes = [
      note('d/a', { title: 'Same', weight: 1 }),
      note('d/b', { title: 'Same', weight: 1 }),
      note('d/c', { title: 'Other', weight: 1 }),
      note('d/d', { title: 'Unweighted' }),
      note('d/e', { title: 'Negative', weight: -1 }),
    ];
    const expected = ['d/e', 'd/c', 'd/a', 'd/b', 'd/d'];
    for (const input of permutations(notes)) assert.deepEqual(ids(input.sort(byHugoOrder)), expected);
  });
});

describe('byWeightThenTitle', () => {
  const ranked = (key: string, weight: number, title: string) => ({ key, weight, title });

  test('ranks anything with a weight, title and key the way notes are ranked', () => {
    const items = [ranked('x', 0, 'Unweighted'), ranked('y', 2, 'Two'), ranked('z', 1, 'One')];
    assert.deepEqual(
      items.sort(byWeightThenTitle).map((item) => item.key),
      ['z', 'y', 'x'],
    );
  });

  test('treats two items with the same weight, title and key as equal', () => {
    assert.equal(byWeightThenTitle(ranked('k', 1, 'T'), ranked('k', 1, 'T')), 0);
  });

  test('is antisymmetric, so Array.sort gets a consistent answer', () => {
    const items = [ranked('a', 1, 'A'), ranked('b', 0, 'B'), ranked('c', -1, 'C'), ranked('d', 1, 'A')];
    for (const a of items) {
      for (const b of items) {
        if (a === b) continue;
        assert.equal(Math.sign(byWeightThenTitle(a, b)), -Math.sign(byWeightThenTitle(b, a)), `${a.key} vs ${b.key}`);
      }
    }
  });
});
