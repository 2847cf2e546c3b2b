// A .md note's page takes its diagrams from the diagram cache, while Astro
// keeps the note's rendered HTML in its content store between builds. The
// two can part: a reader must still get every diagram when the cache was
// deleted and the store kept (a CI cache restored for one and not the other).
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import type { Root } from 'hast';
import { selectAll } from 'hast-util-select';
import { writeTree } from '../unit/write-tree.ts';
import { type BuildResult, buildSite, removeBuilds } from './astro-build.ts';
import { builtPage, mainOf } from './html.ts';

const notes = mkdtempSync(join(tmpdir(), 'stored-diagrams-'));
const diagramCache = mkdtempSync(join(tmpdir(), 'stored-diagrams-cache-'));
after(() => rmSync(notes, { recursive: true, force: true }));
after(() => rmSync(diagramCache, { recursive: true, force: true }));
after(removeBuilds);

const fence = (source: string) => `\`\`\`mermaid\n${source}\n\`\`\`\n`;

/** The accessible names of the diagrams in the page's main content, in order. */
const diagramNames = (page: Root) => selectAll('svg[aria-roledescription]', mainOf(page)).map((svg) => String(svg.properties.ariaLabel));

function assertDiagramsShown(build: BuildResult) {
  assert.equal(build.status, 0, build.output);
  assert.equal(diagramNames(builtPage(build, '/day1/01_talk/')).length, 2, 'the note lost diagrams');
  assert.equal(diagramNames(builtPage(build, '/day1/')).length, 1, "the day's own text lost its diagram");
  assert.equal(diagramNames(builtPage(build, '/')).length, 1, "the home page's text lost its diagram");
}

test('every diagram shows after the diagram cache is deleted and the content store kept', async () => {
  await writeTree(notes, {
    '_index.md': `---\ntitle: KubeCon\n---\n\n${fence('pie title Tracks\n  "Mesh" : 3\n  "eBPF" : 2')}`,
    'day1/_index.md': `---\ntitle: Day 1\nweight: 1\n---\n\n${fence('flowchart LR\n  Keynote --> Talks')}`,
    'day1/01_talk.md': `---\ntitle: A talk\nweight: 1\n---\n\n${fence('sequenceDiagram\n  Client->>Proxy: request')}\nBetween.\n\n${fence('flowchart LR\n  A --> B')}`,
  });
  const env = { MERMAID_CACHE_DIR: diagramCache };
  const first = await buildSite(notes, { env });
  assertDiagramsShown(first);
  const names = diagramNames(builtPage(first, '/day1/01_talk/'));

  rmSync(diagramCache, { recursive: true, force: true });
  // The same output folder, and so the same content store.
  const second = await buildSite(notes, { env: { ...env, OUT_DIR: first.outDir } });
  assertDiagramsShown({ ...second, outDir: first.outDir });
  assert.deepEqual(diagramNames(builtPage({ ...second, outDir: first.outDir }, '/day1/01_talk/')), names);
});
