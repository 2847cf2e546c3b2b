// Images in a note, before Astro's own image step sees them. A relative
// image (`photo.jpg`, `../images/slide.png`) is Astro's to optimize: this
// plugin gives it the `sizes` the page's column is drawn at, so the browser
// picks a small enough file from its srcset, and loads it lazily unless it is
// the note's first. A root-absolute image (`/screenshot.png`) is served as is
// from the public folder, so it gets its width and height here, read from the
// file, and nothing shifts as it loads. Both open full size (a link, which
// the dialog script turns into a dialog). Remote images stay as written: the
// build never fetches them. A missing file, or one that is not an image, is a
// problem with the note's file and line, instead of Astro's "ImageNotFound".
import { relative } from 'node:path';
import type { Element, Parents, Root } from 'hast';
import { h } from 'hastscript';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type {} from '@astrojs/markdown-remark';
import type { Problem } from '../lib/problem.ts';
import { imageFile, imageKind, type ImageProbe, probeImage } from './image-files.ts';
import { lineInFile } from './file-lines.ts';

/**
 * How wide a note's image is drawn, as the page grid in global.css lays out
 * the content column: the viewport less the page padding on phones, less the
 * sidebar too on tablets, and at most --content-width (46rem) on desktops.
 */
export const photoSizes = '(min-width: 76rem) 46rem, (min-width: 50rem) calc(100vw - 21.5rem), calc(100vw - 2rem)';

export interface RehypePhotosOptions {
  /** The folder root-absolute images are served from, absolute. */
  publicDir: string;
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

/** Without JavaScript the link opens the full-size file; `photo-links.ts` points it there once Astro has written the image's URLs. */
function openableFullSize({ img, parent }: Found): void {
  if (parent.type === 'element' && parent.tagName === 'a') return;
  const index = parent.children.indexOf(img);
  // A photo without alt text still needs its link named (npm run check warns about the alt text).
  const name = typeof img.properties.alt === 'string' && img.properties.alt.trim() !== '' ? {} : { ariaLabel: 'Photo, full size' };
  parent.children[index] = h('span.photo', [h('a.photo-link', name, [img])]);
}

function describe(found: Found, probe: ImageProbe & { ok: true }, first: boolean): void {
  const { img } = found;
  img.properties.loading = first ? 'eager' : 'lazy';
  img.properties.decoding = 'async';
  if (imageKind(found.src) === 'local') {
    img.properties.sizes = photoSizes;
  } else {
    img.properties.width = probe.width;
    img.properties.height = probe.height;
  }
  openableFullSize(found);
}

export function rehypePhotos({ publicDir, onError }: RehypePhotosOptions) {
  return async (tree: Root, file: VFile): Promise<void> => {
    if (!file.path) return;
    const found = localImages(tree);
    const probes = await Promise.all(found.map(({ src }) => probeImage(imageFile(src, file.path, publicDir), src)));
    let shown = 0;
    found.forEach((image, i) => {
      const probe = probes[i]!;
      if (probe.ok) {
        describe(image, probe, shown++ === 0);
        return;
      }
      // Astro's image step must not try the file too: it would fail without naming the note.
      const astro = file.data.astro;
      if (astro?.localImagePaths) astro.localImagePaths = astro.localImagePaths.filter((path) => path !== decodeURI(image.src));
      onError({ file: relative(process.cwd(), file.path), line: lineInFile(file, image.img.position?.start.line), message: probe.message }, file);
    });
    // The page reads this back and loads the full-size dialog only when there are photos.
    if (shown > 0 && file.data.astro?.frontmatter) file.data.astro.frontmatter.photoCount = shown;
  };
}
