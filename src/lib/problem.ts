// Every checker speaks one format, `file:line: message`, as editors and CI
// annotations read it: front matter, links and diagrams, in the build and in
// `npm run check` alike.

export interface Problem {
  /** Relative to the project root. */
  file: string;
  line?: number;
  message: string;
}

export function formatProblem({ file, line, message }: Problem): string {
  return `${file}${line ? `:${line}` : ''}: ${message}`;
}

/** A problem back from its `file:line: message` line; undefined for a line in another form (the file must have an extension). */
export function parseProblem(text: string): Problem | undefined {
  const match = /^(?<file>[^\n:]*\.\w+)(?::(?<line>\d+))?: (?<message>.+)$/s.exec(text);
  if (!match?.groups) return undefined;
  const { file, line, message } = match.groups;
  return { file, ...(line && { line: Number(line) }), message };
}

/** In file order, then line order: the order an author fixes them in. */
export function byLocation(a: Problem, b: Problem): number {
  return a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0);
}

/**
 * The one error an author's mistake fails the build with: the message alone.
 * The stack is dropped on purpose: it points into Astro's loader or the
 * Markdown pipeline, never at the note, and would bury the message. Astro
 * prints `hint` under the message.
 */
export class NoteInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NoteInputError';
    this.stack = '';
  }

  readonly hint = 'See "Writing a note" in README.md for what a note may contain.';

  static of(problems: readonly Problem[]): NoteInputError {
    return new NoteInputError([...problems].sort(byLocation).map(formatProblem).join('\n'));
  }
}
