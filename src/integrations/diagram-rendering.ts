// The build's diagram rendering, from first diagram to last: the Markdown
// pipeline renders through it, and this integration hears of every diagram
// that fails. In `astro dev` a failure is logged (the note shows an error box
// and stays editable); in a build, notes the content loader rendered fail it
// there, and .mdx notes, compiled later, fail it when it is done. The
// browser starts as soon as the site check has read a diagram the cache does
// not hold, and closes with the build.
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { DiagramRendering } from '../diagrams/index.ts';
import { formatProblem, NoteInputError, type Problem } from '../lib/problem.ts';
import type { DiagramHost } from '../markdown/pipeline.ts';

export interface DiagramRenderingIntegration extends DiagramHost {
  integration: AstroIntegration;
  /** The notes as the site check read them, before any is rendered: their diagrams may start the browser early. */
  notesRead(notes: readonly { diagrams: readonly { source: string }[] }[]): void;
}

export function diagramRendering(rendering: DiagramRendering): DiagramRenderingIntegration {
  const problems: Problem[] = [];
  let logger: AstroIntegrationLogger | undefined;
  return {
    rendering,
    notesRead(notes) {
      rendering.prepare(notes.flatMap((note) => note.diagrams.map(({ source }) => source)));
    },
    onError(problem) {
      if (logger) logger.error(formatProblem(problem));
      else problems.push(problem);
    },
    integration: {
      name: 'diagram-rendering',
      hooks: {
        'astro:config:setup': ({ command, logger: astroLogger }) => {
          logger = command === 'dev' ? astroLogger : undefined;
        },
        'astro:build:done': async () => {
          await rendering.close();
          if (problems.length > 0) throw NoteInputError.of(problems.splice(0));
        },
      },
    },
  };
}
