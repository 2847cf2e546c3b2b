// Previous/next links take a reader through one day's notes in order.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { neighboursOf } from '../../../src/lib/neighbours.ts';
import { note } from './entries.ts';

describe('neighboursOf', () => {
  const day = [note('day1/a'), note('day1/b'), note('day1/c')];

  test('links a middle note to the notes before and after it', () => {
    assert.deepEqual(neighboursOf(day, 'day1/b'), { previous: day[0], next: day[2] });
  });

  test('gives the first note of a day no previous link', () => {
    const { previous, next } = neighboursOf(day, 'day1/a');
    assert.equal(previous, undefined);
    assert.equal(next, day[1]);
  });

  test('gives the last note of a day no next link', () => {
    const { previous, next } = neighboursOf(day, 'day1/c');
    assert.equal(previous, day[1]);
    assert.equal(next, undefined);
  });

  test('gives the only note of a day no links at all', () => {
    const only = [note('day3/only')];
    assert.deepEqual(neighboursOf(only, 'day3/only'), { previous: undefined, next: undefined });
  });

  test('gives a note that is not in the list no links', () => {
    assert.deepEqual(neighboursOf(day, 'day2/a'), {});
  });

  test('follows the order it is given, not the ids', () => {
    const ordered = [day[2]!, day[0]!, day[1]!];
    assert.deepEqual(neighboursOf(ordered, 'day1/a'), { previous: day[2], next: day[1] });
  });
});
