// The build-time Markdown pipeline shared by .md and .mdx notes.
import { resolve } from 'node:path';
import { type RehypePlugins, unified } from '@astrojs/markdown-remark';
import type { Element } from 'hast';
import { toString } from 'hast-util-to-string';
import { s } from 'hastscript';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeExternalLinks from 'rehype-external-links';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import { chromiumLaunchOptions, findChromium } from '../diagrams/browser/chromium.ts';
import { type DiagramRendering, diagramOutputVersion, rehypeMermaid, type RehypeMermaidOptions } from '../diagrams/index.ts';
import type { RefPageList } from '../links/ref-pages.ts';
import type { Problem } from '../lib/problem.ts';
import { rehypeBaseLinks } from './base-links.ts';
import { remarkGithubAlerts } from './github-alerts.ts';
import { type HugoShortcodesOptions, remarkHugoShortcodes } from './hugo-shortcodes.ts';
import { recordNoteProblem } from './note-problems.ts';
import type { PhotoKeys } from './photo-keys.ts';
import { rehypePhotos, type RehypePhotosOptions } from './photos.ts';
import { rehypeTaskListLabels } from './task-list-labels.ts';

// The self-link holds no text, only an icon and a label, because Astro
// collects each heading's text content for the table of contents.
const linkIcon = s('svg', { viewBox: '0 0 16 16', width: 16, height: 16, ariaHidden: 'true' }, [
  s('path', {
    fill: 'currentColor',
    d: 'M7.8 3.3 9 2.1a3.5 3.5 0 0 1 5 5l-2.4 2.4a3.5 3.5 0 0 1-5 0l-.3-.4 1-1 .4.4a2 2 0 0 0 2.8 0L12.9 6a2 2 0 0 0-2.8-2.8L8.9 4.4zm.4 9.4L7 13.9a3.5 3.5 0 0 1-5-5l2.4-2.4a3.5 3.5 0 0 1 5 0l.3.4-1 1-.4-.4a2 2 0 0 0-2.8 0L3.1 10a2 2 0 0 0 2.8 2.8l1.2-1.2z',
  }),
]);

/** The build's diagram rendering and where the problems of diagrams that fail go. */
export interface DiagramHost {
  rendering: DiagramRendering;
  onError: (problem: Problem) => void;
}

export interface PipelineOptions {
  /** The sub-path the site is served under, for links written from the site root. */
  base: string;
  /** The notes folder, where Hugo's `ref` shortcodes find the notes they name. */
  notesDir: string;
  /** The pages `ref`s name, when the host keeps them up to date (`astro dev`); otherwise read once. */
  refPages?: RefPageList;
  /** `rehype-mermaid` is the benchmark's baseline only; readers always get ours. */
  diagrams: DiagramHost | 'rehype-mermaid';
  /** The folder root-absolute images are served from, absolute. */
  publicDir: string;
  /** Shared with the photo files step (src/integrations/photo-files.ts), which reads each photo once. */
  photoKeys: PhotoKeys;
}

type DiagramPlugin = [typeof rehypeMermaid, RehypeMermaidOptions];

function diagramPlugin({ rendering, onError }: DiagramHost): DiagramPlugin {
  const options: RehypeMermaidOptions = {
    rendering,
    // The loader that rendered the note reads it back; the host hears of it too (.mdx notes compile outside the loader).
    onError: (problem, file) => {
      recordNoteProblem(file, problem);
      onError(problem);
    },
    outputVersion: diagramOutputVersion,
  };
  return [rehypeMermaid, options];
}

async function rehypeMermaidBaseline(): Promise<RehypePlugins[number]> {
  const { default: baseline } = await import('rehype-mermaid');
  return [baseline, { strategy: 'inline-svg', launchOptions: chromiumLaunchOptions(findChromium() ?? 'chromium') }];
}

type UnifiedProcessor = ReturnType<typeof unified>;

/**
 * Astro's unified processor, except that a .md note's diagrams are
 * placeholders its page fills (diagrams/splice.ts) rather than hast. .mdx
 * notes, which compile the tree, keep the hast.
 */
function withSplicedDiagrams(processor: UnifiedProcessor, diagrams: DiagramPlugin): UnifiedProcessor {
  return {
    ...processor,
    createRenderer(shared) {
      // Read when the renderer is made, as unified's own does, so plugins integrations added are kept.
      const rehypePlugins = processor.options.rehypePlugins.map((plugin) => (plugin === diagrams ? ([rehypeMermaid, { ...diagrams[1], splice: true }] satisfies DiagramPlugin) : plugin));
      return unified({ ...processor.options, rehypePlugins }).createRenderer(shared);
    },
  };
}

export async function markdownProcessor(options: PipelineOptions): Promise<UnifiedProcessor> {
  const diagrams = options.diagrams === 'rehype-mermaid' ? undefined : diagramPlugin(options.diagrams);
  const processor = unified({
    // remark-gfm is listed explicitly so its version is ours, not the processor's.
    gfm: false,
    // SmartyPants would rewrite the authors' quotes and dashes; notes keep their exact words.
    smartypants: false,
    remarkPlugins: [remarkGfm, [remarkHugoShortcodes, { notesDir: options.notesDir, refPages: options.refPages } satisfies HugoShortcodesOptions], remarkGithubAlerts],
    rehypePlugins: [
      rehypeSlug,
      // Links that leave the site must not hand it `window.opener`.
      [rehypeExternalLinks, { rel: ['noopener'] }],
      // Before the base is added to root-absolute images, which are read from the public folder as written.
      [
        rehypePhotos,
        {
          publicDir: options.publicDir,
          notesDir: resolve(options.notesDir),
          base: options.base,
          keys: options.photoKeys,
          onError: (problem, file) => recordNoteProblem(file, problem),
        } satisfies RehypePhotosOptions,
      ],
      [rehypeBaseLinks, { base: options.base }],
      rehypeTaskListLabels,
      [
        rehypeAutolinkHeadings,
        {
          behavior: 'append',
          properties: (heading: Element) => ({ className: ['heading-anchor'], ariaLabel: `Link to section: ${toString(heading)}` }),
          content: linkIcon,
        },
      ],
      diagrams ?? (await rehypeMermaidBaseline()),
    ],
  });
  return diagrams ? withSplicedDiagrams(processor, diagrams) : processor;
}
