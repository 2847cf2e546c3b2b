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
import { photoFiles } from './src/integrations/photo-files.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { siteCheck } from './src/integrations/site-check.ts';
import { refPageList } from './src/links/ref-pages.ts';
import { photoKeysFile } from './src/markdown/photo-files.ts';
import { PhotoKeys } from './src/markdown/photo-keys.ts';
import { markdownProcessor } from './src/markdown/pipeline.ts';
import { contentSecurityPolicy } from './src/security/csp.ts';
import { site } from './src/site.config.ts';

const env = buildEnvironment();
const diagrams = diagramRendering(createDiagramRendering({ cacheDir: env.diagramCacheDir }));
// Read once per build; in `astro dev` the live preview drops them when a note changes.
const refPages = refPageList(resolve(env.notesDir));
// The Markdown step keys each photo by its contents; the photo files step reuses those keys, and keeps them for the next build.
const photoKeys = new PhotoKeys(photoKeysFile(astroCacheDir(env.outDir)));

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
  // The preview shows a note as readers will see it, without Astro's toolbar. Its modules were also the
  // only ones Vite found late on a fresh checkout's first page, and the reload that followed could swallow
  // the reload of an edit saved meanwhile (the live-preview e2e missed one in CI).
  devToolbar: { enabled: false },
  integrations: [
    mdx(),
    sitemap(),
    diagramTheme(),
    // The diagrams it reads may start the browser while the build starts.
    siteCheck({ notesDir: env.notesDir, publicDir: 'public', onNotesRead: env.diagramRenderer === 'inline' ? diagrams.notesRead : undefined }),
    diagrams.integration,
    photoFiles({ notesDir: env.notesDir, keys: photoKeys }),
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
      photoKeys,
    }),
    syntaxHighlight: { type: 'shiki', excludeLangs: ['mermaid', 'math'] },
    shikiConfig: {
      themes: { light: 'github-light', dark: 'github-dark' },
      // Both themes become CSS variables; the stylesheet picks one with light-dark().
      defaultColor: false,
    },
  },
});
