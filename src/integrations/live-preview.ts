// `astro dev` shows a note as it is saved. Astro's content layer keeps the
// file watcher of the Vite server it started with, and glob() listens there.
// When the dev server restarts in place (package.json, tsconfig.json or
// astro.config.ts changed, which on a busy checkout happens often), Vite
// closes that watcher and makes a new one, but Astro keeps listening on the
// closed one: from then on no edit to the notes shows, and the log is silent.
// This integration listens on the watcher of the server it is handed, after
// every restart too, and on a Markdown change refreshes the collections and
// shows what is wrong with the notes on the open page (problem-overlay.ts).
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { checkSite } from '../links/check-site.ts';
import { imageFindings } from '../links/images.ts';
import { siteProblems } from '../links/problems.ts';
import { byLocation, formatProblem, type Problem } from '../lib/problem.ts';
import { type ProblemOverlay, problemOverlay } from './problem-overlay.ts';

export interface LivePreviewOptions {
  /** The notes folder, relative to the project root or absolute. */
  notesDir: string;
  /** The public folder, relative to the project root or absolute, for links to its files. */
  publicDir: string;
  /** How long the notes folder must stay quiet before a refresh, in ms. */
  quietMs?: number;
  /**
   * Called at once on every change to a note, before any note renders again:
   * for what the host keeps about the notes, such as the pages `ref`s name.
   */
  onNoteChange?: () => void;
}

/** The file events that change what the collections hold. */
const fileEvents = ['add', 'change', 'unlink'] as const;

/**
 * Whether `file` is one the collections read: a .md or .mdx file inside
 * `folder`, not hidden and not in a hidden folder (as glob() skips them, and
 * editors' lock files such as `.#note.md` are).
 */
export function isNoteFile(folder: string, file: string): boolean {
  const path = relative(folder, file);
  if (path === '' || path.startsWith('..') || isAbsolute(path)) return false;
  if (path.split(sep).some((part) => part.startsWith('.'))) return false;
  return extname(path) === '.md' || extname(path) === '.mdx';
}

export interface ChangeBatcher {
  /** Records a changed file; the batch is handed on once `quietMs` pass without another. */
  add(file: string): void;
  /** Drops the batch being collected. */
  cancel(): void;
}

/**
 * Collects changed files into batches, each handed to `flush` once, in the
 * order first seen, after `quietMs` without a new change. Batches are flushed
 * one at a time: a batch that fills while one is flushing waits for it. A
 * batch that fails goes to `onError`, and the next is flushed all the same.
 */
export function batchChanges(
  quietMs: number,
  flush: (files: string[]) => Promise<void>,
  onError: (error: unknown) => void,
): ChangeBatcher {
  let files = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let flushing: Promise<void> = Promise.resolve();
  const handOn = () => {
    timer = undefined;
    const batch = [...files];
    files = new Set();
    flushing = flushing.then(() => flush(batch)).catch(onError);
  };
  return {
    add(file) {
      files.add(file);
      clearTimeout(timer);
      timer = setTimeout(handOn, quietMs);
    },
    cancel() {
      clearTimeout(timer);
      timer = undefined;
      files = new Set();
    },
  };
}

export interface Retry {
  attempts: number;
  delayMs: number;
}

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Whether `promise` settles before the event loop turns, as one that does no I/O does. */
function settlesAtOnce(promise: Promise<void>): Promise<boolean> {
  const turn = new Promise<false>((resolve) => setImmediate(() => resolve(false)));
  return Promise.race([promise.then(() => true), turn]);
}

/**
 * Runs `refresh` (Astro's refreshContent) until it does refresh; false when
 * it never did. While Astro reloads its content config, which it does after
 * any Markdown or JSON file it watches changes, this very change included
 * (15–130 ms measured here), refreshContent returns at once and does nothing. A
 * refresh that runs reads the notes folder, so it cannot settle before the
 * event loop turns; one that does is tried again `delayMs` later.
 */
export async function refreshUntilDone(refresh: () => Promise<void>, { attempts, delayMs }: Retry): Promise<boolean> {
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    if (attempt > 0) await delay(delayMs);
    const running = refresh();
    if (!(await settlesAtOnce(running))) {
      await running;
      return true;
    }
  }
  return false;
}

/** A file as the log names it: from the project root, or in full when outside it. */
function displayPath(root: string, file: string): string {
  const path = relative(root, file);
  return path.startsWith('..') || isAbsolute(path) ? file : path.split(sep).join('/');
}

/** The one log line of a refresh, naming the changed files. */
export function describeRefresh(root: string, files: string[], ms: number | undefined): string {
  const names = files.map((file) => displayPath(root, file)).join(', ');
  if (ms === undefined) return `${names} changed, but Astro refreshed nothing: its content config did not load. Restart astro dev.`;
  return `${names} changed: notes refreshed in ${Math.round(ms)} ms`;
}

type RefreshContent = (options: { context?: Record<string, unknown> }) => Promise<void>;

/** Up to 5 s of attempts, far more than a content config takes to load. */
const refreshRetry: Retry = { attempts: 50, delayMs: 100 };

/**
 * Reloads every collection (both read the notes folder), then checks the
 * links and addresses as the build would. Without a `loaders` filter, Astro
 * first drops the listeners the loaders put on its watcher, so they do not
 * pile up with each refresh. The open tabs reload by themselves: Astro sends
 * Vite's full-reload whenever the refreshed store is written. Sending one
 * from here as well made each tab load twice per edit (measured in
 * Chromium), a visible flash that also cut short navigations. A note that
 * fails to load, or a link that leads nowhere, goes to the overlay, over the
 * last good page.
 */
function refresher({ root, refreshContent, logger, overlay, siteProblems }: RefresherOptions) {
  return async (files: string[]): Promise<void> => {
    const started = performance.now();
    let done: boolean;
    try {
      done = await refreshUntilDone(() => refreshContent({ context: { livePreview: files } }), refreshRetry);
    } catch (error) {
      overlay.show(error instanceof Error ? error.message : String(error));
      throw error;
    }
    if (!done) return logger.warn(describeRefresh(root, files, undefined));
    logger.info(describeRefresh(root, files, performance.now() - started));
    await reportProblems({ logger, overlay, siteProblems });
  };
}

interface ProblemReport {
  logger: AstroIntegrationLogger;
  overlay: ProblemOverlay;
  /** What the build would stop on besides front matter: addresses, links, shortcodes, MDX syntax and images. */
  siteProblems: () => Promise<Problem[]>;
}

interface RefresherOptions extends ProblemReport {
  root: string;
  refreshContent: RefreshContent;
}

/** Logs the notes' problems and shows them over the open pages, or takes a shown box away once there are none. */
async function reportProblems({ logger, overlay, siteProblems }: ProblemReport): Promise<void> {
  const problems = await siteProblems();
  if (problems.length === 0) return overlay.clear();
  const message = problems.map(formatProblem).join('\n');
  logger.error(message);
  overlay.show(message);
}

export function livePreview({ notesDir, publicDir, quietMs = 100, onNoteChange = () => {} }: LivePreviewOptions): AstroIntegration {
  let dev = false;
  let root = process.cwd();
  let batcher: ChangeBatcher | undefined;
  return {
    name: 'live-preview',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        dev = command === 'dev';
        root = fileURLToPath(config.root);
      },
      'astro:server:setup': ({ server, refreshContent, logger }) => {
        if (!dev || !refreshContent) return;
        const folder = resolve(root, notesDir);
        const failed = (error: unknown) => logger.error(error instanceof Error ? error.message : String(error));
        const overlay = problemOverlay(server.environments.client.hot, root);
        const notesProblems = async () => {
          const { sources, problems } = await checkSite({ root, notesDir, publicDir });
          // A note's own render problems (a shortcode or image) do not fail its render in dev, so they are found here.
          const images = await imageFindings(sources.notes, root, publicDir, notesDir);
          return siteProblems(sources, problems, images.problems).sort(byLocation);
        };
        const refresh = refresher({ root, refreshContent, logger, overlay, siteProblems: notesProblems });
        // A problem already in the notes when the server starts shows on the first page opened, not only after an edit.
        reportProblems({ logger, overlay, siteProblems: notesProblems }).catch(failed);
        // Once more when the folder is quiet: a note rendered between a change and its last write may have read the notes half-written.
        const current = batchChanges(quietMs, (files) => (onNoteChange(), refresh(files)), failed);
        batcher = current;
        server.watcher.add(folder);
        for (const event of fileEvents) {
          server.watcher.on(event, (file: string) => {
            if (!isNoteFile(folder, file)) return;
            onNoteChange();
            current.add(file);
          });
        }
      },
      'astro:server:done': () => batcher?.cancel(),
    },
  };
}
