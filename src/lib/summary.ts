// A note's one-paragraph summary for feeds and link previews: its first
// paragraph of prose, parsed with the same Markdown (and MDX) grammar the
// site renders with, as plain text.
import type { Paragraph, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { toString } from 'mdast-util-to-string';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';
import { visit } from 'unist-util-visit';

/** Longer summaries are cut at a word, as previews show about this much. */
const maxLength = 200;

function parse(markdown: string, mdx: boolean): Root {
  return mdx
    ? fromMarkdown(markdown, { extensions: [gfm(), mdxjs()], mdastExtensions: [gfmFromMarkdown(), mdxFromMarkdown()] })
    : fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}

/** A paragraph whose words are all known before the page is built: no MDX expression or JSX in it. */
function isStatic(paragraph: Paragraph): boolean {
  let dynamic = false;
  visit(paragraph, (node) => {
    if (node.type === 'mdxTextExpression' || node.type === 'mdxJsxTextElement') dynamic = true;
  });
  return !dynamic;
}

/**
 * A note's summary: the first top-level paragraph of prose, without inline
 * markup or footnote references, or `fallback` (its day's title) when it has none.
 */
export function noteSummary(note: { body?: string; filePath?: string }, fallback: string): string {
  const tree = parse(note.body ?? '', note.filePath?.endsWith('.mdx') ?? false);
  for (const node of tree.children) {
    if (node.type !== 'paragraph' || !isStatic(node)) continue;
    const text = toString(node, { includeHtml: false }).replace(/\s+/g, ' ').trim();
    if (text !== '') return shorten(text);
  }
  return fallback;
}

function shorten(text: string): string {
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}
