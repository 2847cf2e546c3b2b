// Failures a note author or a build machine can meet, each with one clear message.
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { CHROMIUM_HELP } from '../../../src/diagrams/browser/chromium.ts';
import { DiagramRenderer } from '../../../src/diagrams/browser/renderer.ts';
import { createDiagramRendering, rehypeMermaid } from '../../../src/diagrams/index.ts';
import type { Problem } from '../../../src/lib/problem.ts';
import { fence, processMarkdown, testRenderer } from './process-markdown.ts';

const { renderer, cacheDir } = testRenderer('errors', 1);

const broken = 'flowchart LR\n  A -->';
const note = `# Title\n\nSome text.\n\n${fence(broken)}`; // The fence starts on line 5, the broken arrow is on line 7.

test('a diagram mermaid cannot parse fails with the file, the broken line and the parse error', async () => {
  await assert.rejects(processMarkdown(note, { cacheDir, renderer }), (error: Error) => {
    assert.match(error.message, /^content\/day2\/x\.md:7: mermaid could not parse line 2 of this diagram:\n.*A -->\n-+\^\nExpecting .+, got 'EOF'$/);
    assert.doesNotMatch(error.stack ?? '', /\n\s+at /);
    return true;
  });
});

test('the line counts from the top of the file even when the processor is given the body alone', async () => {
  const path = join(cacheDir, 'note.md');
  const body = `# Title\n\n${fence(broken)}`;
  await writeFile(path, `---\ntitle: T\n---\n\n${body}`); // Astro's content loader renders the body only.
  const file = new VFile({ path, value: body });
  const rendering = createDiagramRendering({ cacheDir, renderer, log: () => {} });
  const processor = unified().use(remarkParse).use(remarkRehype).use(rehypeMermaid, { rendering }).use(rehypeStringify);
  await assert.rejects(processor.process(file), /note\.md:9: mermaid could not parse line 2 of this diagram/);
});

test('with an onError callback, the host hears of the problem and the page shows an error box instead', async () => {
  const reported: Problem[] = [];
  const page = await processMarkdown(note, { cacheDir, renderer, onError: (problem) => reported.push(problem) });
  assert.deepEqual(reported.map((problem) => [problem.file, problem.line]), [['content/day2/x.md', 7]]);
  assert.match(reported[0]!.message, /^mermaid could not parse line 2 of this diagram:/);
  assert.match(page, /<div class="diagram-error" role="alert"><p><strong>Diagram error: <\/strong>content\/day2\/x\.md:7: mermaid could not parse/);
  assert.match(page, /<code>flowchart LR\n {2}A -->(?:<\/code>)/);
});

test('no usable Chromium fails with one line of help', async () => {
  const saved = process.env.CHROMIUM_PATH;
  process.env.CHROMIUM_PATH = '/nonexistent/chromium';
  try {
    const without = new DiagramRenderer({ concurrency: 1 });
    await assert.rejects(processMarkdown(fence('pie\n  "x": 1'), { cacheDir, renderer: without }), (error: Error) => error.message === CHROMIUM_HELP);
  } finally {
    if (saved === undefined) delete process.env.CHROMIUM_PATH;
    else process.env.CHROMIUM_PATH = saved;
  }
});

test('a render that hangs is stopped after the timeout, naming the file', async () => {
  // The page keeps hold of the promise, as a stuck mermaid would: one nothing refers to can be
  // garbage collected, and Playwright then rejects at once instead of the render hanging.
  const hang = () => new Promise<never>((resolve) => Object.assign(window, { stuck: resolve }));
  const hanging = new DiagramRenderer({ concurrency: 1, renderInPage: hang });
  try {
    // The message proves the timeout fired rather than the render finishing; no wall-clock assertion.
    await assert.rejects(processMarkdown(note.replace(broken, 'pie\n  "hang": 1'), { cacheDir, renderer: hanging, timeoutMs: 300 }), /^NoteInputError: content\/day2\/x\.md:5: mermaid did not finish this diagram within 300 ms$/);
  } finally {
    await hanging.close();
  }
});

test('a crashed browser is relaunched once', async () => {
  await processMarkdown(fence('pie\n  "before": 1'), { cacheDir, renderer });
  const launches = renderer.launches;
  await renderer.browser!.close(); // The browser dies under the renderer.
  const page = await processMarkdown(fence('pie\n  "after": 1'), { cacheDir, renderer });
  assert.match(page, /<svg/);
  assert.equal(renderer.launches, launches + 1);
});
