// What an author reads when a diagram fails. mermaid counts lines from the
// diagram's first line ("Parse error on line 3:", or "Parse error on line 3,
// column 7:" from its newer parsers); the author needs the line in the note,
// so the message starts with that and keeps mermaid's own words beneath.
import type { Problem } from '../lib/problem.ts';
import { RenderTimeoutError } from './browser/renderer.ts';
import { DiagramRejected } from './rendering.ts';

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

export interface FailedDiagram {
  /** The note, relative to the project root. */
  file: string;
  /** The line of the fence in the file, when known. */
  fenceLine: number | undefined;
  source: string;
}

/**
 * The problem to report for a diagram `renderDiagram` rejected, or undefined
 * when the failure is not the note's (no Chromium): that one is thrown as it is.
 */
export function diagramProblem(reason: unknown, { file, fenceLine, source }: FailedDiagram, timeoutMs: number): Problem | undefined {
  if (reason instanceof DiagramRejected && fenceLine !== undefined) return { file, ...diagramError(reason.kind, reason.mermaidMessage, fenceLine, source) };
  if (reason instanceof DiagramRejected) return { file, message: reason.message };
  if (reason instanceof RenderTimeoutError) return { file, line: fenceLine, message: `mermaid did not finish this diagram within ${timeoutMs} ms` };
  return undefined;
}
