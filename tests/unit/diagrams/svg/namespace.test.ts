import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { namespaceIds } from '../../../../src/diagrams/svg/namespace.ts';
import { sanitizeSvg } from '../../../../src/diagrams/svg/sanitize.ts';

const parse = (html: string) => fromHtml(html, { fragment: true }).children[0] as Element;

test('ids, references and style selectors get the prefix; colours stay', () => {
  const svg = parse(`<svg id="mmd" aria-labelledby="chart-title-mmd"><title id="chart-title-mmd">T</title>
    <style>#mmd .node{fill:#fff;} #mmd #actor0{stroke:#333}</style>
    <defs><marker id="mmd_flowchart-pointEnd"></marker><linearGradient id="grad"></linearGradient></defs>
    <path marker-end="url(#mmd_flowchart-pointEnd)" fill="url(#grad)"></path><use href="#actor0" xlink:href="#grad"></use><g id="actor0"></g></svg>`);
  namespaceIds(svg, 'mmd-abc-1');
  const html = toHtml(svg);
  assert.match(html, /<svg id="mmd-abc-1" aria-labelledby="mmd-abc-1-chart-title-mmd"/);
  assert.match(html, /<title id="mmd-abc-1-chart-title-mmd">/);
  assert.match(html, /#mmd-abc-1 \.node\{fill:#fff;\} #mmd-abc-1 #mmd-abc-1-actor0\{stroke:#333\}/);
  assert.match(html, /marker-end="url\(#mmd-abc-1_flowchart-pointEnd\)" fill="url\(#mmd-abc-1-grad\)"/);
  assert.match(html, /<use href="#mmd-abc-1-actor0" xlink:href="#mmd-abc-1-grad">/);
});

test('sanitizing drops script, foreignObject, event handlers and javascript: links', () => {
  const svg = parse(`<svg onload="alert(1)"><script>alert(2)</script><foreignObject><div>x</div></foreignObject>
    <a href=" java\tscript:alert(3)" xlink:href="javascript:alert(4)"><text onclick="alert(5)">ok</text></a><a href="https://example.com">fine</a></svg>`);
  sanitizeSvg(svg);
  const html = toHtml(svg);
  assert.doesNotMatch(html, /script|alert|foreignObject|onload|onclick/i);
  assert.match(html, /<text>ok<\/text>/);
  assert.match(html, /href="https:\/\/example.com"/);
});
