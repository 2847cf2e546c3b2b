// Hugo shortcodes in .md notes. The note's Markdown is rewritten before it is
// parsed (hugo-shortcode-expansion.ts), line for line, since a shortcode can
// wrap whole blocks and `highlight` wraps code that must not be read as
// Markdown; its markers become their markup once parsed
// (hugo-shortcode-blocks.ts). Each problem is the note's: file, line, message.
// .mdx notes read `{` as the start of an expression, so shortcodes are not
// theirs: each one stops the note with its line and what to write instead.
import { relative, resolve } from 'node:path';
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
// Types file.data.astro.
import type {} from '@astrojs/markdown-remark';
import { type RefPageList, refPageList, refPagesDigest, refPagesKey } from '../links/ref-pages.ts';
import { type RefPage, resolveRef } from '../links/refs.ts';
import { noteIdOf, slugOf } from '../lib/sections.ts';
import { markdownTree } from '../lib/markdown-tree.ts';
import { NoteInputError } from '../lib/problem.ts';
import { notePath } from '../lib/urls.ts';
import { displayPath, lineInFile } from './file-lines.ts';
import { placeShortcodes } from './hugo-shortcode-blocks.ts';
import { type Expansion, expandShortcodes, mdxShortcodes, withoutRawContents } from './hugo-shortcode-expansion.ts';
import { recordNoteProblem } from './note-problems.ts';

/** Offset ranges of the code spans and fences in a parsed note, where shortcodes stay as written. */
export function codeRanges(tree: Root): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  visit(tree, (node) => {
    const { start, end } = node.position ?? {};
    if ((node.type === 'code' || node.type === 'inlineCode') && start?.offset !== undefined && end?.offset !== undefined) ranges.push({ start: start.offset, end: end.offset });
  });
  return ranges;
}

/** Whether the Markdown holds anything that starts a shortcode. */
export const hasShortcode = (markdown: string) => /\{\{[<%]/.test(markdown);


/**
 * The shortcodes of an .mdx note, as problems, and the note without them
 * (lines kept). Code spans and fences are found with the Markdown grammar:
 * MDX's would stop at the first shortcode.
 */
export function shortcodesInMdx(markdown: string): ReturnType<typeof mdxShortcodes> {
  return mdxShortcodes(markdown, codeRanges(markdownTree(withoutRawContents(markdown), false)));
}

/** Resolves refs from `from` against `pages`, read when the first ref needs them. */
export function refResolver(from: RefPage, pages: () => readonly RefPage[]) {
  let known: readonly RefPage[] | undefined;
  return (ref: string) => resolveRef(ref, from, (known ??= pages()));
}

export interface HugoShortcodesOptions {
  notesDir: string;
  /** The pages refs may name; in `astro dev` the host drops them when the notes change. Without it, the instance reads them once. */
  refPages?: RefPageList;
}

export const remarkHugoShortcodes: Plugin<[HugoShortcodesOptions], Root> = function ({ notesDir, refPages }) {
  const notesFolder = resolve(notesDir);
  const pages = refPages ?? refPageList(notesFolder);
  const expansions = new WeakMap<VFile, Expansion>();
  const parse = this.parser!;
  this.parser = (markdown, file) => {
    if (!hasShortcode(markdown)) return parse(markdown, file);
    if (file.path?.endsWith('.mdx')) {
      // MDX would stop at the first one with a parse error that names no note.
      const problems = shortcodesInMdx(markdown).problems.map(({ line, message }) => ({ file: displayPath(file), line: lineInFile(file, line), message }));
      if (problems.length > 0) throw NoteInputError.of(problems);
      return parse(markdown, file);
    }
    const parseRoot = (text: string) => parse(text, file) as Root;
    const entry = file.path ? relative(notesFolder, file.path).replaceAll('\\', '/') : '';
    const path = notePath({ id: noteIdOf(entry, slugOf(file.data.astro?.frontmatter)) });
    const resolvedAgainst = () => {
      const list = pages.pages();
      // Kept with the render, so the content loader knows to render the note again when the pages change.
      if (file.data.astro?.frontmatter) file.data.astro.frontmatter[refPagesKey] = refPagesDigest(list);
      return list;
    };
    const expansion = expandShortcodes(markdown, codeRanges(parseRoot(withoutRawContents(markdown))), refResolver({ entry, path }, resolvedAgainst));
    expansions.set(file, expansion);
    return parseRoot(expansion.markdown);
  };
  return (tree: Root, file: VFile): void => {
    const expansion = expansions.get(file);
    if (!expansion) return;
    const problems = [...expansion.problems, ...placeShortcodes(tree, expansion.markers)];
    for (const { line, message } of problems.sort((a, b) => a.line - b.line)) {
      recordNoteProblem(file, { file: displayPath(file), line: lineInFile(file, line), message });
    }
    let videos = 0;
    visit(tree, (node) => {
      if (node.data?.hProperties?.dataVideoEmbed) videos++;
    });
    // The page loads the facade's script only when there is a video (NoteView.astro).
    if (videos > 0 && file.data.astro?.frontmatter) file.data.astro.frontmatter.videoCount = videos;
  };
};
