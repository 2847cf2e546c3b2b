// The images of `npm run check`: each local or public image must be a file
// that is an image, and a local one must be in the notes folder (the same
// test the build makes, image-files.ts); an image
// without alt text is a warning, since a reader who cannot see it learns nothing.
// An HTML `<img>` of a file beside the note is a problem even when the file
// is there: the build neither optimizes nor copies it, so the page would show
// a broken image.
import { resolve } from 'node:path';
import type { Problem } from '../lib/problem.ts';
import { imageKind, probeNoteImage } from '../markdown/image-files.ts';
import type { NoteImage, NoteSource } from './sources.ts';

export interface ImageFindings {
  problems: Problem[];
  warnings: Problem[];
}

/** What is wrong with an image before its file is looked at, if anything. */
function writtenProblem({ src, html }: NoteImage): string | undefined {
  if (!html || imageKind(src) !== 'local') return undefined;
  return `image <img src="${src}"> is HTML, which the build does not copy to the site; write it as a Markdown image, ![what it shows](${src}), and the build optimizes it`;
}

export async function imageFindings(notes: readonly NoteSource[], root: string, publicDir: string, notesDir: string): Promise<ImageFindings> {
  const images = notes.flatMap((note) => note.images.map((image) => ({ note, image, written: writtenProblem(image) })));
  const folders = { publicDir: resolve(root, publicDir), notesDir: resolve(root, notesDir) };
  const probes = await Promise.all(
    images.map(({ note, image: { src }, written }) => (written || imageKind(src) === 'remote' ? undefined : probeNoteImage(src, resolve(root, note.file), folders))),
  );
  const problems: Problem[] = [];
  images.forEach(({ note, image: { line }, written }, i) => {
    const probe = probes[i];
    if (written) problems.push({ file: note.file, line, message: written });
    else if (probe && !probe.ok) problems.push({ file: note.file, line, message: probe.message });
  });
  const warnings = images
    .filter(({ image: { alt } }) => alt.trim() === '')
    .map(({ note, image: { line, src, html } }) => ({
      file: note.file,
      line,
      message: `image "${src}" has no alt text; ${html ? `say what it shows in its alt: <img src="${src}" alt="what it shows">` : `say what it shows between the brackets: ![what it shows](${src})`}`,
    }));
  return { problems, warnings };
}
