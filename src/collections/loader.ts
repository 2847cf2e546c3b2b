// Astro's glob() loader, made strict: every problem with a note fails the
// build with one message that names the file, the field or line, and what was
// expected. On its own, glob() reports schema errors under an entry id rather
// than the file, and it only logs a note whose Markdown fails to render, then
// ships that page with an empty body and exits 0.
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import { createDiagramCache } from '../diagrams/cache.ts';
import { splicedDiagramsOf } from '../diagrams/splice.ts';
import { noteIdOf, slugOf } from '../lib/sections.ts';
import { formatProblem, NoteInputError } from '../lib/problem.ts';
import { readRefPages, refPagesDigest, refPagesKey } from '../links/ref-pages.ts';
import { recordedNoteProblems } from '../markdown/note-problems.ts';
import { describeIssues, noteLoadError } from './errors.ts';
import { parseSource } from './front-matter.ts';

interface StrictGlobOptions {
  /** The content folder, relative to the project root or absolute. */
  base: string;
  pattern: string[];
  schema: z.ZodType;
  /** Where the diagrams stored notes show are cached (diagrams/splice.ts). */
  diagramCacheDir: string;
}

/** How glob() reads a file of one extension; Astro passes the loader a map of them, which its public types leave out. */
interface EntryType {
  getEntryInfo(params: { fileUrl: URL; contents: string }): unknown;
}
type EntryTypes = Map<string, EntryType>;

/**
 * The entry types with front matter read as Hugo reads it (front-matter.ts):
 * JSON too, and a file that cannot be read fails with its file and line.
 */
function hugoEntryTypes(entryTypes: EntryTypes, display: (filePath: string) => string): EntryTypes {
  const read = (type: EntryType, kind: 'md' | 'mdx'): EntryType => ({
    ...type,
    getEntryInfo: ({ fileUrl, contents }) => {
      const parsed = parseSource(contents, kind);
      if (!parsed.ok) throw new NoteInputError(formatProblem({ file: display(fileURLToPath(fileUrl)), line: parsed.line, message: parsed.message }));
      return { data: parsed.data, body: parsed.body.trim(), slug: undefined, rawData: '' };
    },
  });
  const kinds: Record<string, 'md' | 'mdx'> = { '.md': 'md', '.mdx': 'mdx' };
  return new Map([...entryTypes].map(([extension, type]) => [extension, kinds[extension] ? read(type, kinds[extension]) : type]));
}

/**
 * glob() renders a note again only when its text changes, in `astro dev` and
 * in a build that finds Astro's content store from the last. A `ref` renders
 * as the URL of the note it names, which changes with that note's file or
 * slug: a stored note whose refs were resolved against other pages than the
 * notes folder now has is dropped, so that glob() renders it again and its
 * link follows. The pages are read only when a stored note has refs.
 */
function dropNotesWithStaleRefs(store: LoaderContext['store'], notesFolder: string): void {
  let current: string | undefined;
  for (const [id, entry] of store.entries()) {
    const used = entry.rendered?.metadata?.frontmatter?.[refPagesKey];
    if (used === undefined) continue;
    current ??= refPagesDigest(readRefPages(notesFolder));
    if (used !== current) store.delete(id);
  }
}

/**
 * A stored .md note shows its diagrams from the diagram cache, which can be
 * deleted while Astro's content store is kept: such a note is dropped, so
 * that glob() renders it again and the cache holds its diagrams once more.
 */
function dropNotesWithMissingDiagrams(store: LoaderContext['store'], diagramCacheDir: string): void {
  const cache = createDiagramCache(diagramCacheDir);
  for (const [id, entry] of store.entries()) {
    const spliced = splicedDiagramsOf(entry.rendered?.metadata?.frontmatter);
    if (spliced && !spliced.placements.every(({ key }) => cache.has(key))) store.delete(id);
  }
}

export function strictGlob({ base, pattern, schema, diagramCacheDir }: StrictGlobOptions): Loader {
  const inner = glob({ base, pattern, generateId: ({ entry, data }) => noteIdOf(entry, slugOf(data)) });
  return {
    name: 'strict-glob',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const display = (filePath: string) => relative(root, filePath);
      // In `astro dev` a failure is logged (and a broken diagram shows as an error box): the page stays editable.
      const watching = Boolean(context.watcher);
      const failures: string[] = [];
      dropNotesWithStaleRefs(context.store, resolve(root, base));
      dropNotesWithMissingDiagrams(context.store, diagramCacheDir);
      try {
        const withEntryTypes = context as typeof context & { entryTypes: EntryTypes };
        await inner.load({
          ...context,
          entryTypes: hugoEntryTypes(withEntryTypes.entryTypes, display),
          parseData: async (props: Parameters<LoaderContext['parseData']>[0]) => {
            const result = schema.safeParse(props.data, { reportInput: true });
            if (!result.success) throw new NoteInputError(describeIssues(display(props.filePath ?? props.id), result.error));
            return context.parseData(props);
          },
          store: reportingRenderProblems(context.store, (message) => failures.push(message)),
          logger: collectRenderFailures(context.logger, watching, (entry, message) => {
            const file = display(resolve(root, base, entry));
            failures.push(message.startsWith(file) ? message : formatProblem({ file, message }));
          }),
        } as LoaderContext);
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
        // glob()'s own watcher reloads a note at every write, so it also
        // fails on the empty file an editor leaves between truncating and
        // writing. The live preview reports a note that really fails, once
        // the folder is quiet, in the terminal and on the page.
        if (watching && message.startsWith('Failed to reload ')) return logger.debug(message);
        const failure = /^Error rendering (.+?): ([\s\S]*)$/.exec(message);
        if (failure) onFailure(failure[1]!, failure[2]!);
        if (!failure || watching) logger.error(message);
      },
    },
  });
}
