// `npm run check`'s diagram check: a broken diagram is reported at its line in
// the note, and every diagram it renders is cached for the build.
import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import { test } from 'node:test';
import { diagramProblems } from '../../../src/diagrams/check.ts';
import { createDiagramRendering } from '../../../src/diagrams/rendering.ts';
import { testRenderer } from './process-markdown.ts';

const { renderer, cacheDir } = testRenderer('check', 2);

test('a broken diagram is a problem at the note\'s broken line; good ones are cached', async () => {
  const rendering = createDiagramRendering({ cacheDir, renderer, log: () => {} });
  const notes = [
    { file: 'content/day1/a.md', diagrams: [{ source: 'pie\n  "good": 1\n', line: 5 }] },
    { file: 'content/day1/b.md', diagrams: [{ source: 'flowchart LR\n  A -->\n', line: 10 }, { source: 'pie\n  "also good": 2\n', line: 20 }] },
  ];
  const problems = await diagramProblems(notes, rendering);
  assert.equal(problems.length, 1);
  assert.equal(problems[0]!.file, 'content/day1/b.md');
  // The fence is on line 10; mermaid's line 2 of the diagram is line 12 of the note.
  assert.equal(problems[0]!.line, 12);
  assert.match(problems[0]!.message, /^mermaid could not parse line 2 of this diagram:/);
  assert.equal((await readdir(cacheDir)).length, 2);
  await rendering.close();
});
