// Runs Markdown through remark and the plugin the way Astro's pipeline does.
import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { DiagramRenderer } from '../../../src/diagrams/browser/renderer.ts';
import { createDiagramCache } from '../../../src/diagrams/cache.ts';
import { createDiagramRendering, rehypeMermaid, type RehypeMermaidOptions } from '../../../src/diagrams/index.ts';
import { fillDiagrams, splicedDiagramsOf } from '../../../src/diagrams/splice.ts';

export const notePath = `${process.cwd()}/content/day2/x.md`;

export interface ProcessOptions extends Pick<RehypeMermaidOptions, 'onError' | 'splice'> {
  cacheDir: string;
  /** The test file's renderer, which outlives the rendering made for this call. */
  renderer: DiagramRenderer;
  timeoutMs?: number;
}

/** One note through a rendering of its own over the shared renderer and cache, as a build renders it. */
export async function processMarkdown(markdown: string, { cacheDir, renderer, timeoutMs, onError, splice }: ProcessOptions): Promise<string> {
  const file = new VFile({ path: notePath, value: markdown });
  // Astro's pipeline starts every note with its front matter here; the splice records its diagrams in it.
  const frontmatter: Record<string, unknown> = {};
  file.data.astro = { frontmatter };
  const rendering = createDiagramRendering({ cacheDir, renderer, timeoutMs, log: () => {} });
  const processor = unified().use(remarkParse).use(remarkRehype).use(rehypeMermaid, { rendering, onError, splice }).use(rehypeStringify);
  try {
    const html = String(await processor.process(file));
    const spliced = splicedDiagramsOf(frontmatter);
    if (splice && !spliced) throw new Error('the plugin left no placeholders to fill');
    // What the page does (collections/markdown-html.ts).
    return spliced ? fillDiagrams(html, spliced, (key) => createDiagramCache(cacheDir).get(key)) : html;
  } finally {
    await rendering.close();
  }
}

export const fence = (source: string) => `\`\`\`mermaid\n${source.replace(/\n?$/, '\n')}\`\`\`\n`;

/** Every id="…" in the HTML. */
export const idsIn = (html: string) => [...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!);

/** A renderer and an empty cache folder for one test file; both go when its tests end. */
export function testRenderer(name: string, concurrency: number): { renderer: DiagramRenderer; cacheDir: string } {
  const renderer = new DiagramRenderer({ concurrency });
  const cacheDir = mkdtempSync(join(tmpdir(), `mermaid-${name}-`));
  after(async () => {
    await renderer.close();
    await rm(cacheDir, { recursive: true, force: true });
  });
  return { renderer, cacheDir };
}
