// A problem found while rendering a note must reach the content loader with
// the render result, since the loader cannot see the pipeline's modules.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { VFile } from 'vfile';
import { recordedNoteProblems, recordNoteProblem } from '../../../src/markdown/note-problems.ts';

const noteFile = () => new VFile({ path: 'content/day1/x.md', data: { astro: { frontmatter: { title: 'X' } } } });

test('problems recorded on a note come back from its front matter, in order', () => {
  const file = noteFile();
  recordNoteProblem(file, { file: 'content/day1/x.md', line: 9, message: 'first' });
  recordNoteProblem(file, { file: 'content/day1/x.md', line: 12, message: 'second' });
  assert.deepEqual(recordedNoteProblems(file.data.astro!.frontmatter), [
    { file: 'content/day1/x.md', line: 9, message: 'first' },
    { file: 'content/day1/x.md', line: 12, message: 'second' },
  ]);
  assert.equal(file.data.astro!.frontmatter!.title, 'X', 'the author’s front matter is kept');
});

test('a note rendered without problems, or without front matter, has none', () => {
  assert.deepEqual(recordedNoteProblems(noteFile().data.astro!.frontmatter), []);
  assert.deepEqual(recordedNoteProblems(undefined), []);
});
