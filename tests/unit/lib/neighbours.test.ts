// Previous/next links take a reader through one day's notes in order.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { neighboursOf, type Neighbours } from '../../../src/lib/neighbours.ts';
import { note } from './entries.ts';

/** The previous and next links a note's page shows, by the id of the note each opens; none is undefined. */
const links = ({ previous, next }: Neighbours<{ id: string }>) => ({ previous: previous?.id, next: next?.id });

describe('neighboursOf', () => {
  const day = [note('day1/a'), note('day1/b'), note('day1/c')];

  test('links a middle note to the notes before and after it', () => {
    assert.deepEqual(links(neighboursOf(day, 'day1/b')), { previous: 'day1/a', next: 'day1/c' });
  });

  test('gives the first note of a day no previous link', () => {
    assert.deepEqual(links(neighboursOf(day, 'day1/a')), { previous: undefined, next: 'day1/b' });
  });

  test('gives the last note of a day no next link', () => {
    assert.deepEqual(links(neighboursOf(day, 'day1/c')), { previous: 'day1/b', next: undefined });
  });

  test('gives the only note of a day no links at all', () => {
    assert.deepEqual(links(neighboursOf([note('day3/only')], 'day3/only')), { previous: undefined, next: undefined });
  });

  test('gives a note that is not in the list no links', () => {
    assert.deepEqual(links(neighboursOf(day, 'day2/a')), { previous: undefined, next: undefined });
  });

  test('follows the order it is given, not the ids', () => {
    const ordered = [day[2]!, day[0]!, day[1]!];
    assert.deepEqual(links(neighboursOf(ordered, 'day1/a')), { previous: 'day1/c', next: 'day1/b' });
  });
});
