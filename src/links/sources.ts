// Reads every note straight from its Markdown source, without building the
// site: its front matter, the links it makes, the headings it gives ids to
// (as rehype-slug will) and its diagrams, each with the line it is on, with
// its Hugo shortcodes expanded as the build expands them (so a `ref` is a
// link and a `mermaid` shortcode a diagram); and each section's _index.md.
// The link checker and `npm run check` work from these.
import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import type { z } from 'astro/zod';
import GithubSlugger from 'github-slugger';
import { fromHtml } from 'hast-util-from-html';
import type { Nodes, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import { glob } from 'tinyglobby';
import { visit } from 'unist-util-visit';
import { issueMessages } from '../collections/errors.ts';
import { parseSource } from '../collections/front-matter.ts';
import { type NoteData, noteSchema, type SectionData, sectionSchema } from '../collections/schema.ts';
import { noteFiles, sectionFiles } from '../lib/note-files.ts';
import { noteIdOf, slugOf } from '../lib/sections.ts';
import { markdownTree } from '../lib/markdown-tree.ts';
import { notePath } from '../lib/urls.ts';
import { placeShortcodes } from '../markdown/hugo-shortcode-blocks.ts';
import { expandShortcodes, withoutRawContents } from '../markdown/hugo-shortcode-expansion.ts';
import { codeRanges, hasShortcode, refResolver, shortcodesInMdx } from '../markdown/hugo-shortcodes.ts';
import { sectionRefPage } from './ref-pages.ts';
import type { RefPage } from './refs.ts';

interface Located {
  line: number;
}

interface Source<Data> {
  /** Relative to the project root, as messages name it. */
  file: string;
  /** The collection entry id, as the loader gives it: `day2/11_sidecarless`, `day2/_index`. */
  id: string;
  /** Valid front matter, or undefined when `frontMatterProblems` say why not. */
  data?: Data;
  /** The front matter as written, when it could be read. */
  raw?: Record<string, unknown>;
  frontMatterProblems: { line?: number; message: string }[];
}

export interface NoteSource extends Source<NoteData> {
  /** Its page, `/day2/11_sidecarless/`. */
  path: string;
  links: (Located & { href: string })[];
  headings: Set<string>;
  diagrams: (Located & { source: string })[];
  /** Hugo shortcodes the site cannot render: unknown, unclosed, a `ref` to no note, or any in an .mdx note. */
  shortcodeProblems: (Located & { message: string })[];
  /** Where MDX cannot read an .mdx note's text, and why; nothing else is read from that note. */
  syntaxProblems: (Located & { message: string })[];
  /** Images as written: Markdown's `![alt](src)` and `![alt][ref]`, and HTML's `<img>` (`html`), which the build does not optimize. */
  images: NoteImage[];
}

export interface NoteImage extends Located {
  src: string;
  alt: string;
  /** Written as an HTML `<img>` tag (or JSX, in MDX). */
  html?: boolean;
}

export type SectionSource = Source<SectionData>;

export interface NoteSources {
  notes: NoteSource[];
  /** The sections that have an `_index.md`, the root's included. */
  sections: SectionSource[];
}

/**
 * A heading's text as the built page shows it, which rehype-slug makes its id
 * from: raw HTML tags and image alts are not text there, and a footnote
 * reference is its number. mdast-util-to-string keeps the first two and drops
 * the third, which made the checker reject `#beta-new` for `## Beta <sup>new</sup>`.
 */
function renderedText(node: Nodes, footnoteNumbers: ReadonlyMap<string, number>): string {
  if (node.type === 'footnoteReference') return String(footnoteNumbers.get(node.identifier) ?? '');
  if (node.type === 'html' || node.type === 'mdxTextExpression' || node.type === 'mdxFlowExpression') return '';
  if ('value' in node) return node.value;
  if ('children' in node) return node.children.map((child) => renderedText(child, footnoteNumbers)).join('');
  return '';
}

/** GFM numbers footnotes in the order they are first referred to. */
function footnoteNumbers(tree: Root): Map<string, number> {
  const numbers = new Map<string, number>();
  visit(tree, 'footnoteReference', (node) => {
    if (!numbers.has(node.identifier)) numbers.set(node.identifier, numbers.size + 1);
  });
  return numbers;
}

/** The note's Markdown tree with its Hugo shortcodes expanded as the build expands them (src/markdown/hugo-shortcodes.ts). */
function expandedTree(note: NoteSource, entry: string, markdown: string, pages: readonly RefPage[]): Root {
  if (!hasShortcode(markdown)) return markdownTree(markdown, entry.endsWith('.mdx'));
  if (entry.endsWith('.mdx')) {
    const { markdown: rest, problems } = shortcodesInMdx(markdown);
    note.shortcodeProblems.push(...problems);
    return markdownTree(rest, true);
  }
  const expansion = expandShortcodes(markdown, codeRanges(markdownTree(withoutRawContents(markdown), false)), refResolver({ entry, path: note.path }, () => pages));
  const tree = markdownTree(expansion.markdown, false);
  note.shortcodeProblems.push(...expansion.problems, ...placeShortcodes(tree, expansion.markers));
  return tree;
}

/** The `<img>` tags in a piece of HTML (a Markdown note's), each at its line in the note. */
function htmlImages(html: string, line: number): NoteImage[] {
  if (!/<img\b/i.test(html)) return [];
  const images: NoteImage[] = [];
  visit(fromHtml(html, { fragment: true }), 'element', (img) => {
    const { src, alt } = img.properties;
    if (img.tagName !== 'img' || typeof src !== 'string') return;
    images.push({ src, alt: typeof alt === 'string' ? alt : '', line: line + (img.position?.start.line ?? 1) - 1, html: true });
  });
  return images;
}

/** An MDX note's `<img src="…">` element, which MDX reads as JSX. */
function jsxImage(node: MdxJsxFlowElement | MdxJsxTextElement, line: number): NoteImage[] {
  const attribute = (name: string) => node.attributes.find((attr) => attr.type === 'mdxJsxAttribute' && attr.name === name)?.value;
  const src = attribute('src');
  const alt = attribute('alt');
  return node.name === 'img' && typeof src === 'string' ? [{ src, alt: typeof alt === 'string' ? alt : '', line, html: true }] : [];
}

/** Lists the note's images in the order written; returns the definitions only `![alt][ref]` images use, which are theirs, not links. */
function readImages(note: NoteSource, tree: Root): Set<string> {
  const definitions = new Map<string, string>();
  visit(tree, 'definition', (node) => void (definitions.has(node.identifier) || definitions.set(node.identifier, node.url)));
  const imageDefinitions = new Set<string>();
  const linkDefinitions = new Set<string>();
  visit(tree, (node) => {
    const line = node.position?.start.line ?? 0;
    if (node.type === 'image') note.images.push({ src: node.url, alt: node.alt ?? '', line });
    if (node.type === 'imageReference' && definitions.has(node.identifier)) {
      imageDefinitions.add(node.identifier);
      note.images.push({ src: definitions.get(node.identifier)!, alt: node.alt ?? '', line });
    }
    if (node.type === 'linkReference') linkDefinitions.add(node.identifier);
    if (node.type === 'html') note.images.push(...htmlImages(node.value, line));
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') note.images.push(...jsxImage(node, line));
  });
  return new Set([...imageDefinitions].filter((identifier) => !linkDefinitions.has(identifier)));
}

/** MDX's parse error as the author's problem, with its line; undefined for any other error. */
function mdxSyntaxProblem(error: unknown): (Located & { message: string }) | undefined {
  const { line, column, reason } = error as { line?: unknown; column?: unknown; reason?: unknown };
  if (typeof line !== 'number' || typeof reason !== 'string') return undefined;
  const where = typeof column === 'number' ? ` at column ${column}` : '';
  return { line, message: `MDX cannot read this line${where}: ${reason}; in an .mdx note "{" and "<" start code, so write \\{ or \\< for the characters themselves, or rename the note to .md` };
}

function readBody(note: NoteSource, entry: string, markdown: string, pages: readonly RefPage[]): void {
  const slugger = new GithubSlugger();
  let tree: Root;
  try {
    tree = expandedTree(note, entry, markdown, pages);
  } catch (error) {
    const problem = entry.endsWith('.mdx') ? mdxSyntaxProblem(error) : undefined;
    if (!problem) throw error;
    note.syntaxProblems.push(problem);
    return;
  }
  const footnotes = footnoteNumbers(tree);
  const imagesOnly = readImages(note, tree);
  visit(tree, (node) => {
    const line = node.position?.start.line ?? 0;
    if (node.type === 'link' || (node.type === 'definition' && !imagesOnly.has(node.identifier))) note.links.push({ href: node.url, line });
    if (node.type === 'heading') note.headings.add(slugger.slug(renderedText(node, footnotes)));
    // With its final newline, as the renderer is given it, so render-cache keys match.
    if (node.type === 'code' && node.lang === 'mermaid') note.diagrams.push({ source: `${node.value}\n`, line });
  });
}

/** Fills in `source.data` or its problems; returns the body, or undefined when the front matter cannot be read. */
function readFrontMatter<Data>(source: Source<Data>, code: string, schema: z.ZodType<Data>, mdx = false): string | undefined {
  // The same reading as the build's (front-matter.ts), so both accept and reject the same files.
  const parsed = parseSource(code, mdx ? 'mdx' : 'md');
  if (!parsed.ok) {
    source.frontMatterProblems.push({ line: parsed.line, message: parsed.message });
    return undefined;
  }
  source.raw = parsed.data;
  const result = schema.safeParse(parsed.data, { reportInput: true });
  if (result.success) source.data = result.data;
  else source.frontMatterProblems.push(...issueMessages(result.error).map((message) => ({ message })));
  return parsed.body;
}

/** The note with its front matter read, and its body, read once every note's address is known (for `ref`s). */
async function readNote(notesFolder: string, root: string, entry: string): Promise<{ note: NoteSource; entry: string; body?: string }> {
  const absolute = resolve(notesFolder, entry);
  const note: NoteSource = { file: relative(root, absolute), id: '', path: '', frontMatterProblems: [], links: [], headings: new Set(), diagrams: [], shortcodeProblems: [], syntaxProblems: [], images: [] };
  const body = readFrontMatter(note, await readFile(absolute, 'utf8'), noteSchema, entry.endsWith('.mdx'));
  // As the loader names it: a `slug` replaces the file name, even one the schema rejects.
  note.id = noteIdOf(entry, slugOf(note.raw));
  note.path = notePath(note);
  return { note, entry, body };
}

async function readSection(notesFolder: string, root: string, entry: string): Promise<SectionSource> {
  const absolute = resolve(notesFolder, entry);
  const section: SectionSource = { file: relative(root, absolute), id: noteIdOf(entry), frontMatterProblems: [] };
  readFrontMatter(section, await readFile(absolute, 'utf8'), sectionSchema, entry.endsWith('.mdx'));
  return section;
}

/** Every note and section under `notesDir` (relative to `root`, or absolute), in file order. */
export async function readNoteSources(root: string, notesDir: string): Promise<NoteSources> {
  const notesFolder = resolve(root, notesDir);
  const [noteEntries, sectionEntries] = await Promise.all([glob(noteFiles, { cwd: notesFolder }), glob(sectionFiles, { cwd: notesFolder })]);
  const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const read = await Promise.all(noteEntries.sort(byName).map((entry) => readNote(notesFolder, root, entry)));
  const pages: RefPage[] = [...read.map(({ note, entry }) => ({ entry, path: note.path })), ...sectionEntries.map(sectionRefPage)];
  for (const { note, entry, body } of read) if (body !== undefined) readBody(note, entry, body, pages);
  return {
    notes: read.map(({ note }) => note),
    sections: await Promise.all(sectionEntries.sort(byName).map((entry) => readSection(notesFolder, root, entry))),
  };
}
