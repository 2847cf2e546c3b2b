// The images of `npm run check`: each local or public image must be a file
// that is an image, and a local one must be in the notes folder (the same
// test the build makes, image-files.ts); an image
// without alt text is a warning, since a reader who cannot see it learns nothing.
import { resolve } from 'node:path';
import type { Problem } from '../lib/problem.ts';
import { imageKind, probeNoteImage } from '../markdown/image-files.ts';
import type { NoteSource } from './sources.ts';

export interface ImageFindings {
  problems: Problem[];
  warnings: Problem[];
}

export async function imageFindings(notes: readonly NoteSource[], root: string, publicDir: string, notesDir: string): Promise<ImageFindings> {
  const images = notes.flatMap((note) => note.images.map((image) => ({ note, ...image })));
  const folders = { publicDir: resolve(root, publicDir), notesDir: resolve(root, notesDir) };
  const probes = await Promise.all(images.map(({ note, src }) => (imageKind(src) === 'remote' ? undefined : probeNoteImage(src, resolve(root, note.file), folders))));
  const problems: Problem[] = [];
  images.forEach(({ note, line }, i) => {
    const probe = probes[i];
    if (probe && !probe.ok) problems.push({ file: note.file, line, message: probe.message });
  });
  const warnings = images
    .filter(({ alt }) => alt.trim() === '')
    .map(({ note, line, src }) => ({ file: note.file, line, message: `image "${src}" has no alt text; say what it shows between the brackets: ![what it shows](${src})` }));
  return { problems, warnings };
}
