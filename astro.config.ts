import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { markdownProcessor } from './src/markdown/pipeline.ts';
import { formatProblem, linkProblems, siteTargets } from './src/check/problems.ts';
import { readNoteSources } from './src/check/sources.ts';
import { NoteInputError } from './src/collections/errors.ts';
import { notesDir } from './src/collections/notes-dir.ts';
import { takeNoteFailures } from './src/markdown/failures.ts';
import { closeMermaidRenderer } from './src/markdown/mermaid/index.ts';
import { astroCacheDir } from './tools/paths.ts';
import { indexSite } from './src/search/index-site.ts';
import { contentSecurityPolicy } from './src/security/csp.ts';
import { site } from './src/site.config.ts';

// Environment knobs, so tests and benchmarks can build other corpora and the
// site can be published under a sub-path (a GitHub Pages project site).
const base = process.env.BASE_PATH ?? '/';
const outDir = process.env.OUT_DIR ?? './dist';
// Astro passes its command on the command line; the config has no other way to tell dev from build.
const dev = process.argv.includes('dev');

export default defineConfig({
  // Canonical URLs, the feed and the sitemap need an absolute origin.
  site: process.env.SITE_URL || site.url,
  base,
  outDir,
  cacheDir: astroCacheDir(outDir),
  trailingSlash: 'always',
  build: { format: 'directory' },
  security: { csp: contentSecurityPolicy },
  integrations: [
    mdx(),
    sitemap(),
    {
      name: 'note-pipeline',
      hooks: {
        // A link to a note, day, tag or heading that does not exist fails the build before any page is written.
        'astro:build:start': async () => {
          const sources = await readNoteSources(process.cwd(), notesDir);
          const problems = linkProblems(sources, await siteTargets(sources, 'public'));
          if (problems.length > 0) throw new NoteInputError(problems.map(formatProblem).join('\n'));
        },
        // The diagram renderer's browser lives for the whole build and closes with it. Notes
        // the loader did not render (.mdx, compiled during the build) report failures here.
        'astro:build:done': async () => {
          await closeMermaidRenderer();
          const failures = takeNoteFailures();
          if (failures.length > 0) throw new NoteInputError(failures.join('\n'));
        },
      },
    },
    {
      name: 'search-index',
      hooks: {
        // Pagefind indexes the built pages, so it runs once they are all written.
        'astro:build:done': async ({ dir, logger }) => {
          const pages = await indexSite(fileURLToPath(dir));
          logger.info(`search index built from ${pages} pages (notes only are indexed)`);
        },
      },
    },
  ],
  markdown: {
    processor: await markdownProcessor({
      dev,
      diagrams: process.env.DIAGRAMS === 'rehype-mermaid' ? 'rehype-mermaid' : 'inline',
      diagramCacheDir: process.env.MERMAID_CACHE_DIR,
      base,
    }),
    syntaxHighlight: { type: 'shiki', excludeLangs: ['mermaid', 'math'] },
    shikiConfig: {
      themes: { light: 'github-light', dark: 'github-dark' },
      // Both themes become CSS variables; the stylesheet picks one with light-dark().
      defaultColor: false,
    },
  },
});
