// Problems as GitHub shows them: a workflow command per problem puts it on the
// changed line of the pull request, and a Markdown table in the job summary
// lists them all. See GitHub's "Workflow commands" documentation.
import type { Problem } from './problem.ts';

// Workflow command data escapes these so a message can span lines.
const escapeData = (text: string) => text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
// Property values also escape the separators of the command itself.
const escapeProperty = (text: string) => escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');

function annotation(level: 'error' | 'warning', { file, line, message }: Problem, title: string): string {
  const properties = [`file=${escapeProperty(file)}`, ...(line ? [`line=${line}`] : []), `title=${escapeProperty(title)}`];
  return `::${level} ${properties.join(',')}::${escapeData(message)}`;
}

/** `::error file=<path>,line=<n>,title=<kind>::<message>` */
export const errorAnnotation = (problem: Problem, title: string) => annotation('error', problem, title);

/** `::warning file=<path>,line=<n>,title=<kind>::<message>`: shown on the line, but the check still passes. */
export const warningAnnotation = (problem: Problem, title: string) => annotation('warning', problem, title);

const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', '<br>');

/** A Markdown table of every problem, for `$GITHUB_STEP_SUMMARY`. */
export function problemSummary(problems: readonly { problem: Problem; title: string }[]): string {
  if (problems.length === 0) return '### Note checks\n\nNo problems.\n';
  const rows = problems.map(({ problem, title }) => `| ${cell(problem.file)} | ${problem.line ?? ''} | ${cell(title)} | ${cell(problem.message)} |`);
  return ['### Note checks', '', `${problems.length} problem${problems.length === 1 ? '' : 's'}:`, '', '| file | line | kind | problem |', '| --- | --- | --- | --- |', ...rows, ''].join('\n');
}
