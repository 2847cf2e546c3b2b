// Note failures the Markdown pipeline reports instead of throwing. A throw
// inside Astro's Markdown processor is printed twice, and the glob() loader
// only logs it; a report lets the build fail once, with one message per note.
//
// The list lives on globalThis because Astro loads this module twice: once
// with astro.config.ts (the pipeline) and once through Vite with the content
// config (the loader).
const key = Symbol.for('kubecon-notes.note-failures');
const failures: string[] = ((globalThis as Record<symbol, string[]>)[key] ??= []);

/** Records `file:line: message` for the build to fail with. */
export function reportNoteFailure(message: string): void {
  failures.push(message);
}

/** The failures reported since the last call, oldest first. */
export function takeNoteFailures(): string[] {
  return failures.splice(0);
}
