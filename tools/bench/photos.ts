// The photo half of `npm run bench`: what 120 phone photos cost a build and
// a reader. Builds 40 notes with three 4000×3000 JPEGs each
//   (e) cold: no optimized photo cached   (f) warm: the photo cache kept, as CI keeps it
//   (g) the same notes without photos (the baseline)
// (f) and (g) twice, in turns, and prints the load average after each build;
// then measures the image bytes a note page costs a 390 px phone.
import { rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { astroCacheDir } from '../../src/environment.ts';
import { ensureOriginals, PHOTO_NOTES, PHOTOS_PER_NOTE, writePhotoCorpus } from './photo-corpus.ts';
import { measure, type Measurement } from './measure.ts';
import { phoneImageBytes } from './phone-bytes.ts';

interface PhotoRun {
  label: string;
  notesDir: string;
  outDir: string;
  /** Keep the optimized photos of the run before (in the same output folder's cache). */
  warm: boolean;
}

async function build(run: PhotoRun): Promise<Measurement> {
  const cache = astroCacheDir(run.outDir);
  // The content store goes every time, as in CI, which keeps only the photos (photos/).
  if (run.warm) rmSync(join(cache, 'data-store.json'), { force: true });
  else rmSync(cache, { recursive: true, force: true });
  rmSync(run.outDir, { recursive: true, force: true });
  process.stdout.write(`bench: ${run.label}… `);
  const result = await measure('astro build', { NOTES_DIR: run.notesDir, OUT_DIR: run.outDir });
  if (result.exitCode !== 0) {
    console.error(`failed (exit ${result.exitCode})\n${result.output}`);
    process.exit(1);
  }
  console.log(`${result.wallSeconds.toFixed(1)} s`);
  return result;
}

const kib = (bytes: number) => `${Math.round(bytes / 1024).toLocaleString('en')} KiB`;

/** Runs the photo benchmark under `root` and prints its table. */
export async function benchPhotos(root: string): Promise<void> {
  process.stdout.write('bench: making the 4000×3000 originals (kept between runs)… ');
  const originals = await ensureOriginals(join(root, 'photo-originals'));
  console.log('done');
  const withPhotos = join(root, 'photo-corpus');
  const withoutPhotos = join(root, 'photo-corpus-plain');
  const notes = writePhotoCorpus(withPhotos, originals, true);
  writePhotoCorpus(withoutPhotos, originals, false);
  const photoSite = join(root, 'site-photos');
  const warm: PhotoRun = { label: '(f) photos, warm', notesDir: withPhotos, outDir: photoSite, warm: true };
  const plain: PhotoRun = { label: '(g) no photos', notesDir: withoutPhotos, outDir: join(root, 'site-plain'), warm: false };
  // (f) and (g) take turns, twice, so a change in the machine's load falls on both.
  const runs = [{ label: '(e) photos, cold', notesDir: withPhotos, outDir: photoSite, warm: false }, warm, plain, warm, plain];
  const results: (PhotoRun & Measurement & { load: number })[] = [];
  for (const run of runs) results.push({ ...run, ...(await build(run)), load: loadavg()[0]! });

  process.stdout.write('bench: a note page on a 390 px phone… ');
  const sample = notes.filter((_, i) => i % 10 === 0);
  const phoneBytes = await phoneImageBytes(photoSite, sample.map(({ path }) => path));
  console.log('done');

  const plains = results.filter((r) => r.label === plain.label);
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
  const [plainWall, plainCpu] = [mean(plains.map((r) => r.wallSeconds)), mean(plains.map((r) => r.cpuSeconds))];
  const header = ['build', 'wall', 'CPU', 'peak memory', 'load', 'wall ÷ (g)', 'CPU ÷ (g)'];
  console.log(`\n${PHOTO_NOTES} notes with ${PHOTOS_PER_NOTE} photos of 4000×3000 each, ${new Date().toISOString().slice(0, 10)}; (g) is the mean of its runs\n`);
  console.log(`| ${header.join(' | ')} |\n|${header.map(() => ' --- ').join('|')}|`);
  for (const r of results) {
    const cells = [`${r.wallSeconds.toFixed(1)} s`, `${r.cpuSeconds.toFixed(1)} s`, `${Math.round(r.peakMemoryMiB)} MiB`, r.load.toFixed(1)];
    console.log(`| ${[r.label, ...cells, `${(r.wallSeconds / plainWall).toFixed(2)}×`, `${(r.cpuSeconds / plainCpu).toFixed(2)}×`].join(' | ')} |`);
  }
  const phoneHeader = ['note', 'original photos', 'images on a 390 px phone (3×)', 'ratio'];
  console.log(`\n| ${phoneHeader.join(' | ')} |\n|${phoneHeader.map(() => ' --- ').join('|')}|`);
  sample.forEach(({ path, originalBytes }, i) => {
    console.log(`| ${path} | ${kib(originalBytes)} | ${kib(phoneBytes[i]!)} | 1/${(originalBytes / phoneBytes[i]!).toFixed(1)} |`);
  });
}
