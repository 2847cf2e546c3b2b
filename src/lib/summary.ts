// A note's one-paragraph summary for feeds and link previews: its first
// paragraph of prose, parsed with the same Markdown (and MDX) grammar the
// site renders with, as plain text.
import type { Paragraph } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { markdownTree } from './markdown-tree.ts';

/** Longer summaries are cut at a word, as previews show about this much. */
const maxLength = 200;

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
  const tree = markdownTree(note.body ?? '', note.filePath?.endsWith('.mdx') ?? false);
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

/** What feeds and link previews say of a note: its `description`, else its `summary`, else its first paragraph. */
export function noteDescription(note: { body?: string; filePath?: string; data: { description?: string; summary?: string } }, fallback: string): string {
  return note.data.description?.trim() || note.data.summary?.trim() || noteSummary(note, fallback);
}
