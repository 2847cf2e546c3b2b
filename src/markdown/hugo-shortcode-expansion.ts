// Rewrites a note's Hugo shortcodes into Markdown before it is parsed, line
// for line, so every later message names the note's real line:
// - `highlight` and `mermaid` become code fences (highlighted by Shiki, or
//   rendered by the diagram renderer, exactly as fences are);
// - `ref` and `relref` become the URL of the note they name, so the link
//   checker checks them like any link;
// - `figure` becomes a Markdown image, so images are handled one way;
// - callouts, `details`, `youtube` and `vimeo` become markers (an HTML comment
//   on a line of its own, which ends a paragraph as the tag does in Hugo, or
//   an inline tag) that hugo-shortcode-blocks.ts turns into their markup.
import type { RefResolution } from '../links/refs.ts';
import { type ShortcodeTag, shortcodeTags, type UnterminatedTag, writtenTag } from './hugo-shortcode-syntax.ts';

export type ShortcodeMarker =
  | { role: 'open'; tag: ShortcodeTag; close: number }
  | { role: 'close'; tag: ShortcodeTag; open: number }
  | { role: 'single'; tag: ShortcodeTag };

export interface Expansion {
  markdown: string;
  /** By the number in their marker. */
  markers: Map<number, ShortcodeMarker>;
  /** Lines count from the start of the source. */
  problems: { line: number; message: string }[];
}

type Handling = 'block' | 'raw' | 'figure' | 'single' | 'ref';

const handling: Record<string, Handling> = {
  notice: 'block',
  hint: 'block',
  alert: 'block',
  callout: 'block',
  details: 'block',
  highlight: 'raw',
  mermaid: 'raw',
  figure: 'figure',
  youtube: 'single',
  vimeo: 'single',
  ref: 'ref',
  relref: 'ref',
};

const supported = Object.keys(handling).join(', ');

// What to write instead of shortcodes notes are known to carry.
const instead: Record<string, string> = {
  tweet: 'link to the post instead, as [the post](https://x.com/user/status/123)',
  x: 'link to the post instead, as [the post](https://x.com/user/status/123)',
  instagram: 'link to the post instead, as [the post](https://www.instagram.com/p/…)',
  gist: 'paste the code into a ``` fence, or link to the gist',
  param: 'write the value itself',
  expand: 'use {{< details summary="…" >}} … {{< /details >}}',
  tabs: 'use a heading for each tab',
  tab: 'use a heading for each tab',
  button: 'write a Markdown link, as [label](https://…)',
  include: 'copy the text into the note',
  readfile: 'copy the text into the note',
};

function unknownMessage(name: string): string {
  return `unknown Hugo shortcode "${name}"; ${instead[name] ?? 'write it as Markdown'} (supported: ${supported})`;
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

/** Where the line holding `offset` ends. */
function lineEnd(source: string, offset: number): number {
  const end = source.indexOf('\n', offset);
  return end === -1 ? source.length : end;
}

/** A marker for `id` that keeps the tag's line count, on a line of its own when the tag was. */
function marker(source: string, tag: ShortcodeTag, id: number): string {
  const newlines = '\n'.repeat(source.slice(tag.start, tag.end).split('\n').length - 1);
  return source.slice(tag.end, lineEnd(source, tag.end)).trim() === '' ? `<!--hugo-shortcode-${id}-->${newlines}` : `<hugo-shortcode-${id}/>${newlines}`;
}

/**
 * The source with the contents of `highlight` and `mermaid` blanked out
 * (newlines kept), for finding its code spans and fences: a ``` inside a
 * highlighted block would otherwise open a fence that hides the rest of the note.
 */
export function withoutRawContents(source: string): string {
  return source.replace(/(\{\{([<%])\s*(highlight|mermaid)\b[^]*?[>%]\}\})([^]*?)(\{\{[<%]\s*\/\s*\3\s*[>%]\}\})/g, (_, open: string, _delimiter, _name, body: string, close: string) => open + body.replace(/[^\n]/g, ' ') + close);
}

/** The marker's number, from an HTML node's value, if it is one. */
export function markerId(html: string): number | undefined {
  const match = /^(?:<!--hugo-shortcode-(\d+)-->|<hugo-shortcode-(\d+)\/>)$/.exec(html.trim());
  return match ? Number(match[1] ?? match[2]) : undefined;
}

/** Whether the tag is alone on its line, after any indentation or quote and list markers. */
function aloneOnLine(source: string, tag: ShortcodeTag): boolean {
  const before = source.slice(source.lastIndexOf('\n', tag.start - 1) + 1, tag.start);
  const after = source.slice(tag.end, lineEnd(source, tag.end));
  return /^[ \t>]*(?:(?:[-*+]|\d+[.)])[ \t]+)?$/.test(before) && after.trim() === '';
}

const escapeLabel = (text: string) => text.replace(/[\\[\]]/g, '\\$&');
const escapeDestination = (url: string) => `<${url.replace(/[\\<>]/g, '\\$&')}>`;

function figureMarkdown(tag: ShortcodeTag, id: number): string {
  const { src = '', alt, caption, link } = tag.named;
  const image = `![${escapeLabel(alt ?? caption ?? '')}](${escapeDestination(src)})`;
  return `${link ? `[${image}](${escapeDestination(link)})` : image}<hugo-shortcode-${id}/>`;
}

class Expander {
  readonly edits: Edit[] = [];
  readonly markers = new Map<number, ShortcodeMarker>();
  readonly problems: Expansion['problems'] = [];
  private readonly open: { tag: ShortcodeTag; id: number }[] = [];
  private readonly source: string;
  private readonly resolveRef: (ref: string) => RefResolution;

  constructor(source: string, resolveRef: (ref: string) => RefResolution) {
    this.source = source;
    this.resolveRef = resolveRef;
  }

  problem(line: number, message: string): void {
    this.problems.push({ line, message });
  }

  /** Handles one tag; returns how many of the following tags it consumed (a raw block's contents). */
  take(tag: ShortcodeTag, following: readonly (ShortcodeTag | UnterminatedTag)[]): number {
    const how = handling[tag.name];
    if (!how) {
      this.problem(tag.line, unknownMessage(tag.name));
      return 0;
    }
    if (tag.closing) {
      this.close(tag);
      return 0;
    }
    if (how === 'raw') return this.raw(tag, following);
    if (how === 'block') {
      this.open.push({ tag, id: this.markers.size });
      this.markers.set(this.markers.size, { role: 'open', tag, close: -1 });
      return 0;
    }
    if (how === 'ref') this.ref(tag);
    else this.single(tag, how);
    return 0;
  }

  private single(tag: ShortcodeTag, how: 'figure' | 'single'): void {
    const id = this.markers.size;
    this.markers.set(id, { role: 'single', tag });
    if (how === 'figure' && !tag.named.src) this.problem(tag.line, `the figure shortcode needs a src, such as {{< figure src="slide.png" alt="…" >}}`);
    this.edit(tag, how === 'figure' ? figureMarkdown(tag, id) : marker(this.source, tag, id));
  }

  private ref(tag: ShortcodeTag): void {
    const target = tag.positional[0] ?? tag.named.path;
    const resolved = target === undefined ? { problem: `the ${tag.name} shortcode needs the note it links to, such as {{< ${tag.name} "day1/01_keynote.md" >}}` } : this.resolveRef(target);
    if ('problem' in resolved) this.problem(tag.line, resolved.problem);
    this.edit(tag, 'url' in resolved ? resolved.url : '#');
  }

  private close(tag: ShortcodeTag): void {
    const at = this.open.findLastIndex((open) => open.tag.name === tag.name);
    if (at === -1) {
      this.problem(tag.line, `${writtenTag(tag.name, tag.delimiter, true)} ends a Hugo shortcode that was never opened`);
      return;
    }
    for (const unclosed of this.open.splice(at + 1)) this.unclosed(unclosed.tag);
    const { tag: opening, id } = this.open.pop()!;
    const closeId = this.markers.size;
    this.markers.set(id, { role: 'open', tag: opening, close: closeId });
    this.markers.set(closeId, { role: 'close', tag, open: id });
    this.edit(opening, marker(this.source, opening, id));
    this.edit(tag, marker(this.source, tag, closeId));
  }

  unclosed(tag: ShortcodeTag): void {
    this.problem(tag.line, `Hugo shortcode ${writtenTag(tag.name, tag.delimiter)} is never closed; end it with ${writtenTag(tag.name, tag.delimiter, true)}`);
  }

  unclosedAtEnd(): void {
    for (const { tag } of this.open.splice(0)) this.unclosed(tag);
  }

  /** `highlight` and `mermaid`: everything up to the end tag is code, written as a fence. */
  private raw(tag: ShortcodeTag, following: readonly (ShortcodeTag | UnterminatedTag)[]): number {
    const end = following.findIndex((next) => !('unterminated' in next) && next.closing && next.name === tag.name);
    const close = following[end] as ShortcodeTag | undefined;
    if (!close) {
      this.unclosed(tag);
      return 0;
    }
    if (!aloneOnLine(this.source, tag) || !aloneOnLine(this.source, close)) {
      this.problem(tag.line, `write ${writtenTag(tag.name, tag.delimiter)} and ${writtenTag(tag.name, tag.delimiter, true)} on lines of their own, around the code`);
      return end + 1;
    }
    const code = this.source.slice(tag.end, close.start);
    const longest = Math.max(2, ...(code.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    const language = tag.name === 'mermaid' ? 'mermaid' : (tag.positional[0] ?? tag.named.lang ?? '');
    this.edit(tag, `${fence}${language}`);
    this.edit(close, fence);
    return end + 1;
  }

  private edit(tag: ShortcodeTag, text: string): void {
    this.edits.push({ start: tag.start, end: tag.end, text });
  }
}

/**
 * The note's Markdown with its shortcodes rewritten, the markers it holds and
 * the problems found. `code` holds the offset ranges of code spans and fences,
 * whose shortcodes stay as written; `resolveRef` finds the note a `ref` names.
 */
export function expandShortcodes(source: string, code: readonly { start: number; end: number }[], resolveRef: (ref: string) => RefResolution): Expansion {
  const tags = shortcodeTags(source, code);
  const expander = new Expander(source, resolveRef);
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i]!;
    if ('unterminated' in tag) {
      const end = tag.delimiter === '<' ? '>}}' : '%}}';
      expander.problem(tag.line, `{{${tag.delimiter} starts a Hugo shortcode that has no name or never ends with ${end}`);
      continue;
    }
    i += expander.take(tag, tags.slice(i + 1));
  }
  expander.unclosedAtEnd();
  const edits = expander.edits.sort((a, b) => a.start - b.start);
  let markdown = '';
  let at = 0;
  for (const edit of edits) {
    markdown += source.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  markdown += source.slice(at);
  return { markdown, markers: expander.markers, problems: expander.problems.sort((a, b) => a.line - b.line) };
}

/**
 * An .mdx note's shortcodes, which MDX would read as code (`{` starts an
 * expression there): a problem for each, saying what to write instead, and
 * the note with them blanked out, lines kept, so that the rest of it can
 * still be read for its links and images.
 */
export function mdxShortcodes(source: string, code: readonly { start: number; end: number }[]): { markdown: string; problems: Expansion['problems'] } {
  let markdown = source;
  const problems: Expansion['problems'] = [];
  for (const tag of shortcodeTags(source, code)) {
    const end = 'unterminated' in tag ? tag.start + 3 : tag.end;
    markdown = markdown.slice(0, tag.start) + markdown.slice(tag.start, end).replace(/[^\n]/g, ' ') + markdown.slice(end);
    if ('unterminated' in tag || !tag.closing) {
      const written = 'unterminated' in tag ? `{{${tag.delimiter}` : writtenTag(tag.name, tag.delimiter);
      problems.push({ line: tag.line, message: `Hugo shortcode ${written} in an .mdx note, where "{" starts code: shortcodes work in .md notes only; rename the note to .md, or write it as Markdown` });
    }
  }
  return { markdown, problems };
}
