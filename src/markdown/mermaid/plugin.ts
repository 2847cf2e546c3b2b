// The rehype plugin: finds ```mermaid fences, renders each (cache first),
// and swaps the <pre> for the diagram's figure.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Element, Parents, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
// Types file.data.astro, which carries the note's front matter back to its page.
import type {} from '@astrojs/markdown-remark';
import { CHROMIUM_HELP } from '../../../tools/chromium.ts';
import { reportNoteFailure } from '../failures.ts';
import { createDiagramRenderer, type DiagramRenderer, RenderTimeoutError } from './browser.ts';
import { type CachedDiagram, cacheKey, createDiagramCache } from './cache.ts';
import { mermaidConfig } from './config.ts';
import { diagramError } from './diagram-error.ts';
import { diagramErrorBox, diagramFigure } from './figure.ts';
import { diagramFontFamily, fontVersion } from './font.ts';
import { mermaidVersion } from './mermaid-script.ts';
import { createProgress } from './progress.ts';
import { placeSvg, finishSvg } from './svg.ts';

export interface RehypeMermaidOptions {
  /**
   * 'throw' rejects the file; 'inline' shows an error box in place of the
   * diagram (handy in `astro dev`); 'report' shows the box and reports the
   * failure for the build to fail with (see ../failures.ts).
   */
  errorMode?: 'throw' | 'inline' | 'report';
  /** Default: node_modules/.cache/mermaid-svg under the working directory. */
  cacheDir?: string;
  /** Browser pages rendering at once. Default 2. */
  concurrency?: number;
  /** Per diagram. Default 30000. */
  timeoutMs?: number;
  /** Tests only: a renderer of their own instead of the shared browser. */
  renderer?: DiagramRenderer;
  /**
   * Not read here. Pass `diagramOutputVersion`: Astro reuses a note's rendered
   * HTML until its Astro config changes, and plugin options are part of that
   * config, so this makes a change in the diagrams' output re-render the notes.
   */
  outputVersion?: string;
}

// Bump when the post-processing changes, so old cache entries are not reused.
const outputFormat = 6;

/** Everything but the source that decides a diagram's output. */
export const diagramOutputVersion = cacheKey({ mermaidVersion, mermaidConfig, font: [diagramFontFamily, fontVersion], outputFormat });

/** Where rendered diagrams are kept unless `cacheDir` says otherwise; deleting it makes the next build cold. */
export const defaultDiagramCacheDir = 'node_modules/.cache/mermaid-svg';

/** A diagram's key in the render cache: its source (with the final newline it arrives with) and the output version. */
export function diagramCacheKey(source: string): string {
  return cacheKey({ source, outputVersion: diagramOutputVersion });
}

let shared: DiagramRenderer | undefined;
// Renders under way, by cache key: the same diagram twice renders once.
const inFlight = new Map<string, Promise<{ entry: CachedDiagram; rendered: boolean }>>();
const progress = createProgress();
process.once('beforeExit', () => progress.summarize());

/** Closes the shared browser, if one was launched, and logs the summary. */
export async function closeMermaidRenderer(): Promise<void> {
  const closing = shared;
  shared = undefined;
  await closing?.close();
  progress.summarize();
}

interface Fence {
  // In .mdx notes a fence can sit inside a JSX element, too.
  parent: Parents;
  index: number;
  source: string;
  line: number | undefined;
}

// Astro's content loader hands the processor the body without its front
// matter, so positions count from the body; the author needs the file's line.
function lineInFile(file: VFile, line: number | undefined): number | string {
  if (line === undefined) return '?';
  try {
    const text = readFileSync(file.path, 'utf8');
    const start = text.indexOf(String(file.value));
    return start < 0 ? line : line + text.slice(0, start).split('\n').length - 1;
  } catch {
    return line;
  }
}

/** mermaid's own verdict on a diagram, kept apart so the message can name the note's line. */
class DiagramRejected extends Error {
  readonly kind: 'parse' | 'render';
  readonly mermaidMessage: string;
  readonly source: string;

  constructor(kind: 'parse' | 'render', mermaidMessage: string, source: string) {
    super(`mermaid could not ${kind} this diagram: ${mermaidMessage}`);
    this.kind = kind;
    this.mermaidMessage = mermaidMessage;
    this.source = source;
  }
}

/** An error for the note's author: one line of location, then mermaid's words. No stack. */
function authorError(message: string): Error {
  const error = new Error(message);
  error.stack = `Error: ${message}`;
  return error;
}

export function rehypeMermaid(options: RehypeMermaidOptions = {}) {
  const { errorMode = 'throw', concurrency = 2, timeoutMs = 30_000 } = options;
  const cache = createDiagramCache(options.cacheDir ?? defaultDiagramCacheDir);
  const renderer = () => options.renderer ?? (shared ??= createDiagramRenderer({ concurrency }));

  function diagram(source: string, key: string): Promise<{ entry: CachedDiagram; rendered: boolean }> {
    const pending = inFlight.get(key);
    if (pending) return pending.then(({ entry }) => ({ entry, rendered: false }));
    const started = cachedOrRendered(source, key).finally(() => inFlight.delete(key));
    inFlight.set(key, started);
    return started;
  }

  async function cachedOrRendered(source: string, key: string): Promise<{ entry: CachedDiagram; rendered: boolean }> {
    const hit = await cache.get(key);
    if (hit) return { entry: hit, rendered: false };
    const result = await renderer().render(source, timeoutMs);
    if (!result.ok) throw new DiagramRejected(result.kind, result.message, source);
    const entry = finishSvg(result.svg, result.diagramType);
    await cache.set(key, entry);
    return { entry, rendered: true };
  }

  return async (tree: Root, file: VFile): Promise<void> => {
    const fences: Fence[] = [];
    visit(tree, 'element', (node, index, parent) => {
      const code = node.tagName === 'pre' && node.children.find((child): child is Element => child.type === 'element' && child.tagName === 'code');
      const classes = code ? code.properties.className : undefined;
      if (!code || !parent || index === undefined || !Array.isArray(classes) || !classes.includes('language-mermaid')) return undefined;
      fences.push({ parent, index, source: toString(code), line: node.position?.start.line });
      return SKIP;
    });
    if (fences.length === 0) return;
    // The page reads this back (render()'s remarkPluginFrontmatter) and loads the diagram dialog only when there are diagrams.
    if (file.data.astro?.frontmatter) file.data.astro.frontmatter.diagramCount = fences.length;
    progress.start();

    const path = file.path ? relative(process.cwd(), file.path) : 'unknown file';
    const occurrences = new Map<string, number>();
    const outcomes = await Promise.allSettled(
      fences.map(async ({ source }) => {
        const key = diagramCacheKey(source);
        const { entry, rendered } = await diagram(source, key);
        return { entry, rendered, key };
      }),
    );

    let renderedHere = 0;
    const errors: Error[] = [];
    outcomes.forEach((outcome, i) => {
      const { parent, index, source, line } = fences[i]!;
      const shown = source.replace(/\n$/, '');
      if (outcome.status === 'fulfilled') {
        const { entry, rendered, key } = outcome.value;
        progress.count(rendered ? 'rendered' : 'cached');
        if (rendered) renderedHere++;
        // Unique on the page even when the same diagram appears twice.
        const seen = occurrences.get(key) ?? 0;
        occurrences.set(key, seen + 1);
        parent.children[index] = diagramFigure(placeSvg(entry, `m${key.slice(0, 8)}-${seen}`), shown);
        return;
      }
      progress.count('failed');
      const reason = outcome.reason as Error;
      if (reason.message === CHROMIUM_HELP) throw reason;
      const fenceLine = lineInFile(file, line);
      const failure =
        reason instanceof DiagramRejected && typeof fenceLine === 'number'
          ? diagramError(reason.kind, reason.mermaidMessage, fenceLine, reason.source)
          : { line: fenceLine, message: reason instanceof RenderTimeoutError ? `mermaid did not finish this diagram within ${timeoutMs} ms` : reason.message };
      const message = `${path}:${failure.line}: ${failure.message}`;
      if (errorMode === 'throw') errors.push(authorError(message));
      else {
        if (errorMode === 'report') reportNoteFailure(message);
        else console.error(`[mermaid] ${message}`);
        parent.children[index] = diagramErrorBox(message, shown);
      }
    });
    progress.file(path, renderedHere, fences.length);
    if (errors.length > 0) throw errors.length === 1 ? errors[0]! : authorError(errors.map((error) => error.message).join('\n'));
  };
}
