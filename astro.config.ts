import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { markdownProcessor } from './src/markdown/pipeline.ts';
import { astroCacheDir } from './tools/paths.ts';

// Environment knobs, so tests and benchmarks can build other corpora and the
// site can be published under a sub-path (a GitHub Pages project site).
const base = process.env.BASE_PATH ?? '/';
const outDir = process.env.OUT_DIR ?? './dist';

export default defineConfig({
  site: process.env.SITE_URL,
  base,
  outDir,
  cacheDir: astroCacheDir(outDir),
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx()],
  markdown: {
    processor: markdownProcessor,
    syntaxHighlight: { type: 'shiki', excludeLangs: ['mermaid', 'math'] },
    shikiConfig: {
      themes: { light: 'github-light', dark: 'github-dark' },
      // Both themes become CSS variables; the stylesheet picks one with light-dark().
      defaultColor: false,
    },
  },
});
