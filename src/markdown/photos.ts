// Images in a note. A relative image (`photo.jpg`, `../images/slide.png`) is
// a photo: it gets a srcset of WebP files (photo-files.ts makes them) with the
// `sizes` the page's column is drawn at, so the browser picks a small enough
// file, and loads lazily unless it is the note's first. A root-absolute image
// (`/screenshot.png`) is served as is from the public folder. Both get their
// width and height, read from the file, so nothing shifts as they load, and
// open full size: a link to the original, which the dialog script turns into
// a dialog. Remote images stay as written: the build never fetches them. A
// missing file, or one that is not an image, is a problem with the note's
// file and line. Astro's own image step never sees these images (see
// photo-files.ts for why).
import { relative } from 'node:path';
import type { Element, Parents, Root } from 'hast';
import { h } from 'hastscript';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type {} from '@astrojs/markdown-remark';
import type { Problem } from '../lib/problem.ts';
import { imageFile, imageKind, probeNoteImage } from './image-files.ts';
import { lineInFile } from './file-lines.ts';
import { photoUrl, sourceInNotes, widthsFor } from './photo-files.ts';
import type { PhotoFacts, PhotoKeys } from './photo-keys.ts';

/**
 * How wide a note's image is drawn, as the page grid in global.css lays out
 * the content column: the viewport less the page padding on phones, less the
 * sidebar too on tablets, and at most --content-width (46rem) on desktops.
 */
export const photoSizes = '(min-width: 76rem) 46rem, (min-width: 50rem) calc(100vw - 21.5rem), calc(100vw - 2rem)';

export interface RehypePhotosOptions {
  /** The folder root-absolute images are served from, absolute. */
  publicDir: string;
  /** The notes folder, absolute: a photo's address names its file from there. */
  notesDir: string;
  /** The sub-path the site is served under. */
  base: string;
  keys: PhotoKeys;
  onError: (problem: Problem, file: VFile) => void;
}

interface Found {
  img: Element;
  parent: Parents;
  src: string;
}

function localImages(tree: Root): Found[] {
  const found: Found[] = [];
  visit(tree, 'element', (img, _index, parent) => {
    const src = img.properties.src;
    if (img.tagName === 'img' && typeof src === 'string' && parent && imageKind(src) !== 'remote') found.push({ img, parent, src });
  });
  return found;
}

/** Without JavaScript the link opens the full-size file. */
function openableFullSize({ img, parent }: Found, href: string): void {
  if (parent.type === 'element' && parent.tagName === 'a') return;
  const index = parent.children.indexOf(img);
  // A photo without alt text still needs its link named (npm run check warns about the alt text).
  const name = typeof img.properties.alt === 'string' && img.properties.alt.trim() !== '' ? {} : { ariaLabel: 'Photo, full size' };
  parent.children[index] = h('span.photo', [h('a.photo-link', { ...name, href }, [img])]);
}

/** A local photo's files, named by its place in the notes folder and its contents. */
interface PhotoAddresses {
  src: string;
  srcset: string;
  full: string;
}

type Checked = { ok: true; width: number; height: number; photo?: PhotoAddresses } | { ok: false; message: string };

function addresses(base: string, source: string, { key, width }: PhotoFacts): PhotoAddresses {
  const widths = widthsFor(width);
  const url = (w?: number) => photoUrl(base, { source, key, ...(w === undefined ? {} : { width: w }) });
  return { src: url(widths.at(-1)), srcset: widths.map((w) => `${url(w)} ${w}w`).join(', '), full: url() };
}

async function check(found: Found, file: VFile, options: RehypePhotosOptions): Promise<Checked> {
  const path = imageFile(found.src, file.path, options.publicDir);
  const source = imageKind(found.src) === 'local' ? sourceInNotes(options.notesDir, path) : undefined;
  // A photo unchanged since an earlier build is neither read nor probed again.
  const known = source === undefined ? undefined : await options.keys.known(path);
  if (known) return { ok: true, width: known.width, height: known.height, photo: addresses(options.base, source!, known) };
  const probe = await probeNoteImage(found.src, file.path, options);
  // probeNoteImage has made sure a local photo is inside the notes folder.
  if (!probe.ok || source === undefined) return probe;
  const facts = await options.keys.learn(path, { width: probe.width, height: probe.height });
  return { ...probe, photo: addresses(options.base, source, facts) };
}

function describe(found: Found, checked: Checked & { ok: true }, first: boolean): void {
  const { img } = found;
  img.properties.loading = first ? 'eager' : 'lazy';
  img.properties.decoding = 'async';
  img.properties.width = checked.width;
  img.properties.height = checked.height;
  if (checked.photo) {
    img.properties.src = checked.photo.src;
    img.properties.srcset = checked.photo.srcset;
    img.properties.sizes = photoSizes;
  }
  openableFullSize(found, checked.photo?.full ?? found.src);
}

export function rehypePhotos(options: RehypePhotosOptions) {
  return async (tree: Root, file: VFile): Promise<void> => {
    if (!file.path) return;
    const found = localImages(tree);
    const checks = await Promise.all(found.map((image) => check(image, file, options)));
    // Every local image is this plugin's: Astro's image step must not import it (photo-files.ts says why), nor fail on a broken one without naming the note.
    if (file.data.astro?.localImagePaths) file.data.astro.localImagePaths = [];
    let shown = 0;
    found.forEach((image, i) => {
      const checked = checks[i]!;
      if (checked.ok) describe(image, checked, shown++ === 0);
      else options.onError({ file: relative(process.cwd(), file.path), line: lineInFile(file, image.img.position?.start.line), message: checked.message }, file);
    });
    // The page reads this back and loads the full-size dialog only when there are photos.
    if (shown > 0 && file.data.astro?.frontmatter) file.data.astro.frontmatter.photoCount = shown;
  };
}
