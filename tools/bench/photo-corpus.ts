// The photo benchmark's corpus: 2 days of 20 notes, each a page bundle with
// three 4000×3000 JPEGs (as a phone takes them), or the same notes with the
// photos left out. The JPEGs take a while to make, so they are made once and
// kept in `originalsDir`; every note gets photos of its own, since Astro
// optimizes a file it has seen once only once.
import { copyFileSync, existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { photoJpeg } from './photo.ts';

const DAYS = 2;
const NOTES_PER_DAY = 20;
export const PHOTOS_PER_NOTE = 3;
export const PHOTO_NOTES = DAYS * NOTES_PER_DAY;

/** Makes the originals missing from `dir` (photo-1.jpg …) and returns their paths. */
export async function ensureOriginals(dir: string): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const paths = Array.from({ length: PHOTO_NOTES * PHOTOS_PER_NOTE }, (_, i) => join(dir, `photo-${i + 1}.jpg`));
  for (const [i, path] of paths.entries()) {
    if (!existsSync(path)) writeFileSync(path, await photoJpeg(4000, 3000, i + 1));
  }
  return paths;
}

function note(n: number, index: number, withPhotos: boolean): string {
  const photo = (k: number) => (withPhotos ? `\n![Slide ${k} of talk ${n}](slide-${k}.jpg)\n` : '');
  return `---
title: Photo talk ${n}
weight: ${index + 1}
tags: [bench, photos]
---

Notes from talk ${n}, with the slides as the audience photographed them.
${photo(1)}
## What was said

- Point one of talk ${n}
- Point two, with \`inline code\`
${photo(2)}
## Questions

Closing remarks for talk ${n}.
${photo(3)}`;
}

/** Writes the corpus to `dir` (replacing it) and returns, per note, its page path and its photos' bytes. */
export function writePhotoCorpus(dir: string, originals: readonly string[], withPhotos: boolean): { path: string; originalBytes: number }[] {
  rmSync(dir, { recursive: true, force: true });
  const notes: { path: string; originalBytes: number }[] = [];
  for (let day = 1; day <= DAYS; day++) {
    mkdirSync(join(dir, `day${day}`), { recursive: true });
    writeFileSync(join(dir, `day${day}`, '_index.md'), `---\ntitle: Day ${day}\nweight: ${day}\n---\n`);
    for (let index = 0; index < NOTES_PER_DAY; index++) {
      const n = (day - 1) * NOTES_PER_DAY + index;
      const name = `${String(index + 1).padStart(2, '0')}_talk`;
      const bundle = join(dir, `day${day}`, name);
      mkdirSync(bundle);
      writeFileSync(join(bundle, 'index.md'), note(n, index, withPhotos));
      let originalBytes = 0;
      for (let k = 1; withPhotos && k <= PHOTOS_PER_NOTE; k++) {
        const original = originals[n * PHOTOS_PER_NOTE + k - 1]!;
        copyFileSync(original, join(bundle, `slide-${k}.jpg`));
        originalBytes += statSync(original).size;
      }
      notes.push({ path: `/day${day}/${name}/`, originalBytes });
    }
  }
  return notes;
}
