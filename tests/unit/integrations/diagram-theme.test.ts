// Pages import the diagrams' light and dark colours as `virtual:diagram-theme.css`,
// a stylesheet computed at build time; Vite must see it as CSS and the
// integration must hand Astro the plugin that serves it.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Plugin } from 'vite';
import { diagramTheme, diagramThemeModule, diagramThemePlugin } from '../../../src/integrations/diagram-theme.ts';

type Hook = (id: string) => unknown;
const resolveId = (plugin: Plugin, id: string) => (plugin.resolveId as unknown as Hook)(id);
const load = (plugin: Plugin, id: string) => (plugin.load as unknown as Hook)(id);

describe('diagramThemePlugin', () => {
  test('resolves virtual:diagram-theme.css to a virtual id Vite treats as CSS', () => {
    assert.equal(diagramThemeModule, 'virtual:diagram-theme.css');
    const id = resolveId(diagramThemePlugin(), 'virtual:diagram-theme.css');
    assert.equal(typeof id, 'string');
    assert.ok((id as string).endsWith('.css'), `${id} does not end in .css`);
    assert.ok((id as string).startsWith('\0'), `${id} is not marked virtual`);
  });

  test('loads that id as a stylesheet of light-dark() diagram colours', () => {
    const plugin = diagramThemePlugin();
    const css = load(plugin, resolveId(plugin, diagramThemeModule) as string);
    assert.equal(typeof css, 'string');
    assert.match(css as string, /--mm-primaryColor: light-dark\(/);
    assert.match(css as string, /^\.diagram, \.diagram-dialog \{/);
  });

  test('leaves every other module to Vite', () => {
    const plugin = diagramThemePlugin();
    for (const id of ['virtual:other.css', './diagram-theme.css', 'diagram-theme.css', 'virtual:diagram-theme']) {
      assert.equal(resolveId(plugin, id), undefined, id);
      assert.equal(load(plugin, id), undefined, id);
    }
    assert.equal(load(plugin, 'virtual:diagram-theme.css'), undefined, 'the unresolved name is not the module');
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
    const id = resolveId(plugin!, diagramThemeModule) as string;
    assert.match(load(plugin!, id) as string, /--mm-primaryColor: light-dark\(/);
  });
});
