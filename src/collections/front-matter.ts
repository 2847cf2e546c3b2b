// A note's front matter, read as Hugo reads it: YAML between `---` lines, TOML
// between `+++` lines, or a JSON object that opens the file. Astro's own
// parser knows the first two; JSON is read here. The content loader (through
// its entry types) and `npm run check` both read notes with this, so they
// accept and reject the same files with the same message.
import { parseFrontmatter } from '@astrojs/markdown-remark';

export type ParsedSource =
  | { ok: true; data: Record<string, unknown>; /** The body, with the front matter's lines left blank so lines match the file. */ body: string }
  | { ok: false; line?: number; message: string };

const bom = /^\uFEFF/;

/**
 * The lines of a leading JSON block: a first line that is a whole object, or
 * one that opens an object (`{`, not a `{{` shortcode) or is a lone `[`, up to
 * the first line that is only `}` or `]`. A Markdown line such as `[a link](x)`
 * opens no block.
 */
function jsonBlock(code: string): { text: string; lines: number } | undefined {
  const lines = code.split('\n');
  const first = lines[0] ?? '';
  if (/^\s*\{.*\}\s*$/.test(first) && !first.trimStart().startsWith('{{')) return { text: first, lines: 1 };
  if (!/^\s*(\{(?!\{)|\[\s*$)/.test(first)) return undefined;
  const end = lines.findIndex((line) => /^[}\]]\s*$/.test(line));
  return end < 0 ? undefined : { text: lines.slice(0, end + 1).join('\n'), lines: end + 1 };
}

function readJson(code: string, block: { text: string; lines: number }): ParsedSource {
  let value: unknown;
  try {
    value = JSON.parse(block.text);
  } catch (error) {
    const message = (error as Error).message;
    // V8 says where: "… at position 10 (line 3 column 1)".
    const line = /\(line (\d+) column \d+\)/.exec(message)?.[1];
    return { ok: false, line: line ? Number(line) : undefined, message: `the front matter is not valid JSON: ${message}` };
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, message: 'the JSON front matter is not an object; write it as { "title": "…" }' };
  }
  const body = '\n'.repeat(block.lines - 1) + code.split('\n').slice(block.lines - 1).join('\n').replace(/^[^\n]*/, '');
  return { ok: true, data: value as Record<string, unknown>, body };
}

function readYamlOrToml(code: string): ParsedSource {
  const toml = /^\s*\+\+\+/.test(code);
  try {
    const parsed = parseFrontmatter(code, { frontmatter: 'empty-with-lines' });
    return { ok: true, data: parsed.frontmatter, body: parsed.content };
  } catch (error) {
    // js-yaml counts lines from 0 at the opening `---`, so its line + 1 is the
    // file's. An unclosed list or a missing comma it only notices on the line
    // after; there the line before is the author's mistake. smol-toml's line
    // counts from the opening `+++` too, from 1.
    const mark = (error as { mark?: { line: number } }).mark;
    const flow = /flow collection/.test((error as Error).message);
    const line = toml ? (error as { line?: number }).line : mark && (flow ? mark.line : mark.line + 1);
    const reason = (error as Error).message.split('\n')[0]!.trim();
    return { ok: false, line, message: `the front matter is not valid ${toml ? 'TOML' : 'YAML'}: ${reason}` };
  }
}

/**
 * Splits a note or `_index.md` into its front matter and body, or says what is
 * wrong with it. MDX reads its own front matter, which is never JSON.
 */
export function parseSource(contents: string, kind: 'md' | 'mdx' = 'md'): ParsedSource {
  const code = contents.replace(bom, '').replaceAll('\r\n', '\n');
  if (code.trim() === '') return { ok: false, message: 'the file is empty; a note starts with front matter holding at least its title' };
  const block = jsonBlock(code);
  if (block && kind === 'mdx') return { ok: false, line: 1, message: 'an .mdx note takes YAML or TOML front matter; JSON front matter is for .md notes' };
  return block ? readJson(code, block) : readYamlOrToml(code);
}
