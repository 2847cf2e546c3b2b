// A note's Markdown as a syntax tree, parsed with the grammar the site renders
// with (GitHub-flavoured Markdown, plus MDX for .mdx notes), for the work that
// reads notes without building them: summaries and `npm run check`.
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';

export function markdownTree(markdown: string, mdx: boolean): Root {
  return mdx
    ? fromMarkdown(markdown, { extensions: [gfm(), mdxjs()], mdastExtensions: [gfmFromMarkdown(), mdxFromMarkdown()] })
    : fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}
