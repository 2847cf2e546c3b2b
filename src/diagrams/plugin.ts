// The rehype plugin: finds ```mermaid fences, renders each through a diagram
// rendering (cache first), and swaps the <pre> for the diagram's figure.
import type { Element, Parents, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
// Types file.data.astro, which carries the note's front matter back to its page.
import type {} from '@astrojs/markdown-remark';
import { formatProblem, NoteInputError, type Problem } from '../lib/problem.ts';
import { displayPath, lineInFile } from '../markdown/file-lines.ts';
import { defaultDiagramCacheDir } from './cache.ts';
import { diagramProblem } from './diagram-error.ts';
import { createDiagramRendering, type DiagramRendering, type RenderedDiagram } from './rendering.ts';
import { diagramPlaceholder, type SplicedDiagrams, startSplice } from './splice.ts';
import { diagramErrorBox, diagramFigure } from './svg/figure.ts';
import { placeSvgElement } from './svg/finish.ts';

export interface RehypeMermaidOptions {
  /**
   * The rendering this instance uses; the host owns it and closes it. Without
   * one, the instance makes its own on its first diagram (its browser closes
   * when idle), caching in `cacheDir`.
   */
  rendering?: DiagramRendering;
  cacheDir?: string;
  /**
   * Receives each diagram that fails as a problem (`file:line: message`), and
   * the diagram becomes an error box. Without it the file fails, with that message.
   */
  onError?: (problem: Problem, file: VFile) => void;
  /**
   * True: each SVG is a placeholder, listed in the render's front matter, that
   * the page fills from the cache (.md notes, see splice.ts). Otherwise hast
   * (for MDX, which compiles the tree to JavaScript).
   */
  splice?: boolean;
  /**
   * Not read here. Pass `diagramOutputVersion`: Astro reuses a note's rendered
   * HTML until its Astro config changes, and plugin options are part of that
   * config, so this makes a change in the diagrams' output re-render the notes.
   */
  outputVersion?: string;
}

interface Fence {
  // In .mdx notes a fence can sit inside a JSX element, too.
  parent: Parents;
  index: number;
  source: string;
  line: number | undefined;
}

function mermaidFences(tree: Root): Fence[] {
  const fences: Fence[] = [];
  visit(tree, 'element', (node, index, parent) => {
    const code = node.tagName === 'pre' && node.children.find((child): child is Element => child.type === 'element' && child.tagName === 'code');
    const classes = code ? code.properties.className : undefined;
    if (!code || !parent || index === undefined || !Array.isArray(classes) || !classes.includes('language-mermaid')) return undefined;
    fences.push({ parent, index, source: toString(code), line: node.position?.start.line });
    return SKIP;
  });
  return fences;
}

export function rehypeMermaid(options: RehypeMermaidOptions = {}) {
  let own: DiagramRendering | undefined;
  const rendering = () => options.rendering ?? (own ??= createDiagramRendering({ cacheDir: options.cacheDir ?? defaultDiagramCacheDir }));

  return async (tree: Root, file: VFile): Promise<void> => {
    const fences = mermaidFences(tree);
    if (fences.length === 0) return;
    // The page reads this back (render()'s remarkPluginFrontmatter) and loads the diagram dialog only when there are diagrams.
    const frontmatter = file.data.astro?.frontmatter;
    if (frontmatter) frontmatter.diagramCount = fences.length;
    const spliced = options.splice && frontmatter ? startSplice(frontmatter) : undefined;
    const { progress, timeoutMs } = rendering();
    progress.start();
    const outcomes = await Promise.allSettled(fences.map(({ source }) => rendering().renderDiagram(source)));
    const path = displayPath(file);
    const occurrences = new Map<string, number>();
    const problems: Problem[] = [];
    outcomes.forEach((outcome, i) => {
      const fence = fences[i]!;
      const shown = fence.source.replace(/\n$/, '');
      if (outcome.status === 'fulfilled') {
        fence.parent.children[fence.index] = placedFigure(outcome.value, occurrences, shown, spliced);
        progress.count(outcome.value.rendered ? 'rendered' : 'cached');
        return;
      }
      progress.count('failed');
      const problem = diagramProblem(outcome.reason, { file: path, fenceLine: lineInFile(file, fence.line), source: fence.source }, timeoutMs);
      if (!problem) throw outcome.reason;
      problems.push(problem);
      fence.parent.children[fence.index] = diagramErrorBox(formatProblem(problem), shown);
    });
    progress.file(path, outcomes.filter((outcome) => outcome.status === 'fulfilled' && outcome.value.rendered).length, fences.length);
    if (problems.length > 0 && !options.onError) throw NoteInputError.of(problems);
    for (const problem of problems) options.onError?.(problem, file);
  };
}

/** The figure for one occurrence of a diagram; ids stay unique on the page even when the same diagram appears twice. */
function placedFigure({ key, entry }: RenderedDiagram, occurrences: Map<string, number>, source: string, spliced: SplicedDiagrams | undefined): Element {
  const seen = occurrences.get(key) ?? 0;
  occurrences.set(key, seen + 1);
  const prefix = `m${key.slice(0, 8)}-${seen}`;
  const svg = spliced ? diagramPlaceholder(spliced, { key, prefix }) : placeSvgElement(entry, prefix);
  return diagramFigure({ svg, name: entry.name, labels: entry.labels, minWidth: entry.minWidth }, source);
}
