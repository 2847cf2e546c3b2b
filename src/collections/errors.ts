// One readable message per broken note, in the `file: message` form every
// checker uses (lib/problem.ts).
import type { z } from 'astro/zod';
import { formatProblem, NoteInputError } from '../lib/problem.ts';

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
    .map((message) => formatProblem({ file, message }))
    .join('\n');
}

/** Wraps an error thrown while reading a note (such as unparseable YAML) with its file and line. */
export function noteLoadError(error: unknown, display: (filePath: string) => string): Error {
  if (error instanceof NoteInputError) return error;
  const loc = (error as { loc?: { file?: string; line?: number } }).loc;
  if (!(error instanceof Error) || !loc?.file) return error instanceof Error ? error : new Error(String(error));
  const message = `the front matter is not valid YAML: ${firstLine(error.message)}`;
  return new NoteInputError(formatProblem({ file: display(loc.file), line: loc.line, message }));
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.trim();
}
