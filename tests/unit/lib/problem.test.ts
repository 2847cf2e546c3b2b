// Every checker reports `file:line: message`, and an author's mistake fails
// the build with that message alone, never a stack trace.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { formatProblem, NoteInputError, parseProblem } from '../../../src/lib/problem.ts';

describe('formatProblem', () => {
  test('names the file, the line when known, then the message', () => {
    assert.equal(formatProblem({ file: 'content/day1/x.md', line: 8, message: 'links to /nowhere/' }), 'content/day1/x.md:8: links to /nowhere/');
    assert.equal(formatProblem({ file: 'content/day1/x.md', message: 'front matter field "title": required' }), 'content/day1/x.md: front matter field "title": required');
  });
});

describe('parseProblem', () => {
  test('reads back the file, line and message of a problem line, with or without a line', () => {
    for (const problem of [
      { file: 'content/day1/x.md', line: 8, message: 'links to /nowhere/' },
      { file: '../../tmp/notes/day1/x.md', message: 'front matter field "weight": expected a whole number, such as `weight: 3` (found "high")' },
      { file: 'content/day 2/ü.md', line: 1, message: 'a message: with colons, and\na second line' },
    ]) {
      assert.deepEqual(parseProblem(formatProblem(problem)), problem);
    }
  });

  test('reads nothing from a line in another form', () => {
    assert.equal(parseProblem('Error: something broke'), undefined);
    assert.equal(parseProblem(''), undefined);
  });
});

describe('NoteInputError', () => {
  test('carries no stack trace, only the message', () => {
    const error = new NoteInputError('content/day1/x.md: front matter field "weight": expected a whole number');
    assert.equal(error.stack, '');
    assert.equal(error.name, 'NoteInputError');
    assert.equal(error.message, 'content/day1/x.md: front matter field "weight": expected a whole number');
    assert.ok(error instanceof Error);
  });

  test('points the author at the README', () => {
    assert.match(new NoteInputError('x').hint, /"Writing a note" in README\.md/);
  });
});

describe('NoteInputError.of', () => {
  test('lists problems one per line, in file and line order', () => {
    const error = NoteInputError.of([
      { file: 'content/day2/a.md', line: 3, message: 'second file' },
      { file: 'content/day1/b.md', line: 9, message: 'later line' },
      { file: 'content/day1/b.md', line: 2, message: 'earlier line' },
    ]);
    assert.equal(error.message, 'content/day1/b.md:2: earlier line\ncontent/day1/b.md:9: later line\ncontent/day2/a.md:3: second file');
    assert.equal(error.stack, '');
  });
});
