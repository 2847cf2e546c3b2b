// Reads every note straight from its Markdown source, without building the
// site: its front matter, the links it makes, the headings it gives ids to
// (as rehype-slug will) and its diagrams, each with the line it is on.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import GithubSlugger from 'github-slugger';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { issueMessages } from '../collections/errors.ts';
import { noteSchema, type NoteData } from '../collections/schema.ts';
import { noteIdOf } from '../lib/days.ts';
import { markdownTree } from '../lib/markdown-tree.ts';
import { notePath } from '../lib/urls.ts';

interface Located {
  line: number;
}

export interface NoteSource {
  /** Relative to the project root, as messages name it. */
  file: string;
  /** Its page, `/day2/11_sidecarless/`. */
  path: string;
  /** Valid front matter, or undefined when `frontMatterProblems` say why not. */
  data?: NoteData;
  frontMatterProblems: { line?: number; message: string }[];
  links: (Located & { href: string })[];
  headings: Set<string>;
  diagrams: (Located & { source: string })[];
}

function readBody(note: NoteSource, markdown: string, mdx: boolean): void {
  const slugger = new GithubSlugger();
  visit(markdownTree(markdown, mdx), (node) => {
    const line = node.position?.start.line ?? 0;
    if (node.type === 'link' || node.type === 'definition') note.links.push({ href: node.url, line });
    if (node.type === 'heading') note.headings.add(slugger.slug(toString(node)));
    // With its final newline, as the renderer is given it, so render-cache keys match.
    if (node.type === 'code' && node.lang === 'mermaid') note.diagrams.push({ source: `${node.value}\n`, line });
  });
}

async function readNote(root: string, notesDir: string, day: string, name: string): Promise<NoteSource> {
  const absolute = join(root, notesDir, day, name);
  const note: NoteSource = {
    file: relative(root, absolute),
    path: notePath({ id: noteIdOf(`${day}/${name}`) }),
    frontMatterProblems: [],
    links: [],
    headings: new Set(),
    diagrams: [],
  };
  const code = await readFile(absolute, 'utf8');
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
    note.frontMatterProblems.push({ line: mark?.line, message: `the front matter is not valid YAML: ${reason}` });
    return note;
  }
  const result = noteSchema.safeParse(parsed.frontmatter, { reportInput: true });
  if (result.success) note.data = result.data;
  else note.frontMatterProblems.push(...issueMessages(result.error).map((message) => ({ message })));
  readBody(note, parsed.content, name.endsWith('.mdx'));
  return note;
}

export interface NoteSources {
  notes: NoteSource[];
  /** Day folder names. */
  days: string[];
}

/** Every note under `notesDir` (relative to `root`), in file order. */
export async function readNoteSources(root: string, notesDir: string): Promise<NoteSources> {
  const days = (await readdir(join(root, notesDir), { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
  const notes: NoteSource[] = [];
  for (const day of days) {
    const names = (await readdir(join(root, notesDir, day))).filter((name) => /^[^_].*\.mdx?$/.test(name)).sort();
    notes.push(...(await Promise.all(names.map((name) => readNote(root, notesDir, day, name)))));
  }
  return { notes, days };
}
