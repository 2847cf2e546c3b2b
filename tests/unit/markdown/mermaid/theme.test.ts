import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { diagramCss } from '../../../../src/markdown/mermaid/index.ts';
import { mermaidVersion } from '../../../../src/markdown/mermaid/mermaid-script.ts';
import { paletteMermaidVersion } from '../../../../src/markdown/mermaid/palette.ts';
import { mapThemeColours, renderThemeVariables } from '../../../../src/markdown/mermaid/theme.ts';

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

test('the CSS defines each variable for light and dark with light-dark()', () => {
  assert.match(diagramCss, /--mm-primaryColor: light-dark\(#ECECFF, #1f2020\);/);
  assert.match(diagramCss, /\.diagram-scroll \{ overflow-x: auto; \}/);
});

test('diagram.css and palette.ts are up to date (else run generate-palette.ts)', () => {
  assert.equal(readFileSync(new URL('../../../../src/markdown/mermaid/diagram.css', import.meta.url), 'utf8'), diagramCss);
  assert.equal(paletteMermaidVersion, mermaidVersion);
});
