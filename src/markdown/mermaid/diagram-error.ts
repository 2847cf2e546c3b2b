// What an author reads when mermaid rejects a diagram. mermaid counts lines
// from the diagram's first line ("Parse error on line 3:", or "Parse error on
// line 3, column 7:" from its newer parsers); the author needs the line in the
// note, so the message starts with that and keeps mermaid's own words beneath.

export interface DiagramError {
  /** The line in the note: the fence's line, plus the diagram line mermaid names when it names one. */
  line: number;
  message: string;
}

const located = /^(?:Parsing failed:\s*)?(?:Parse|Lexical|Lexer) error on line (\d+)(?:, column (\d+))?[:.]?\s*/;

/** `fenceLine` is the line of the opening ```mermaid in the note; `source` the diagram inside it. */
export function diagramError(kind: 'parse' | 'render', mermaidMessage: string, fenceLine: number, source: string): DiagramError {
  const match = located.exec(mermaidMessage);
  if (!match) return { line: fenceLine, message: `mermaid could not ${kind} this diagram: ${mermaidMessage.trim()}` };
  // At the end of the input mermaid can name a line past the last one.
  const lines = source.replace(/\n$/, '').split('\n').length;
  const line = Math.min(Number(match[1]), lines);
  const where = match[2] ? `line ${line}, column ${match[2]}` : `line ${line}`;
  const details = mermaidMessage.slice(match[0].length).trim();
  return { line: fenceLine + line, message: `mermaid could not ${kind} ${where} of this diagram:\n${details}` };
}
