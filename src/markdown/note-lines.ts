// Astro's content loader hands the processor the body without its front
// matter, so positions count from the body; the author needs the file's line.
import { readFileSync } from 'node:fs';
import type { VFile } from 'vfile';

/** The line in the note's file of `line` in the body the processor was given. */
export function lineInFile(file: VFile, line: number | undefined): number | undefined {
  if (line === undefined) return undefined;
  try {
    const text = readFileSync(file.path, 'utf8');
    const start = text.indexOf(String(file.value));
    return start < 0 ? line : line + text.slice(0, start).split('\n').length - 1;
  } catch {
    return line;
  }
}
