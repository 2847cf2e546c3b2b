// One rendering serves a whole build and `npm run check`: each diagram is
// rendered once, whoever asks first, and lands in the cache the next run reads.
import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import { test } from 'node:test';
import { DiagramRenderer } from '../../../src/diagrams/browser/renderer.ts';
import { createDiagramRendering, DiagramRejected } from '../../../src/diagrams/rendering.ts';
import { testRenderer } from './process-markdown.ts';

const { renderer, cacheDir } = testRenderer('rendering', 2);
const silent = () => {};

async function waitFor(condition: () => boolean, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

test('the same diagram asked for twice at once is rendered once, and cached', async () => {
  const rendering = createDiagramRendering({ cacheDir, renderer, log: silent });
  const source = 'pie\n  "twice": 1\n';
  const [first, second] = await Promise.all([rendering.renderDiagram(source), rendering.renderDiagram(source)]);
  assert.deepEqual([first.rendered, second.rendered].sort(), [false, true]);
  assert.equal(first.key, second.key);
  assert.deepEqual(await readdir(cacheDir), [`${first.key}.json`]);
  await rendering.close();
});

test('another rendering over the same cache renders nothing and launches no browser', async () => {
  const source = 'pie\n  "cached": 1\n';
  const warmUp = createDiagramRendering({ cacheDir, renderer, log: silent });
  await warmUp.renderDiagram(source);
  const fresh = new DiagramRenderer({ concurrency: 1 });
  const next = createDiagramRendering({ cacheDir, renderer: fresh, log: silent });
  assert.equal((await next.renderDiagram(source)).rendered, false);
  assert.equal(fresh.launches, 0);
});

test('told of a diagram the cache lacks, it starts the browser before any render; told only of cached ones, it starts none', async () => {
  const cached = 'pie\n  "prepared": 1\n';
  await createDiagramRendering({ cacheDir, renderer, log: silent }).renderDiagram(cached);
  const idle = new DiagramRenderer({ concurrency: 2 });
  createDiagramRendering({ cacheDir, renderer: idle, log: silent }).prepare([cached]);
  const early = new DiagramRenderer({ concurrency: 2 });
  createDiagramRendering({ cacheDir, renderer: early, log: silent }).prepare([cached, 'pie\n  "not yet": 1\n']);
  try {
    await waitFor(() => early.launches === 1);
    assert.equal(idle.launches, 0);
  } finally {
    await Promise.all([idle.close(), early.close()]);
  }
});

test('a diagram mermaid rejects is a DiagramRejected with mermaid\'s words, and is not cached', async () => {
  const rendering = createDiagramRendering({ cacheDir, renderer, log: silent });
  const before = await readdir(cacheDir);
  await assert.rejects(rendering.renderDiagram('flowchart LR\n  A -->\n'), (error: unknown) => {
    assert.ok(error instanceof DiagramRejected);
    assert.equal(error.kind, 'parse');
    assert.match(error.mermaidMessage, /^Parse error on line \d+:[\s\S]*got 'EOF'$/);
    return true;
  });
  assert.deepEqual(await readdir(cacheDir), before);
});

test('close() logs what the build did, once', async () => {
  const lines: string[] = [];
  const rendering = createDiagramRendering({ cacheDir, renderer, log: (line) => lines.push(line) });
  rendering.progress.start();
  rendering.progress.count('cached');
  await rendering.close();
  await rendering.close();
  assert.equal(lines.length, 1);
  assert.match(lines[0]!, /^\[mermaid\] 1 diagrams: 0 rendered, 1 cached, 0 failed in \d+\.\ds$/);
});
