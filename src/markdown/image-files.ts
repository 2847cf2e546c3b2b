// Where a Markdown image's file is, and whether it is an image at all. The
// build's image plugin and `npm run check` ask the same questions here, so
// both accept and reject the same images with the same words.
import { stat } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import sharp from 'sharp';
import { sourceInNotes } from './photo-files.ts';

/**
 * How the site serves an image written in a note: `remote` (a URL, left as
 * written and never fetched), `public` (a root-absolute path, served as is
 * from the public folder) or `local` (relative to the note, optimized by
 * Astro). `data:` URLs and fragments are not files and count as remote.
 */
export type ImageKind = 'remote' | 'public' | 'local';

export function imageKind(src: string): ImageKind {
  if (URL.canParse(src) || src.startsWith('//') || src.startsWith('#')) return 'remote';
  return src.startsWith('/') ? 'public' : 'local';
}

/** The file behind a `public` or `local` image: under `publicDir`, or next to the note. */
export function imageFile(src: string, noteFile: string, publicDir: string): string {
  const path = decodeURI(src.split(/[?#]/)[0]!);
  return imageKind(src) === 'public' ? join(publicDir, path) : resolve(dirname(noteFile), path);
}

export type ImageProbe = { ok: true; width: number; height: number } | { ok: false; message: string };

/**
 * The pixel size of the image at `path`, or what is wrong with it: missing,
 * or a file sharp cannot read as an image (a text file named `.png`, a
 * corrupt file), which Astro would otherwise fail on without naming the note.
 */
export async function probeImage(path: string, src: string): Promise<ImageProbe> {
  const shown = relative(process.cwd(), path);
  const found = await stat(path).then((file) => file.isFile(), () => false);
  if (!found) return { ok: false, message: `image "${src}" not found: there is no file ${shown}` };
  try {
    const { width, height, autoOrient } = await sharp(path).metadata();
    // A photo taken sideways is shown upright, so its box is too.
    return { ok: true, width: autoOrient.width ?? width, height: autoOrient.height ?? height };
  } catch (error) {
    // libvips adds its decoder's warnings on further lines; the first says what is wrong.
    const reason = (error as Error).message.trim().split('\n')[0];
    return { ok: false, message: `image "${src}" is not an image (${shown}: ${reason}); save it again as JPEG, PNG, WebP, AVIF or GIF` };
  }
}

/** Where a note's images are read from, absolute. */
export interface ImageFolders {
  publicDir: string;
  notesDir: string;
}

/**
 * What `probeImage` finds about the image `src` of the note `noteFile`, and
 * for a local photo also whether it is inside the notes folder: a photo's
 * address names its file from there (photo-files.ts).
 */
export async function probeNoteImage(src: string, noteFile: string, { publicDir, notesDir }: ImageFolders): Promise<ImageProbe> {
  const path = imageFile(src, noteFile, publicDir);
  const probe = await probeImage(path, src);
  if (!probe.ok || imageKind(src) !== 'local' || sourceInNotes(notesDir, path) !== undefined) return probe;
  return { ok: false, message: `image "${src}" is outside the notes folder (${relative(process.cwd(), path)}); move it into ${relative(process.cwd(), notesDir) || '.'}` };
}
