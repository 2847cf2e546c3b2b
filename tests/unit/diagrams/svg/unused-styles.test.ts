// A diagram's style sheet keeps what can style it and loses what cannot.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { s } from 'hastscript';
import { withoutUnusedRules } from '../../../../src/diagrams/svg/unused-styles.ts';

const svg = s('svg#d', [s('g.node.default', [s('rect.basic'), s('text', 'A')]), s('path.flowchart-link')]);

test('a rule naming a class or element the SVG has stays; one naming what it lacks goes', () => {
  const css = '#d .node rect{fill:red;}#d .error-icon{fill:blue;}#d circle{stroke:black;}#d .node.default text{fill:var(--mm-textColor);}';
  assert.equal(withoutUnusedRules(css, svg), '#d .node rect{fill:red}#d .node.default text{fill:var(--mm-textColor)}');
});

test('a rule stays while any one of its selectors may match', () => {
  assert.equal(withoutUnusedRules('#d .cluster rect,#d .node rect{stroke:black}', svg), '#d .cluster rect,#d .node rect{stroke:black}');
});

test('what a pseudo-class holds is not read, so a negation keeps its rule', () => {
  const css = '#d path:not(.dashed){stroke-width:2px}#d .node:hover{opacity:1}#d .highlighted:hover{opacity:.5}';
  assert.equal(withoutUnusedRules(css, svg), '#d path:not(.dashed){stroke-width:2px}#d .node:hover{opacity:1}');
});

test('rules in at-rules are kept or left out alike, and keyframes and the root rule stay', () => {
  const css = '#d{font-size:16px}@keyframes dash{to{stroke-dashoffset:0}}@media (prefers-reduced-motion:reduce){#d .edge-animation-fast{animation:none}#d .node{transition:none}}';
  assert.equal(withoutUnusedRules(css, svg), '#d{font-size:16px}@keyframes dash{to{stroke-dashoffset:0}}@media (prefers-reduced-motion:reduce){#d .node{transition:none}}');
});
