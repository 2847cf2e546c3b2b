// The knobs the environment turns, read in one place, so tests and benchmarks
// can build other corpora with the same site and it can be published under a
// sub-path (a GitHub Pages project site). The README's Configuration section
// lists them.
import { createHash } from 'node:crypto';
import { defaultDiagramCacheDir } from './diagrams/cache.ts';

export interface BuildEnvironment {
  /** NOTES_DIR: the folder of notes, relative to the project root. */
  notesDir: string;
  /** BASE_PATH: the sub-path the site is served under, `/` or `/kubecon24/`. */
  base: string;
  /** OUT_DIR: where the built site goes. */
  outDir: string;
  /** SITE_URL: the origin the site is published at; the site config's url when unset. */
  siteUrl: string | undefined;
  /** MERMAID_CACHE_DIR: where rendered diagrams are kept; deleting it makes the next build cold. */
  diagramCacheDir: string;
  /** DIAGRAMS=rehype-mermaid renders with rehype-mermaid instead: the benchmark's baseline, never for readers. */
  diagramRenderer: 'inline' | 'rehype-mermaid';
}

export function buildEnvironment(env: NodeJS.ProcessEnv = process.env): BuildEnvironment {
  return {
    notesDir: env.NOTES_DIR ?? 'content',
    base: env.BASE_PATH ?? '/',
    outDir: env.OUT_DIR ?? './dist',
    siteUrl: env.SITE_URL || undefined,
    diagramCacheDir: env.MERMAID_CACHE_DIR ?? defaultDiagramCacheDir,
    diagramRenderer: env.DIAGRAMS === 'rehype-mermaid' ? 'rehype-mermaid' : 'inline',
  };
}

/**
 * Where each build keeps Astro's cache: one folder per output folder, so
 * builds of different corpora never share a content-layer store.
 */
export function astroCacheDir(outDir: string): string {
  // The readable name alone would merge `dist-test` and `dist_test`; the hash keeps them apart.
  const hash = createHash('sha256').update(outDir).digest('hex').slice(0, 8);
  return `./node_modules/.astro/${outDir.replace(/[^a-z0-9]+/gi, '_')}-${hash}`;
}
