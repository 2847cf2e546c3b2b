import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { mermaidVersion } from '../../../../src/diagrams/browser/mermaid-script.ts';
import { palette } from '../../../../src/diagrams/theme/palette.ts';
import { diagramThemeCss, mapThemeColours, renderThemeVariables } from '../../../../src/diagrams/theme/theme.ts';

const variables = renderThemeVariables('x') as Record<string, string>;

test('sentinels map to custom properties in any colour syntax', () => {
  const sentinel = variables.primaryColor!;
  assert.match(sentinel, /^#fb03[0-9a-f]{2}$/);
  const [r, g, b] = sentinel.slice(1).match(/../g)!.map((hex) => parseInt(hex, 16));
  assert.equal(mapThemeColours(`fill:${sentinel};`), 'fill:var(--mm-primaryColor);');
  assert.equal(mapThemeColours(`rgb(${r}, ${g}, ${b})`), 'var(--mm-primaryColor)');
  assert.equal(mapThemeColours(`rgba(${r}, ${g}, ${b}, 0.5)`), 'color-mix(in srgb, var(--mm-primaryColor) 50%, transparent)');
  assert.equal(mapThemeColours('#333 #ffffff rgb(1, 2, 3)'), '#333 #ffffff rgb(1, 2, 3)');
});

test('the CSS defines each variable for light and dark with light-dark(), beside the hand-written layout', () => {
  assert.match(diagramThemeCss, /--mm-primaryColor: light-dark\(#ECECFF, #1f2020\);/);
  const layout = readFileSync(new URL('../../../../src/diagrams/diagram.css', import.meta.url), 'utf8');
  assert.match(layout, /\.diagram-scroll \{ overflow-x: auto; \}/);
});

test('palette.json was resolved from the installed mermaid (else run `npm run palette`)', () => {
  assert.equal(palette.mermaidVersion, mermaidVersion);
});
