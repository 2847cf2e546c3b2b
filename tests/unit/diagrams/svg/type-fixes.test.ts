import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { fixLabelsOf } from '../../../../src/diagrams/svg/type-fixes.ts';

const parse = (html: string) => fromHtml(html, { fragment: true }).children[0] as Element;
const fixed = (type: string, html: string) => {
  const svg = parse(html);
  fixLabelsOf(type, svg);
  return toHtml(svg);
};

test("a round mind map node's label is anchored in the middle of its circle", () => {
  const html = fixed('mindmap', '<svg><g class="node mindmap-node"><circle r="40"></circle><g class="label"><text><tspan>KubeCon</tspan></text></g></g><g class="node mindmap-node"><path></path><text>Other</text></g></svg>');
  assert.match(html, /<circle r="40"><\/circle><g class="label"><text text-anchor="middle">/);
  assert.match(html, /<path><\/path><text>Other<\/text>/);
});

test("wardley anchors, venn set names and C4's greys take the theme's colours", () => {
  assert.match(fixed('wardley', '<svg><text class="wardley-node-label" fill="#000">User</text></svg>'), /fill="var\(--mm-wardley-componentLabelColor\)"/);
  assert.match(
    fixed('venn', '<svg><text class="label" style="fill: hsl(from var(--mm-venn1) h s calc(l + 30)); font-size: 24px;">Ops</text></svg>'),
    /style="fill: var\(--mm-textColor\); font-size: 24px;"/,
  );
  assert.match(fixed('c4', '<svg><text fill="#444444">Reads</text><path stroke="#444444"></path></svg>'), /<text fill="var\(--mm-textColor\)">Reads<\/text><path stroke="var\(--mm-lineColor\)">/);
});

test("event modeling box names take the theme's text colour, other text in the model is left alone", () => {
  const html = fixed('eventmodeling', '<svg><g class="em-box"><rect fill="#ddd"></rect><text fill="rgb(0, 0, 0)">Talk.Submit</text></g><text fill="#000">Swimlane</text></svg>');
  assert.match(html, /<g class="em-box"><rect fill="#ddd"><\/rect><text fill="var\(--mm-textColor\)">Talk.Submit<\/text><\/g><text fill="#000">Swimlane<\/text>/);
});

test('other diagram types are left as they are', () => {
  const html = '<svg><text class="label" fill="#000">A</text></svg>';
  assert.equal(fixed('flowchart-v2', html), html);
});
