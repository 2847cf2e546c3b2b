// A broken note must fail the build with one readable message that names the
// file and what is wrong, never with a stack trace into Astro's loader.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { z } from 'astro/zod';
import { describeIssues, noteLoadError } from '../../../src/collections/errors.ts';
import { NoteInputError } from '../../../src/lib/problem.ts';

function zodError(schema: z.ZodType, data: unknown): z.ZodError {
  const result = schema.safeParse(data, { reportInput: true });
  assert.equal(result.success, false);
  return result.error!;
}

describe('describeIssues', () => {
  test('names the file, the field, the problem and what was found', () => {
    const error = zodError(z.object({ weight: z.int({ error: 'expected a whole number' }) }), { weight: 'abc' });
    assert.equal(describeIssues('content/day2/x.md', error), 'content/day2/x.md: front matter field "weight": expected a whole number (found "abc")');
  });

  test('leaves out "found" when the field is missing', () => {
    const error = zodError(z.object({ title: z.string({ error: 'required' }) }), {});
    assert.equal(describeIssues('a.md', error), 'a.md: front matter field "title": required');
  });

  test('shows what was found as YAML-ish JSON, so text and numbers can be told apart', () => {
    const error = zodError(z.object({ a: z.string({ error: 'text' }), b: z.int({ error: 'int' }) }), { a: 5, b: '5' });
    assert.equal(describeIssues('a.md', error), 'a.md: front matter field "a": text (found 5)\na.md: front matter field "b": int (found "5")');
  });

  test('names a list item by its position', () => {
    const error = zodError(z.object({ tags: z.array(z.string({ error: 'text' })) }), { tags: ['ok', 3] });
    assert.equal(describeIssues('a.md', error), 'a.md: front matter field "tags.1": text (found 3)');
  });

  test('calls a problem with the whole front matter "(front matter)"', () => {
    const error = zodError(z.object({}, { error: 'expected fields' }), 'a sentence');
    assert.equal(describeIssues('a.md', error), 'a.md: front matter field "(front matter)": expected fields (found "a sentence")');
  });
});

describe('noteLoadError', () => {
  const display = (file: string) => file.replace('/repo/', '');

  test('turns a YAML error into "file:line: …" with only its first line', () => {
    const yamlError = Object.assign(new Error('unexpected end of the stream within a flow collection (4:1)\n\n 3 | tags: [a\n 4 | ---'), {
      loc: { file: '/repo/content/day1/01_bad.md', line: 4 },
    });
    const error = noteLoadError(yamlError, display);
    assert.ok(error instanceof NoteInputError);
    assert.equal(
      error.message,
      'content/day1/01_bad.md:4: the front matter is not valid YAML: unexpected end of the stream within a flow collection (4:1)',
    );
    assert.equal(error.stack, '');
  });

  test('names just the file when the line is unknown', () => {
    const error = noteLoadError(Object.assign(new Error('bad'), { loc: { file: '/repo/content/a.md' } }), display);
    assert.equal(error.message, 'content/a.md: the front matter is not valid YAML: bad');
  });

  test('passes a NoteInputError through unchanged', () => {
    const original = new NoteInputError('already readable');
    assert.equal(noteLoadError(original, display), original);
  });

  test('passes other errors through unchanged, as they are not the author’s', () => {
    const original = new TypeError('a bug in the site');
    assert.equal(noteLoadError(original, display), original);
  });

  test('turns a thrown non-error into an Error', () => {
    const error = noteLoadError('a string', display);
    assert.ok(error instanceof Error);
    assert.equal(error.message, 'a string');
  });
});
