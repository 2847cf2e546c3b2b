// Reads every note straight from its Markdown source, without building the
// site: its front matter, the links it makes, the headings it gives ids to
// (as rehype-slug will) and its diagrams, each with the line it is on; and
// each day's _index.md. The link checker and `npm run check` work from these.
import { readdir, readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { z } from 'astro/zod';
import GithubSlugger from 'github-slugger';
import type { Nodes, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { issueMessages } from '../collections/errors.ts';
import { type DayData, daySchema, type NoteData, noteSchema } from '../collections/schema.ts';
import { noteIdOf } from '../lib/days.ts';
import { markdownTree } from '../lib/markdown-tree.ts';
import { notePath } from '../lib/urls.ts';

interface Located {
  line: number;
}

interface Source<Data> {
  /** Relative to the project root, as messages name it. */
  file: string;
  /** The collection entry id: `day2/11_sidecarless`, `day2/_index`. */
  id: string;
  /** Valid front matter, or undefined when `frontMatterProblems` say why not. */
  data?: Data;
  frontMatterProblems: { line?: number; message: string }[];
}

export interface NoteSource extends Source<NoteData> {
  /** Its page, `/day2/11_sidecarless/`. */
  path: string;
  links: (Located & { href: string })[];
  headings: Set<string>;
  diagrams: (Located & { source: string })[];
}

export type DaySource = Source<DayData>;

export interface NoteSources {
  notes: NoteSource[];
  /** The days that have an `_index.md`. */
  days: DaySource[];
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
  });
}

/** Fills in `source.data` or its problems; returns the body, or undefined when the front matter is not YAML. */
function readFrontMatter<Data>(source: Source<Data>, code: string, schema: z.ZodType<Data>): string | undefined {
  let parsed;
  try {
    // Blank lines where the front matter was keep body lines equal to file lines.
    parsed = parseFrontmatter(code, { frontmatter: 'empty-with-lines' });
  } catch (error) {
    const mark = (error as { mark?: { line: number } }).mark;
    const reason = (error as Error).message.split('\n')[0];
    // js-yaml notices an unclosed list or a missing comma on the line after
    // it; its 0-based line, counted from the opening `---`, is the culprit's
    // line in the file, as in Astro's own message.
    source.frontMatterProblems.push({ line: mark?.line, message: `the front matter is not valid YAML: ${reason}` });
    return undefined;
  }
  const result = schema.safeParse(parsed.frontmatter, { reportInput: true });
  if (result.success) source.data = result.data;
  else source.frontMatterProblems.push(...issueMessages(result.error).map((message) => ({ message })));
  return parsed.content;
}

async function readNote(root: string, notesDir: string, entry: string): Promise<NoteSource> {
  const absolute = resolve(root, notesDir, entry);
  const id = noteIdOf(entry);
  const note: NoteSource = { file: relative(root, absolute), id, path: notePath({ id }), frontMatterProblems: [], links: [], headings: new Set(), diagrams: [] };
  const body = readFrontMatter(note, await readFile(absolute, 'utf8'), noteSchema);
  if (body !== undefined) readBody(note, body, entry.endsWith('.mdx'));
  return note;
}

async function readDay(root: string, notesDir: string, entry: string): Promise<DaySource> {
  const absolute = resolve(root, notesDir, entry);
  const day: DaySource = { file: relative(root, absolute), id: noteIdOf(entry), frontMatterProblems: [] };
  readFrontMatter(day, await readFile(absolute, 'utf8'), daySchema);
  return day;
}

/** Every note and day under `notesDir` (relative to `root`, or absolute), in file order. */
export async function readNoteSources(root: string, notesDir: string): Promise<NoteSources> {
  const folders = (await readdir(resolve(root, notesDir), { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
  const sources: NoteSources = { notes: [], days: [] };
  for (const folder of folders) {
    const names = (await readdir(resolve(root, notesDir, folder))).sort();
    const notes = names.filter((name) => /^[^_].*\.mdx?$/.test(name)).map((name) => readNote(root, notesDir, `${folder}/${name}`));
    sources.notes.push(...(await Promise.all(notes)));
    if (names.includes('_index.md')) sources.days.push(await readDay(root, notesDir, `${folder}/_index.md`));
  }
  return sources;
}
