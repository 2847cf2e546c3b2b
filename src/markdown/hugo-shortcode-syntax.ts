// Finds Hugo shortcode tags (`{{< name params >}}`, `{{% name params %}}`,
// their `/name` ends and `… />}}` self-closing forms) in a note's Markdown.
//
// Hand-written: no maintained npm package parses Hugo shortcodes, and a
// shortcode can wrap whole blocks (a `notice` around paragraphs and lists),
// which a micromark extension could only see one block at a time. So the tags
// are found in the source text, outside code spans and fences (their ranges
// come from a Markdown parse), and each keeps its offset and line.

export interface ShortcodeTag {
  name: string;
  /** Positional parameters in order; named ones (`src="x.png"`) by name. */
  positional: string[];
  named: Record<string, string>;
  closing: boolean;
  selfClosing: boolean;
  /** `<` or `%`, as written. */
  delimiter: '<' | '%';
  start: number;
  end: number;
  line: number;
}

export interface UnterminatedTag {
  unterminated: true;
  delimiter: '<' | '%';
  start: number;
  line: number;
}

const parameter = /\s*(?:([\w-]+)=)?(?:"((?:[^"\\]|\\.)*)"|`([^`]*)`|([^\s"`]+))/y;

function parseInner(inner: string): Pick<ShortcodeTag, 'name' | 'positional' | 'named' | 'closing' | 'selfClosing'> | undefined {
  let text = inner.trim();
  const closing = text.startsWith('/');
  if (closing) text = text.slice(1).trimStart();
  const selfClosing = !closing && text.endsWith('/');
  if (selfClosing) text = text.slice(0, -1).trimEnd();
  const name = /^[\w-]+/.exec(text)?.[0];
  if (!name) return undefined;
  const positional: string[] = [];
  const named: Record<string, string> = {};
  parameter.lastIndex = name.length;
  let match: RegExpExecArray | null;
  while (parameter.lastIndex < text.length && (match = parameter.exec(text))) {
    const value = match[2]?.replace(/\\(.)/g, '$1') ?? match[3] ?? match[4] ?? '';
    if (match[1]) named[match[1]] = value;
    else positional.push(value);
  }
  return { name, positional, named, closing, selfClosing };
}

/** The line (from 1) of each offset, by counting newlines before it. */
function lineAt(source: string, offset: number): number {
  let line = 1;
  for (let i = source.indexOf('\n'); i !== -1 && i < offset; i = source.indexOf('\n', i + 1)) line++;
  return line;
}

/**
 * Every shortcode tag in `source`, in order, skipping those that start inside
 * one of `code` (offset ranges of code spans and fences, end exclusive).
 */
export function shortcodeTags(source: string, code: readonly { start: number; end: number }[]): (ShortcodeTag | UnterminatedTag)[] {
  const tags: (ShortcodeTag | UnterminatedTag)[] = [];
  const opener = /\{\{([<%])/g;
  let match: RegExpExecArray | null;
  while ((match = opener.exec(source))) {
    const start = match.index;
    const inCode = code.find((range) => start >= range.start && start < range.end);
    if (inCode) {
      opener.lastIndex = inCode.end;
      continue;
    }
    const delimiter = match[1] as '<' | '%';
    const closer = `${delimiter === '<' ? '>' : '%'}}}`;
    const close = source.indexOf(closer, opener.lastIndex);
    const inner = close === -1 ? undefined : parseInner(source.slice(opener.lastIndex, close));
    if (close === -1 || !inner) {
      tags.push({ unterminated: true, delimiter, start, line: lineAt(source, start) });
      continue;
    }
    const end = close + closer.length;
    tags.push({ ...inner, delimiter, start, end, line: lineAt(source, start) });
    opener.lastIndex = end;
  }
  return tags;
}

/** How an author writes the tag: `{{< name >}}` or `{{% /name %}}`. */
export function writtenTag(name: string, delimiter: '<' | '%', closing = false): string {
  const [open, close] = delimiter === '<' ? ['{{<', '>}}'] : ['{{%', '%}}'];
  return `${open} ${closing ? '/' : ''}${name} ${close}`;
}
