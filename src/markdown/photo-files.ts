// The files behind a note's photos: WebP copies at the widths the column can
// use, and the original for the full-size view. These are made here with
// sharp instead of by Astro's image pipeline, because Astro has Vite import
// every original into the bundle on every build: with 120 photos of 4000×3000
// (300 MB) a warm build spent 1.4 s of its main thread in Rolldown's emitFile
// and wrote, then deleted, the 300 MB again, and took 1.9× the CPU of the
// same notes without photos (README, "What photos cost a build"). Here a
// build reads an original only when it is new or changed (to key it),
// encodes each width once into a cache kept between builds, and hard-links
// the files into the site.
//
// A photo's address says where its file comes from, so a build or the dev
// server can make any file from its address alone, whichever notes were
// rendered in this run:
//   <base>_photos/day1/01_talk/stage.jpg.<key>.1080w.webp   (a width, WebP)
//   <base>_photos/day1/01_talk/stage.jpg.<key>.jpg          (the original)
// where <key> is the start of the original's SHA-256 (photo-keys.ts), so a
// changed photo gets new addresses and a cached file is never stale. The
// files of a note's photos share its folder: a build makes one folder per
// note, not one per file (which took most of the photo step's time).
import { constants, copyFile, link, mkdir, rename, stat } from 'node:fs/promises';
import { dirname, extname, isAbsolute, join, relative, sep } from 'node:path';
import sharp from 'sharp';

/**
 * The widths a photo is encoded at (never wider than the photo itself, whose
 * own width then comes last). The note column is at most 46rem (736 CSS px)
 * wide (global.css), so 1600 px is sharp on desktops and tablets at 2× and on
 * every phone at 3× (a column of at most 396 px); 1080 is a 390 px phone at
 * 3× and 828 a desktop at 1×. A 2400 px and an original-width WebP cost
 * three quarters of the encoding and of the bytes, for 3× desktops only.
 */
export const photoWidths = [640, 828, 1080, 1600];

/** Bumped when the encoding changes, so cached files from before are not reused. */
const encodingVersion = 'webp-q80-v1';

const folder = '_photos';

/** The photos' folder in the build's cache folder (astroCacheDir), which the workflows keep. */
export const photoCacheFolder = 'photos';

export const photoCacheDir = (astroCacheDir: string) => join(astroCacheDir, photoCacheFolder);

/** The file the photos' keys are kept in between builds (photo-keys.ts). */
export const photoKeysFile = (astroCacheDir: string) => join(photoCacheDir(astroCacheDir), 'keys.json');

/** The widths of `photoWidths` a photo `width` pixels wide is encoded at. */
export function widthsFor(width: number): number[] {
  const widest = Math.min(width, photoWidths.at(-1)!);
  return [...photoWidths.filter((w) => w < widest), widest];
}

/** A photo's file, as its address names it: the original (`width` undefined) or a WebP at `width`. */
export interface PhotoFile {
  /** The original, relative to the notes folder, with `/` separators. */
  source: string;
  key: string;
  width?: number;
}

/** The original's file keeps its extension (a name without one gets a made-up one). */
const originalExtension = (source: string) => extname(source).slice(1) || 'original';

function photoPath(file: PhotoFile, encode: (segment: string) => string): string {
  const extension = file.width === undefined ? originalExtension(file.source) : `${file.width}w.webp`;
  return [folder, ...file.source.split('/').map(encode)].join('/') + `.${file.key}.${encode(extension)}`;
}

/** The address of `file` under the site's `base`. */
export function photoUrl(base: string, file: PhotoFile): string {
  return `${base}${photoPath(file, encodeURIComponent)}`;
}

/** Where `file` goes in the built site, relative to it. */
export function photoSitePath(file: PhotoFile): string {
  return photoPath(file, (segment) => segment);
}

const address = /^(.+)\.([0-9a-f]{16})\.(?:(\d+)w\.webp|([^./]+))$/;

/** The photo file a site path (after the base, e.g. `_photos/…`) names, or undefined for any other path. */
export function parsePhotoPath(path: string): PhotoFile | undefined {
  if (!path.startsWith(`${folder}/`)) return undefined;
  let decoded: string;
  try {
    decoded = path.slice(folder.length + 1).split('/').map(decodeURIComponent).join('/');
  } catch {
    return undefined;
  }
  const match = address.exec(decoded);
  if (!match) return undefined;
  const [, source, key, width, extension] = match;
  // The original keeps its own extension; never a file outside the notes folder.
  if (extension !== undefined && originalExtension(source!) !== extension) return undefined;
  if (source!.split('/').some((segment) => segment === '..' || segment === '' || segment === '.')) return undefined;
  return { source: source!, key: key!, ...(width === undefined ? {} : { width: Number(width) }) };
}

/** Every photo address in the `src`, `srcset` and `href` attributes of `html` under `base` (as `_photos/…` site paths). */
export function photoPathsIn(html: string, base: string): string[] {
  const escaped = `${base}${folder}/`.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return [...html.matchAll(new RegExp(`(?<=(?:src|srcset|href)="[^"]*)${escaped}[^"\\s]+`, 'g'))].map(([url]) => url.slice(base.length));
}

/** The original's path relative to the notes folder, or undefined when it lies outside it. */
export function sourceInNotes(notesDir: string, file: string): string | undefined {
  const path = relative(notesDir, file);
  if (path.startsWith('..') || isAbsolute(path)) return undefined;
  return path.split(sep).join('/');
}

/** Where the cache keeps the WebP of photo `key` at `width`. */
export function cachedPhoto(cacheDir: string, key: string, width: number): string {
  return join(cacheDir, encodingVersion, key, `${width}.webp`);
}

/** Encodes `original` at `width` into `target`, unless the cache has it; true when it was encoded. */
export async function encodePhoto(original: string, width: number, target: string): Promise<boolean> {
  if (await stat(target).then(() => true, () => false)) return false;
  await mkdir(dirname(target), { recursive: true });
  // Written beside and renamed, so a build stopped half-way leaves no half a file in the cache.
  const partial = `${target}.${process.pid}.partial`;
  // Upright as the photo was taken, as the page's width and height say; an animated GIF stays animated, as with Astro.
  await sharp(original, { failOn: 'none', animated: true }).rotate().resize({ width, withoutEnlargement: true }).webp().toFile(partial);
  await rename(partial, target);
  return true;
}

/** Puts `from` at `to` (whose folder exists) in the site: a hard link where the file system allows one, else a copy. */
export async function placeFile(from: string, to: string): Promise<void> {
  try {
    await link(from, to);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EXDEV' && code !== 'EPERM' && code !== 'EEXIST') throw error;
    await copyFile(from, to, constants.COPYFILE_FICLONE);
  }
}
