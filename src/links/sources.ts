// Reads every note straight from its Markdown source, without building the
// site: its front matter, the links it makes, the headings it gives ids to
// (as rehype-slug will) and its diagrams, each with the line it is on; and
// each section's _index.md. The link checker and `npm run check` work from these.
import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import type { z } from 'astro/zod';
import GithubSlugger from 'github-slugger';
import type { Nodes, Root } from 'mdast';
import { glob } from 'tinyglobby';
import { visit } from 'unist-util-visit';
import { issueMessages } from '../collections/errors.ts';
import { parseSource } from '../collections/front-matter.ts';
import { type NoteData, noteSchema, type SectionData, sectionSchema } from '../collections/schema.ts';
import { noteFiles, sectionFiles } from '../lib/note-files.ts';
import { noteIdOf, slugOf } from '../lib/sections.ts';
import { markdownTree } from '../lib/markdown-tree.ts';
import { notePath } from '../lib/urls.ts';

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
  /** Markdown images, `![alt](src)`, as written. */
  images: (Located & { src: string; alt: string })[];
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

function readBody(note: NoteSource, markdown: string, mdx: boolean): void {
  const slugger = new GithubSlugger();
  const tree = markdownTree(markdown, mdx);
  const footnotes = footnoteNumbers(tree);
  visit(tree, (node) => {
    const line = node.position?.start.line ?? 0;
    if (node.type === 'link' || node.type === 'definition') note.links.push({ href: node.url, line });
    if (node.type === 'heading') note.headings.add(slugger.slug(renderedText(node, footnotes)));
    // With its final newline, as the renderer is given it, so render-cache keys match.
    if (node.type === 'code' && node.lang === 'mermaid') note.diagrams.push({ source: `${node.value}\n`, line });
    if (node.type === 'image') note.images.push({ src: node.url, alt: node.alt ?? '', line });
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

async function readNote(notesFolder: string, root: string, entry: string): Promise<NoteSource> {
  const absolute = resolve(notesFolder, entry);
  const note: NoteSource = { file: relative(root, absolute), id: '', path: '', frontMatterProblems: [], links: [], headings: new Set(), diagrams: [], images: [] };
  const body = readFrontMatter(note, await readFile(absolute, 'utf8'), noteSchema, entry.endsWith('.mdx'));
  // As the loader names it: a `slug` replaces the file name, even one the schema rejects.
  note.id = noteIdOf(entry, slugOf(note.raw));
  note.path = notePath(note);
  if (body !== undefined) readBody(note, body, entry.endsWith('.mdx'));
  return note;
}

async function readSection(notesFolder: string, root: string, entry: string): Promise<SectionSource> {
  const absolute = resolve(notesFolder, entry);
  const section: SectionSource = { file: relative(root, absolute), id: noteIdOf(entry), frontMatterProblems: [] };
  readFrontMatter(section, await readFile(absolute, 'utf8'), sectionSchema);
  return section;
}

/** Every note and section under `notesDir` (relative to `root`, or absolute), in file order. */
export async function readNoteSources(root: string, notesDir: string): Promise<NoteSources> {
  const notesFolder = resolve(root, notesDir);
  const [noteEntries, sectionEntries] = await Promise.all([glob(noteFiles, { cwd: notesFolder }), glob(sectionFiles, { cwd: notesFolder })]);
  const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return {
    notes: await Promise.all(noteEntries.sort(byName).map((entry) => readNote(notesFolder, root, entry))),
    sections: await Promise.all(sectionEntries.sort(byName).map((entry) => readSection(notesFolder, root, entry))),
  };
}
