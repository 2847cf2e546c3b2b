// `npm run bench`: how much diagrams and photos cost a build. Builds one
// generated corpus four ways in this one invocation and prints a table;
// nothing here is a test.
//   (a) our renderer, cold cache   (b) our renderer, warm cache
//   (c) the same notes, no diagrams (the baseline)   (d) rehype-mermaid
// Then the photo corpus (bench/photos.ts). `-- --diagrams` or `-- --photos` runs one half.
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { writeCorpus } from './bench/corpus.ts';
import { measure, type Measurement } from './bench/measure.ts';
import { benchPhotos } from './bench/photos.ts';
import { astroCacheDir } from '../src/environment.ts';

const root = 'dist-test/bench';
async function benchDiagrams(): Promise<void> {
  const withDiagrams = join(root, 'corpus');
  const withoutDiagrams = join(root, 'corpus-plain');
  const diagramCache = join(root, 'diagram-cache');
  const diagramCount = writeCorpus(withDiagrams, true);
  writeCorpus(withoutDiagrams, false);
  rmSync(diagramCache, { recursive: true, force: true });

  interface Run {
    label: string;
    notesDir: string;
    renderer: 'inline' | 'rehype-mermaid';
  }

  const runs: Run[] = [
    { label: '(a) renderer, cold cache', notesDir: withDiagrams, renderer: 'inline' },
    { label: '(b) renderer, warm cache', notesDir: withDiagrams, renderer: 'inline' },
    { label: '(c) no diagrams', notesDir: withoutDiagrams, renderer: 'inline' },
    { label: '(d) rehype-mermaid', notesDir: withDiagrams, renderer: 'rehype-mermaid' },
  ];

  /** Bytes of inline <svg> per diagram across the built pages. */
  function svgBytesPerDiagram(outDir: string): number {
    let bytes = 0;
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (name.endsWith('.html')) {
          for (const svg of readFileSync(path, 'utf8').matchAll(/<svg[\s\S]*?<\/svg>/g)) {
            if (svg[0].includes('aria-roledescription')) bytes += Buffer.byteLength(svg[0]);
          }
        }
      }
    };
    walk(outDir);
    return bytes / diagramCount;
  }

  const results: (Run & Measurement & { svgBytes: number })[] = [];
  for (const [index, run] of runs.entries()) {
    const outDir = join(root, `site-${index}`);
    // Only the diagram cache may be warm: Astro's own content cache would skip rendering altogether.
    rmSync(astroCacheDir(outDir), { recursive: true, force: true });
    rmSync(outDir, { recursive: true, force: true });
    process.stdout.write(`bench: ${run.label}… `);
    const result = await measure('astro build', {
      NOTES_DIR: run.notesDir,
      OUT_DIR: outDir,
      DIAGRAMS: run.renderer,
      MERMAID_CACHE_DIR: diagramCache,
    });
    if (result.exitCode !== 0) {
      console.error(`failed (exit ${result.exitCode})\n${result.output}`);
      process.exit(1);
    }
    console.log(`${result.wallSeconds.toFixed(1)} s`);
    results.push({ ...run, ...result, svgBytes: run.notesDir === withDiagrams ? svgBytesPerDiagram(outDir) : 0 });
  }

  const plain = results[2]!;
  const baseline = results[3]!;
  const ratio = (value: number, to: number) => `${(value / to).toFixed(2)}×`;
  const rows = results.map((r) => [
    r.label,
    `${r.wallSeconds.toFixed(1)} s`,
    `${r.cpuSeconds.toFixed(1)} s`,
    `${Math.round(r.peakMemoryMiB)} MiB`,
    ratio(r.wallSeconds, plain.wallSeconds),
    ratio(r.wallSeconds, baseline.wallSeconds),
    r.svgBytes ? `${Math.round(r.svgBytes).toLocaleString('en')} B` : '–',
  ]);
  const header = ['build', 'wall', 'CPU', 'peak memory', 'wall ÷ (c)', 'wall ÷ (d)', 'SVG per diagram'];
  console.log(`\n${diagramCount} diagrams in 200 notes, ${new Date().toISOString().slice(0, 10)}\n`);
  console.log(`| ${header.join(' | ')} |\n|${header.map(() => ' --- ').join('|')}|`);
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
}

const part = process.argv[2];
if (part !== '--photos') await benchDiagrams();
if (part !== '--diagrams') await benchPhotos(root);
