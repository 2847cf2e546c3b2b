import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Element } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { diagramFigure, makeResponsive } from '../../../../src/diagrams/svg/figure.ts';

const svgOf = (viewBox: string): Element => h('svg', { viewBox, width: '100%', ariaLabel: 'Gantt chart' }, [h('text', 'Keynotes')]);

test('a wide diagram with small labels shrinks only until they are drawn at 11 px', () => {
  const svg = svgOf('0 0 1200 300');
  // Labels of 12 px at 1200 px wide reach 11 px at 1100 px.
  assert.equal(makeResponsive(svg, 12), 1100);
  assert.equal(svg.properties.style, 'max-width: 1200px; min-width: 1100px; aspect-ratio: 1200 / 300');
  assert.equal(svg.properties.width, undefined);
});

test('labels smaller than 11 px at the natural size draw the diagram larger than natural', () => {
  const svg = svgOf('0 0 400 100');
  assert.equal(makeResponsive(svg, 10), 440);
  assert.equal(svg.properties.style, 'max-width: 440px; min-width: 440px; aspect-ratio: 400 / 100');
});

test('a diagram without labels, or without a viewBox, may shrink freely', () => {
  const bare = svgOf('0 0 500 200');
  assert.equal(makeResponsive(bare, null), 0);
  const noBox = h('svg', { style: 'max-width: 10px' });
  assert.equal(makeResponsive(noBox, 12), 0);
  assert.equal(noBox.properties.style, undefined);
});

test('a figure that may scroll on a phone has a named, focusable scroll container and a hint', () => {
  const html = toHtml(diagramFigure({ svg: svgOf('0 0 1200 300'), name: 'Gantt chart', labels: 'Keynotes', minWidth: 1100 }, 'gantt'));
  assert.match(html, /<figure class="diagram" data-pagefind-index-attrs="data-labels" data-labels="Keynotes" style="--diagram-min-width: 1100px">/);
  assert.match(html, /<div class="diagram-scroll" tabindex="0" role="group" aria-label="Gantt chart, scrolls sideways"><svg/);
  assert.match(html, /<p class="diagram-hint" aria-hidden="true" data-pagefind-ignore="">Scroll sideways to see the whole diagram →<\/p>/);
});

test('a figure narrow enough for any phone is not a tab stop', () => {
  const html = toHtml(diagramFigure({ svg: svgOf('0 0 300 100'), name: 'Pie chart', labels: 'Keynotes', minWidth: 200 }, 'pie'));
  assert.match(html, /<div class="diagram-scroll"><svg/);
});
