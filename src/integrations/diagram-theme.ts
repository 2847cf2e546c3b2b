// The diagrams' colours, light and dark, as a stylesheet computed from the
// theme data (diagrams/theme/) whenever a page imports it, so no generated
// CSS is kept in the repository and a layout change needs no browser.
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { diagramThemeCss } from '../diagrams/theme/theme.ts';

export const diagramThemeModule = 'virtual:diagram-theme.css';
// Vite treats a module as CSS by its name, so the resolved id keeps the .css ending.
const resolvedId = `\0${diagramThemeModule}`;

export function diagramThemePlugin(): Plugin {
  return {
    name: 'diagram-theme',
    resolveId: (id) => (id === diagramThemeModule ? resolvedId : undefined),
    load: (id) => (id === resolvedId ? diagramThemeCss : undefined),
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
