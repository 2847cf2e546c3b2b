// Runs Markdown through remark and the plugin the way Astro's pipeline does.
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { type RehypeMermaidOptions, rehypeMermaid } from '../../../../src/markdown/mermaid/index.ts';

export const notePath = `${process.cwd()}/content/day2/x.md`;

export async function processMarkdown(markdown: string, options: RehypeMermaidOptions): Promise<string> {
  const file = new VFile({ path: notePath, value: markdown });
  return String(await unified().use(remarkParse).use(remarkRehype).use(rehypeMermaid, options).use(rehypeStringify).process(file));
}

export const fence = (source: string) => `\`\`\`mermaid\n${source.replace(/\n?$/, '\n')}\`\`\`\n`;

/** Every id="…" in the HTML. */
export const idsIn = (html: string) => [...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!);
