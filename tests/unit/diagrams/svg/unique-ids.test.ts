import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { makeIdsUnique } from '../../../../src/diagrams/svg/unique-ids.ts';

const parse = (html: string) => fromHtml(html, { fragment: true }).children[0] as Element;
const ids = (html: string) => [...html.matchAll(/\sid="([^"]*)"/g)].map((match) => match[1]);

test("a mindmap node's <g> and <path> stop sharing an id; the first keeps it", () => {
  const svg = parse(`<svg id="mmd"><g id="node_1"><path id="node_1"></path></g><g id="node_2"><path id="node_2"></path></g></svg>`);
  assert.equal(makeIdsUnique(svg), 2);
  assert.deepEqual(ids(toHtml(svg)), ['mmd', 'node_1', 'node_1-2', 'node_2', 'node_2-2']);
});

test('a fresh id never takes one the diagram already has', () => {
  const svg = parse(`<svg><g id="a"></g><g id="a-2"></g><g id="a"></g><g id="a"></g></svg>`);
  makeIdsUnique(svg);
  assert.deepEqual(ids(toHtml(svg)), ['a', 'a-2', 'a-3', 'a-4']);
});

test('references keep the first element; style selectors cover every renamed copy', () => {
  const svg = parse(`<svg aria-labelledby="t"><title id="t">T</title><style>#mmd #n{fill:red} .x{fill:url(#n)}</style>
    <g id="n"></g><path id="n"></path><use href="#n"></use><text id="t"></text></svg>`);
  makeIdsUnique(svg);
  const html = toHtml(svg);
  assert.match(html, /aria-labelledby="t"/);
  assert.match(html, /<use href="#n">/);
  assert.match(html, /#mmd :is\(#n, #n-2\)\{fill:red\} \.x\{fill:url\(#n\)\}/);
  assert.deepEqual(ids(html), ['t', 'n', 'n-2', 't-2']);
});

test('a diagram without repeats is left as it was', () => {
  const html = `<svg id="mmd"><style>#mmd .a{fill:#fff}</style><g id="a"></g></svg>`;
  const svg = parse(html);
  assert.equal(makeIdsUnique(svg), 0);
  assert.equal(toHtml(svg), html);
});
