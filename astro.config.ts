// Wires the site together; each piece lives in src/ with its own tests.
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { createDiagramRendering } from './src/diagrams/index.ts';
import { astroCacheDir, buildEnvironment } from './src/environment.ts';
import { diagramRendering } from './src/integrations/diagram-rendering.ts';
import { diagramTheme } from './src/integrations/diagram-theme.ts';
import { livePreview } from './src/integrations/live-preview.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { siteCheck } from './src/integrations/site-check.ts';
import { refPageList } from './src/links/ref-pages.ts';
import { markdownProcessor } from './src/markdown/pipeline.ts';
import { contentSecurityPolicy } from './src/security/csp.ts';
import { site } from './src/site.config.ts';

const env = buildEnvironment();
const diagrams = diagramRendering(createDiagramRendering({ cacheDir: env.diagramCacheDir }));
// Read once per build; in `astro dev` the live preview drops them when a note changes.
const refPages = refPageList(resolve(env.notesDir));

export default defineConfig({
  // Canonical URLs, the feed and the sitemap need an absolute origin.
  site: env.siteUrl ?? site.url,
  base: env.base,
  outDir: env.outDir,
  cacheDir: astroCacheDir(env.outDir),
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Two notes at one address are reported by the site check, naming both files; Astro's own warning would say it twice.
  prerenderConflictBehavior: 'ignore',
  security: { csp: contentSecurityPolicy },
  // A note's images are optimized to WebP at these widths (and the original's), each picked by the
  // browser from a srcset: small files on phones, sharp ones on high-density screens.
  image: { layout: 'constrained', breakpoints: [640, 828, 1080, 1600, 2400] },
  integrations: [
    mdx(),
    sitemap(),
    diagramTheme(),
    siteCheck({ notesDir: env.notesDir, publicDir: 'public' }),
    diagrams.integration,
    searchIndex(),
    livePreview({ notesDir: env.notesDir, publicDir: 'public', onNoteChange: refPages.forget }),
  ],
  markdown: {
    processor: await markdownProcessor({
      base: env.base,
      notesDir: env.notesDir,
      refPages,
      diagrams: env.diagramRenderer === 'rehype-mermaid' ? 'rehype-mermaid' : diagrams,
      publicDir: fileURLToPath(new URL('./public/', import.meta.url)),
    }),
    syntaxHighlight: { type: 'shiki', excludeLangs: ['mermaid', 'math'] },
    shikiConfig: {
      themes: { light: 'github-light', dark: 'github-dark' },
      // Both themes become CSS variables; the stylesheet picks one with light-dark().
      defaultColor: false,
    },
  },
});
