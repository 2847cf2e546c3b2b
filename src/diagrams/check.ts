// `npm run check`'s diagram check: every diagram through the same rendering
// the build uses, so a diagram mermaid cannot parse is reported at its line,
// and every diagram it renders is cached for the next build. A diagram
// already in the cache parsed when it was rendered, so only new or changed
// ones start a browser.
import type { Problem } from '../lib/problem.ts';
import { diagramProblem } from './diagram-error.ts';
import type { DiagramRendering } from './rendering.ts';

/** A note as read from its source: its file, and each diagram with the line of its fence. */
interface NoteDiagrams {
  file: string;
  diagrams: readonly { source: string; line: number }[];
}

export async function diagramProblems(notes: readonly NoteDiagrams[], rendering: DiagramRendering): Promise<Problem[]> {
  const diagrams = notes.flatMap((note) => note.diagrams.map(({ source, line }) => ({ file: note.file, fenceLine: line, source })));
  const outcomes = await Promise.allSettled(diagrams.map(({ source }) => rendering.renderDiagram(source)));
  return outcomes.flatMap((outcome, index) => {
    if (outcome.status === 'fulfilled') return [];
    const problem = diagramProblem(outcome.reason, diagrams[index]!, rendering.timeoutMs);
    if (!problem) throw outcome.reason;
    return [problem];
  });
}
