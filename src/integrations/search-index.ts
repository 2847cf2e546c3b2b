// Pagefind indexes the built pages, so the index is written once they all are.
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { indexSite } from '../search/index-site.ts';

export function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const pagesRead = await indexSite(fileURLToPath(dir));
        logger.info(`search index written: ${pagesRead} pages read, only note articles indexed`);
      },
    },
  };
}
