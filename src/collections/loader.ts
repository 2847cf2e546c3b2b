// Astro's glob() loader, made strict: every problem with a note fails the
// build with one message that names the file, the field or line, and what was
// expected. On its own, glob() reports schema errors under an entry id rather
// than the file, and it only logs a note whose Markdown fails to render, then
// ships that page with an empty body and exits 0.
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import { noteIdOf } from '../lib/days.ts';
import { formatProblem, NoteInputError } from '../lib/problem.ts';
import { recordedNoteProblems } from '../markdown/note-problems.ts';
import { describeIssues, noteLoadError } from './errors.ts';

interface StrictGlobOptions {
  /** The content folder, relative to the project root. */
  base: string;
  pattern: string;
  schema: z.ZodType;
}

export function strictGlob({ base, pattern, schema }: StrictGlobOptions): Loader {
  const inner = glob({ base, pattern, generateId: ({ entry }) => noteIdOf(entry) });
  return {
    name: 'strict-glob',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const display = (filePath: string) => relative(root, filePath);
      // In `astro dev` a failure is logged (and a broken diagram shows as an error box): the page stays editable.
      const watching = Boolean(context.watcher);
      const failures: string[] = [];
      try {
        await inner.load({
          ...context,
          parseData: async (props) => {
            const result = schema.safeParse(props.data, { reportInput: true });
            if (!result.success) throw new NoteInputError(describeIssues(display(props.filePath ?? props.id), result.error));
            return context.parseData(props);
          },
          store: reportingRenderProblems(context.store, (message) => failures.push(message)),
          logger: collectRenderFailures(context.logger, watching, (entry, message) => {
            const file = `${base.replace(/\/+$/, '')}/${entry}`;
            failures.push(message.startsWith(file) ? message : formatProblem({ file, message }));
          }),
        });
      } catch (error) {
        throw noteLoadError(error, display);
      }
      if (!watching && failures.length > 0) throw new NoteInputError(failures.join('\n'));
    },
  };
}

/**
 * A store that hands the problems a note's render recorded (a diagram mermaid
 * cannot parse) to `onFailure`. The build then fails before the store is
 * saved, so the next build renders the note again rather than reusing it.
 */
function reportingRenderProblems(store: LoaderContext['store'], onFailure: (message: string) => void): LoaderContext['store'] {
  return Object.create(store, {
    set: {
      value: (entry: Parameters<LoaderContext['store']['set']>[0]) => {
        for (const problem of recordedNoteProblems(entry.rendered?.metadata?.frontmatter)) onFailure(formatProblem(problem));
        return store.set(entry);
      },
    },
  });
}

/**
 * A logger that hands glob()'s "Error rendering <entry>: <message>" lines to
 * `onFailure`. In a build they are not logged too, since the build then fails
 * with the same message; in `astro dev` (`watching`) the log is all there is.
 */
function collectRenderFailures(
  logger: LoaderContext['logger'],
  watching: boolean,
  onFailure: (entry: string, message: string) => void,
): LoaderContext['logger'] {
  return Object.create(logger, {
    error: {
      value: (message: string) => {
        const failure = /^Error rendering (.+?): ([\s\S]*)$/.exec(message);
        if (failure) onFailure(failure[1]!, failure[2]!);
        if (!failure || watching) logger.error(message);
      },
    },
  });
}
