// The table of contents beside a note: its h2 sections with their h3s.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type Heading, tableOfContents } from '../../../src/lib/toc.ts';

const h = (depth: number, text: string): Heading => ({ depth, text, slug: text.toLowerCase().replace(/\s+/g, '-') });
const entry = (text: string, children: ReturnType<typeof tableOfContents> = []) => ({
  slug: text.toLowerCase().replace(/\s+/g, '-'),
  text,
  children,
});

describe('tableOfContents', () => {
  test('nests each h3 under the h2 before it', () => {
    const toc = tableOfContents([h(2, 'Collectors'), h(3, 'Sampling'), h(3, 'Storage'), h(2, 'Rollout'), h(3, 'Staging')]);
    assert.deepEqual(toc, [entry('Collectors', [entry('Sampling'), entry('Storage')]), entry('Rollout', [entry('Staging')])]);
  });

  test('lists h2s without subsections as leaves', () => {
    assert.deepEqual(tableOfContents([h(2, 'One'), h(2, 'Two')]), [entry('One'), entry('Two')]);
  });

  test('leaves out the h1 and headings deeper than h3', () => {
    const toc = tableOfContents([h(1, 'Title'), h(2, 'Section'), h(4, 'Detail'), h(3, 'Sub'), h(5, 'Deeper'), h(6, 'Deepest')]);
    assert.deepEqual(toc, [entry('Section', [entry('Sub')])]);
  });

  test('puts an h3 that comes before any h2 at the top level', () => {
    const toc = tableOfContents([h(3, 'Preface'), h(2, 'Section'), h(3, 'Sub')]);
    assert.deepEqual(toc, [entry('Preface'), entry('Section', [entry('Sub')])]);
  });

  test(
    'puts every h3 that comes before the first h2 at the top level',
    () => {
      const toc = tableOfContents([h(3, 'First'), h(3, 'Second'), h(2, 'Section')]);
      assert.deepEqual(toc, [entry('First'), entry('Second'), entry('Section')]);
    },
  );

  test('leaves out the hidden footnotes heading remark-gfm adds', () => {
    const toc = tableOfContents([h(2, 'Section'), { depth: 2, slug: 'footnote-label', text: 'Footnotes' }]);
    assert.deepEqual(toc, [entry('Section')]);
  });

  test('keeps the slugs the anchors use, including non-ASCII ones', () => {
    const toc = tableOfContents([{ depth: 2, slug: 'größere-cluster', text: 'Größere Cluster' }]);
    assert.deepEqual(toc, [{ slug: 'größere-cluster', text: 'Größere Cluster', children: [] }]);
  });

  test('is empty for a note without sections', () => {
    assert.deepEqual(tableOfContents([]), []);
    assert.deepEqual(tableOfContents([h(1, 'Only a title'), h(4, 'Too deep')]), []);
  });
});
