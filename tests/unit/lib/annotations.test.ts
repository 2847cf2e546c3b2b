// On GitHub, each note problem shows on the pull request's line, and the job
// summary lists them all; a message over several lines must stay one command.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { errorAnnotation, problemSummary, warningAnnotation } from '../../../src/lib/annotations.ts';

test('a problem becomes one ::error command with its file, line and kind', () => {
  assert.equal(
    errorAnnotation({ file: 'content/day1/01_a.md', line: 8, message: 'links to /day1/02_fin/, which does not exist' }, 'Link'),
    '::error file=content/day1/01_a.md,line=8,title=Link::links to /day1/02_fin/, which does not exist',
  );
});

test('a warning becomes one ::warning command, in the same shape', () => {
  assert.equal(
    warningAnnotation({ file: 'content/day1/01_a.md', line: 9, message: 'image "x.png" has no alt text' }, 'Image'),
    '::warning file=content/day1/01_a.md,line=9,title=Image::image "x.png" has no alt text',
  );
});

test('a problem without a line leaves the line out', () => {
  assert.equal(errorAnnotation({ file: 'content/day1/01_a.md', message: 'the file is empty' }, 'Front matter'), '::error file=content/day1/01_a.md,title=Front matter::the file is empty');
});

test('newlines and percent signs in the message, and separators in properties, are escaped', () => {
  assert.equal(
    errorAnnotation({ file: 'content/a,b.md', line: 3, message: '100% broken:\n---^\nExpecting x' }, 'Diagram: mermaid'),
    '::error file=content/a%2Cb.md,line=3,title=Diagram%3A mermaid::100%25 broken:%0A---^%0AExpecting x',
  );
});

test('the summary is a Markdown table, one row per problem, pipes and newlines kept inside their cell', () => {
  const summary = problemSummary([
    { problem: { file: 'content/day1/01_a.md', line: 8, message: 'a | b\nc' }, title: 'Link' },
    { problem: { file: 'content/day1/_index.md', message: 'the file is empty' }, title: 'Front matter' },
  ]);
  assert.equal(
    summary,
    '### Note checks\n\n2 problems:\n\n| file | line | kind | problem |\n| --- | --- | --- | --- |\n| content/day1/01_a.md | 8 | Link | a \\| b<br>c |\n| content/day1/_index.md |  | Front matter | the file is empty |\n',
  );
  assert.equal(problemSummary([]), '### Note checks\n\nNo problems.\n');
});
