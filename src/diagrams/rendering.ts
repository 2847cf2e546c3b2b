// From a diagram's mermaid source to its finished SVG: from the disk cache
// when it holds the diagram, else from the browser, then cached. One
// rendering serves a whole build (every note, .md and .mdx alike) or one
// `npm run check`, so both fill the same cache and each diagram is rendered
// once; it owns its browser and closes it in close().
import { mermaidConfig } from './browser/config.ts';
import { diagramFontFamily, fontVersion } from './browser/font.ts';
import { mermaidVersion } from './browser/mermaid-script.ts';
import { DiagramRenderer } from './browser/renderer.ts';
import { type CachedDiagram, cacheKey, createDiagramCache } from './cache.ts';
import { createProgress, type Progress } from './progress.ts';
import { finishSvg } from './svg/finish.ts';

// Bump when the post-processing changes, so old cache entries are not reused.
const outputFormat = 17;

/** Everything but the source that decides a diagram's output. */
export const diagramOutputVersion = cacheKey({ mermaidVersion, mermaidConfig, font: [diagramFontFamily, fontVersion], outputFormat });

/** A diagram's key in the render cache: its source (with the final newline it arrives with) and the output version. */
export function diagramCacheKey(source: string): string {
  return cacheKey({ source, outputVersion: diagramOutputVersion });
}

/** mermaid's own verdict on a diagram, kept apart so a message can name the note's line. */
export class DiagramRejected extends Error {
  readonly kind: 'parse' | 'render';
  readonly mermaidMessage: string;

  constructor(kind: 'parse' | 'render', mermaidMessage: string) {
    super(`mermaid could not ${kind} this diagram: ${mermaidMessage}`);
    this.kind = kind;
    this.mermaidMessage = mermaidMessage;
  }
}

export interface RenderedDiagram {
  key: string;
  entry: CachedDiagram;
  /** False when it came from the cache, or from a render another note started. */
  rendered: boolean;
}

export interface RenderingOptions {
  cacheDir: string;
  /** Browser pages rendering at once. Default 2. */
  concurrency?: number;
  /** Per diagram. Default 30000. */
  timeoutMs?: number;
  /** A renderer of the caller's, which the caller closes; by default the rendering makes and closes its own. */
  renderer?: DiagramRenderer;
  log?: (line: string) => void;
}

export interface DiagramRendering {
  /** Rejects with DiagramRejected, RenderTimeoutError or the Chromium help. */
  renderDiagram(source: string): Promise<RenderedDiagram>;
  /**
   * Told the diagrams the notes hold before the Markdown is rendered: when the
   * cache lacks any, the browser starts now, while the rest of the build
   * starts too, instead of at the first diagram.
   */
  prepare(sources: readonly string[]): void;
  readonly timeoutMs: number;
  readonly progress: Progress;
  /** Closes the browser, if one was launched, and logs the summary. */
  close(): Promise<void>;
}

export function createDiagramRendering({ cacheDir, concurrency = 2, timeoutMs = 30_000, renderer, log }: RenderingOptions): DiagramRendering {
  const cache = createDiagramCache(cacheDir);
  let owned: DiagramRenderer | undefined;
  const browser = () => renderer ?? (owned ??= new DiagramRenderer({ concurrency }));
  // Renders under way, by cache key: the same diagram in two notes renders once.
  const inFlight = new Map<string, Promise<RenderedDiagram>>();
  const progress = createProgress(log);

  async function cachedOrRendered(source: string, key: string): Promise<RenderedDiagram> {
    const hit = cache.get(key);
    if (hit) return { key, entry: hit, rendered: false };
    const result = await browser().render(source, timeoutMs);
    if (!result.ok) throw new DiagramRejected(result.kind, result.message);
    const entry = finishSvg(result);
    await cache.set(key, entry);
    return { key, entry, rendered: true };
  }

  return {
    async renderDiagram(source) {
      const key = diagramCacheKey(source);
      const pending = inFlight.get(key);
      if (pending) return { ...(await pending), rendered: false };
      const started = cachedOrRendered(source, key).finally(() => inFlight.delete(key));
      inFlight.set(key, started);
      return started;
    },
    prepare(sources) {
      if (sources.some((source) => !cache.has(diagramCacheKey(source)))) void browser().warmUp();
    },
    timeoutMs,
    progress,
    async close() {
      const closing = owned;
      owned = undefined;
      await closing?.close();
      progress.summarize();
    },
  };
}
