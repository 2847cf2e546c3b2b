// The diagrams' light and dark colours are computed at build time and added to
// the diagrams' stylesheet (src/diagrams/diagram.css) as Vite reads it, so the
// one file pages with diagrams link holds both their frame and their colours.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Plugin } from 'vite';
import { diagramStylesheetPath, diagramTheme, diagramThemePlugin } from '../../../src/integrations/diagram-theme.ts';

type Transform = (code: string, id: string) => { code: string } | undefined;
const transform = (plugin: Plugin, code: string, id: string) => (plugin.transform as unknown as Transform)(code, id)?.code;

const layout = '.diagram { margin: 1.5rem 0; }\n';

describe('diagramThemePlugin', () => {
  test('appends the light-dark() colours to the diagrams’ stylesheet, after its own rules', () => {
    const css = transform(diagramThemePlugin(), layout, diagramStylesheetPath) ?? '';
    assert.ok(css.startsWith(layout), 'the hand-written rules come first');
    assert.match(css, /--mm-primaryColor: light-dark\(/);
    assert.match(css, /\.diagram, \.diagram-dialog \{/);
  });

  test('does so however Vite asks for the stylesheet: built as a file of its own, or served by the dev server', () => {
    for (const query of ['?transform-only', '?direct', '?t=1700000000000']) {
      assert.match(transform(diagramThemePlugin(), layout, `${diagramStylesheetPath}${query}`) ?? '', /--mm-primaryColor/, query);
    }
  });

  test('leaves the `?url` import, which is the file’s address and not its CSS, to Vite', () => {
    assert.equal(transform(diagramThemePlugin(), 'export default "x"', `${diagramStylesheetPath}?url`), undefined);
  });

  test('leaves every other file alone', () => {
    const plugin = diagramThemePlugin();
    for (const id of [diagramStylesheetPath.replace('diagram.css', 'dialog/dialog.css'), '/elsewhere/diagram.css', `${diagramStylesheetPath}.map`]) {
      assert.equal(transform(plugin, layout, id), undefined, id);
    }
  });

  test('runs before Vite compiles the CSS, so the colours are minified with the rest', () => {
    assert.equal(diagramThemePlugin().enforce, 'pre');
  });
});

describe('diagramTheme', () => {
  test('adds the plugin to Vite’s plugins when Astro sets up its config', () => {
    const updates: unknown[] = [];
    diagramTheme().hooks['astro:config:setup']!({ updateConfig: (config: unknown) => updates.push(config) } as never);
    assert.equal(updates.length, 1);
    const { vite } = updates[0] as { vite: { plugins: Plugin[] } };
    assert.equal(vite.plugins.length, 1);
    const [plugin] = vite.plugins;
    assert.equal(plugin!.name, 'diagram-theme');
    assert.match(transform(plugin!, layout, diagramStylesheetPath) ?? '', /--mm-primaryColor: light-dark\(/);
  });
});
