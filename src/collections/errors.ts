// One readable message per broken note. The stack is dropped on purpose: it
// points into Astro's loader, never at the note, and would bury the message.
// Astro prints `hint` under the message.
import type { z } from 'astro/zod';

export class NoteInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NoteInputError';
    this.stack = '';
  }

  readonly hint = 'See "Writing a note" in README.md for what a note may contain.';

  /** Wraps errors thrown while reading a note (such as unparseable YAML) with its file and line. */
  static from(error: unknown, display: (filePath: string) => string): Error {
    if (error instanceof NoteInputError) return error;
    const loc = (error as { loc?: { file?: string; line?: number } }).loc;
    if (!(error instanceof Error) || !loc?.file) return error instanceof Error ? error : new Error(String(error));
    const where = loc.line ? `${display(loc.file)}:${loc.line}` : display(loc.file);
    return new NoteInputError(`${where}: the front matter is not valid YAML: ${firstLine(error.message)}`);
  }
}

/** One line per problem: `front matter field "weight": expected a whole number (found "abc")`. */
export function issueMessages(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const field = issue.path.join('.') || '(front matter)';
    const found = 'input' in issue && issue.input !== undefined ? ` (found ${JSON.stringify(issue.input)})` : '';
    return `front matter field "${field}": ${issue.message}${found}`;
  });
}

/** `content/day2/x.md: front matter field "weight": expected a whole number (found "abc")` */
export function describeIssues(file: string, error: z.ZodError): string {
  return issueMessages(error)
    .map((message) => `${file}: ${message}`)
    .join('\n');
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.trim();
}
