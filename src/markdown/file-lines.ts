// Astro's content loader hands the Markdown processor a note's body without
// its front matter, so positions count from the body; messages name the line
// in the file, which is the body's line plus the lines before it.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { VFile } from 'vfile';

/** The file's line for a line of the Markdown being rendered. */
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

/** The file as messages name it: relative to the project root. */
export function displayPath(file: VFile): string {
  return file.path ? relative(process.cwd(), file.path) : 'unknown file';
}
