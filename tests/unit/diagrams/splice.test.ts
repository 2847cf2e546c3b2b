// A .md note gets its diagrams' markup spliced into its HTML after the
// pipeline; the reader must get the same page as from the tree.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { createSvgSplice } from '../../../src/diagrams/splice.ts';
import { fence, processMarkdown, testRenderer } from './process-markdown.ts';

const { renderer, cacheDir } = testRenderer('splice', 2);

test('a placeholder becomes its markup, wherever the pipeline put it', () => {
  const splice = createSvgSplice();
  const html = toHtml(h('div', [splice.placeholder('<svg id="a"></svg>'), h('p', 'text'), splice.placeholder('<svg id="b"></svg>')]));
  assert.doesNotMatch(html, /<svg/);
  assert.equal(splice.fill(html), '<div><svg id="a"></svg><p>text</p><svg id="b"></svg></div>');
});

test('a note cannot forge a placeholder, and one cannot be filled twice', () => {
  const splice = createSvgSplice();
  const html = toHtml(splice.placeholder('<svg></svg>'));
  const forged = html.replace(/[0-9a-f]{8}-/, '00000000-');
  assert.equal(splice.fill(forged), forged);
  splice.fill(html);
  assert.throws(() => splice.fill(html), /filled twice/);
});

test('diagrams spliced in as markup make the same page as diagrams in the tree', async () => {
  const note = `${fence('flowchart LR\n  A --> B')}\n${fence('flowchart LR\n  A --> B')}\n${fence('sequenceDiagram\n  A->>B: hi')}`;
  const asTree = await processMarkdown(note, { cacheDir, renderer });
  const spliced = await processMarkdown(note, { cacheDir, renderer, splice: createSvgSplice() });
  assert.equal(spliced, asTree);
  assert.equal((spliced.match(/<svg/g) ?? []).length, 3);
});
