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
import { createDiagramRenderer, type DiagramRenderer } from '../../../../src/markdown/mermaid/browser.ts';
import { type RehypeMermaidOptions, rehypeMermaid } from '../../../../src/markdown/mermaid/index.ts';

export const notePath = `${process.cwd()}/content/day2/x.md`;

export async function processMarkdown(markdown: string, options: RehypeMermaidOptions): Promise<string> {
  const file = new VFile({ path: notePath, value: markdown });
  return String(await unified().use(remarkParse).use(remarkRehype).use(rehypeMermaid, options).use(rehypeStringify).process(file));
}

export const fence = (source: string) => `\`\`\`mermaid\n${source.replace(/\n?$/, '\n')}\`\`\`\n`;

/** Every id="…" in the HTML. */
export const idsIn = (html: string) => [...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!);

/** A renderer and an empty cache folder for one test file; both go when its tests end. */
export function testRenderer(name: string, concurrency: number): { renderer: DiagramRenderer; cacheDir: string } {
  const renderer = createDiagramRenderer({ concurrency });
  const cacheDir = mkdtempSync(join(tmpdir(), `mermaid-${name}-`));
  after(async () => {
    await renderer.close();
    await rm(cacheDir, { recursive: true, force: true });
  });
  return { renderer, cacheDir };
}
