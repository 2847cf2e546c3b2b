// A .md note's diagrams are placeholders in its rendered HTML, filled when a
// page shows it; the reader must get the same page as from the tree.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import type { CachedDiagram } from '../../../src/diagrams/cache.ts';
import { diagramPlaceholder, fillDiagrams, MissingDiagramError, splicedDiagramsOf, startSplice } from '../../../src/diagrams/splice.ts';
import { fence, processMarkdown, testRenderer } from './process-markdown.ts';

const { renderer, cacheDir } = testRenderer('splice', 2);

const cached = (id: string): CachedDiagram => ({ diagramType: 'flowchart', markup: [`<svg id="`, `-${id}"></svg>`], name: id, labels: '', minWidth: 0 });
const readFrom = (entries: Record<string, CachedDiagram>) => (key: string) => entries[key];

test('each placeholder becomes its cached diagram under its own prefix, wherever the pipeline put it', () => {
  const frontmatter: Record<string, unknown> = {};
  const spliced = startSplice(frontmatter);
  const html = toHtml(h('div', [diagramPlaceholder(spliced, { key: 'k1', prefix: 'p0' }), h('p', 'text'), diagramPlaceholder(spliced, { key: 'k1', prefix: 'p1' })]));
  assert.doesNotMatch(html, /<svg/);
  assert.equal(splicedDiagramsOf(frontmatter), spliced);
  assert.equal(fillDiagrams(html, spliced, readFrom({ k1: cached('a') })), '<div><svg id="p0-a"></svg><p>text</p><svg id="p1-a"></svg></div>');
});

test("a note's own text cannot forge a placeholder: only this render's nonce is filled", () => {
  const spliced = startSplice({});
  const html = toHtml(diagramPlaceholder(spliced, { key: 'k1', prefix: 'p0' }));
  const forged = html.replace(/[0-9a-f]{8}-/, '00000000-');
  assert.equal(fillDiagrams(forged, spliced, readFrom({ k1: cached('a') })), forged);
});

test('a diagram gone from the cache is an error that says so, not a page without it', () => {
  const spliced = startSplice({});
  const html = toHtml(diagramPlaceholder(spliced, { key: 'k-gone', prefix: 'p0' }));
  assert.throws(() => fillDiagrams(html, spliced, readFrom({})), (error) => error instanceof MissingDiagramError && /no longer holds diagram k-gone/.test(error.message));
});

test('a render without placeholders has no record, so its page shows Astro\'s own Content', () => {
  assert.equal(splicedDiagramsOf(undefined), undefined);
  assert.equal(splicedDiagramsOf({ title: 'x' }), undefined);
});

test('diagrams filled in as markup make the same page as diagrams in the tree', async () => {
  const note = `${fence('flowchart LR\n  A --> B')}\n${fence('flowchart LR\n  A --> B')}\n${fence('sequenceDiagram\n  A->>B: hi')}`;
  const asTree = await processMarkdown(note, { cacheDir, renderer });
  const spliced = await processMarkdown(note, { cacheDir, renderer, splice: true });
  assert.equal(spliced, asTree);
  assert.equal((spliced.match(/<svg/g) ?? []).length, 3);
});
