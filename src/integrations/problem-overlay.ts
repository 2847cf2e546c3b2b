// In `astro dev`, a problem with the notes shows on the open page, not only
// in the terminal: Astro's own error overlay (Vite's, restyled) over the last
// good page, naming the file and line. A tab opened or reloaded while the
// problem lasts gets it too. Once the problem is fixed, the tabs reload: the
// reload Astro sends when the store is written can reach a tab still loading
// the page before (measured in Chromium), which then keeps the box and the
// old text.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ErrorPayload, HotPayload, NormalizedHotChannel } from 'vite';
import { parseProblem } from '../lib/problem.ts';

export interface ProblemOverlay {
  /** Shows `message` (lines of `file:line: message`) on every open page, and on every page opened until `clear`. */
  show(message: string): void;
  /** Reloads the open pages if a problem was shown, which takes it away; twice, a second apart, so no tab keeps it. */
  clear(): void;
}

/** Longer than a page takes to load and connect in `astro dev` (0.3–0.5 s measured here). */
const secondReloadMs = 1000;

const hint = 'Fix the note and save it: the page reloads by itself. `npm run check` lists every problem.';

/**
 * The overlay for `message`, pointing at its first problem's file and line;
 * with that file's text (`read`), Astro shows the note's lines around it.
 */
export function overlayPayload(root: string, message: string, read: (file: string) => string | undefined): ErrorPayload {
  const first = parseProblem(message.split('\n')[0]);
  const err: ErrorPayload['err'] = { name: 'NoteInputError', message, hint, stack: '' };
  if (!first) return { type: 'error', err };
  const file = resolve(root, first.file);
  return { type: 'error', err: { ...err, id: file, loc: { file, line: first.line ?? 1, column: 1 }, fullCode: read(file) } };
}

/** The note's text, or nothing once it is gone (deleted or renamed since). */
function readNote(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

export function problemOverlay(hot: Pick<NormalizedHotChannel, 'send' | 'on'>, root: string): ProblemOverlay {
  let shown: ErrorPayload | undefined;
  // Sent to all, not to the one client, so that Astro adds the note's lines to it on the way.
  hot.on('vite:client:connect', () => {
    if (shown) hot.send(shown);
  });
  return {
    show(message) {
      shown = overlayPayload(root, message, readNote);
      hot.send(shown);
    },
    clear() {
      if (!shown) return;
      shown = undefined;
      hot.send({ type: 'full-reload', path: '*' });
      // Once more, for a tab that was still loading (its socket not yet open) when the first came.
      setTimeout(() => {
        if (!shown) hot.send({ type: 'full-reload', path: '*' });
      }, secondReloadMs).unref();
    },
  };
}
