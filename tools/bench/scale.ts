// How a build grows with the site: 200, 1,000 and 2,000 notes without
// diagrams, each built once. Goals: the median note page's HTML stays within
// 10% from 200 to 2,000 notes, and the time per note at 2,000 is at most
// 1.1× the time per note at 200.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { measuredBuild, printTable } from './build.ts';
import { writeCorpus } from './corpus.ts';

const sizes = [200, 1000, 2000];

/** The median size in bytes of the built note pages (`<day>/<track>/<note>/index.html`). */
export function medianNotePageBytes(outDir: string): number {
  const sizesOf = (dir: string, depth: number): number[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (!statSync(path).isDirectory() || !/^(day|track|\d)/.test(name)) return [];
      return depth === 3 ? [readFileSync(join(path, 'index.html')).length] : sizesOf(path, depth + 1);
    });
  const bytes = sizesOf(outDir, 1).sort((a, b) => a - b);
  return bytes[Math.floor(bytes.length / 2)]!;
}

export async function scaleSeries(root: string): Promise<void> {
  const rows: { notes: number; wall: number; perNote: number; pageBytes: number }[] = [];
  for (const notes of sizes) {
    const notesDir = join(root, `scale-${notes}`);
    const outDir = join(root, `scale-site-${notes}`);
    writeCorpus(notesDir, false, notes);
    const result = await measuredBuild(`${notes.toLocaleString('en')} notes, no diagrams`, notesDir, outDir);
    rows.push({ notes, wall: result.wallSeconds, perNote: result.wallSeconds / notes, pageBytes: medianNotePageBytes(outDir) });
  }
  const first = rows[0]!;
  const header = ['notes', 'wall', 'per note', 'per note ÷ 200', 'median note page', 'page ÷ 200'];
  printTable(
    `Scale: notes without diagrams, ${new Date().toISOString().slice(0, 10)}`,
    header,
    rows.map((row) => [
      row.notes.toLocaleString('en'),
      `${row.wall.toFixed(1)} s`,
      `${(row.perNote * 1000).toFixed(1)} ms`,
      `${(row.perNote / first.perNote).toFixed(2)}×`,
      `${row.pageBytes.toLocaleString('en')} B`,
      `${(row.pageBytes / first.pageBytes).toFixed(2)}×`,
    ]),
  );
}
