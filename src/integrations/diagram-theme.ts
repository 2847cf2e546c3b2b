// The diagrams' colours, light and dark, computed from the theme data
// (diagrams/theme/) and appended to the diagrams' stylesheet
// (diagrams/diagram.css) whenever Vite reads it, so no generated CSS is kept
// in the repository and a layout change needs no browser. One file holds a
// diagram's frame and its colours, and pages that show no diagram never load
// it: they link it (`diagram.css?url`) only when they have one.
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { diagramThemeCss } from '../diagrams/theme/theme.ts';

export const diagramStylesheetPath = fileURLToPath(new URL('../diagrams/diagram.css', import.meta.url));

// `?url` asks for the file's address: Vite answers with a small module, which is not the CSS.
const urlQuery = /(?:^|&)url(?:&|=|$)/;

export function diagramThemePlugin(stylesheet = diagramStylesheetPath): Plugin {
  return {
    name: 'diagram-theme',
    // Before Vite compiles and minifies the CSS, so the colours are minified with it.
    enforce: 'pre',
    transform(code, id) {
      const [path, query = ''] = id.split('?', 2);
      if (path !== stylesheet || urlQuery.test(query)) return undefined;
      return { code: `${code}\n${diagramThemeCss}`, map: null };
    },
  };
}

export function diagramTheme(): AstroIntegration {
  return {
    name: 'diagram-theme',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [diagramThemePlugin()] } });
      },
    },
  };
}
