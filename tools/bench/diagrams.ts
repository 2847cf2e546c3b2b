// How much diagrams cost a build: one generated corpus of 200 notes built
// four ways, against each other.
//   (a) our renderer, cold cache   (b) our renderer, warm cache
//   (c) the same notes, no diagrams (the baseline)   (d) rehype-mermaid
// and, per diagram, mermaid's own render() in one warm page (the floor) against ours.
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { measuredBuild, printTable } from './build.ts';
import { corpusDiagrams, writeCorpus } from './corpus.ts';
import { measureFloor } from './floor.ts';
import type { Measurement } from './measure.ts';

interface Run {
  label: string;
  notesDir: string;
  renderer: 'inline' | 'rehype-mermaid';
}

/** Bytes of inline <svg> per diagram across the built pages. */
function svgBytesPerDiagram(outDir: string, diagramCount: number): number {
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

const rounds = 3;

/** The run with the median wall time. */
const medianRun = (runs: Measurement[]) => [...runs].sort((x, y) => x.wallSeconds - y.wallSeconds)[Math.floor(runs.length / 2)]!;

export async function diagramSeries(root: string): Promise<void> {
  const withDiagrams = join(root, 'corpus');
  const withoutDiagrams = join(root, 'corpus-plain');
  const diagramCache = join(root, 'diagram-cache');
  const diagramCount = writeCorpus(withDiagrams, true);
  writeCorpus(withoutDiagrams, false);

  const runs: Run[] = [
    { label: `(a) renderer, cold cache (median of ${rounds})`, notesDir: withDiagrams, renderer: 'inline' },
    { label: `(b) renderer, warm cache (median of ${rounds})`, notesDir: withDiagrams, renderer: 'inline' },
    { label: `(c) no diagrams (median of ${rounds})`, notesDir: withoutDiagrams, renderer: 'inline' },
    { label: '(d) rehype-mermaid', notesDir: withDiagrams, renderer: 'rehype-mermaid' },
  ];
  const build = (index: number) => {
    const run = runs[index]!;
    return measuredBuild(run.label, run.notesDir, join(root, `site-${index}`), { DIAGRAMS: run.renderer, MERMAID_CACHE_DIR: diagramCache });
  };
  // A round builds (a) from an empty cache, then (b) and (c); each row shows its median round, so
  // one slow build (this machine's wall times wander by a tenth and more) does not decide a ratio.
  const measured: Measurement[][] = [[], [], []];
  for (let round = 0; round < rounds; round++) {
    rmSync(diagramCache, { recursive: true, force: true });
    for (const index of [0, 1, 2]) measured[index]!.push(await build(index));
  }
  measured.push([await build(3)]);
  const results = runs.map((run, index) => ({
    ...run,
    ...medianRun(measured[index]!),
    svgBytes: run.notesDir === withDiagrams ? svgBytesPerDiagram(join(root, `site-${index}`), diagramCount) : 0,
  }));

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
  printTable(`${diagramCount} diagrams in 200 notes, ${new Date().toISOString().slice(0, 10)}`, header, rows);
  await floorSeries();
}

/** Per diagram, mermaid's own render() in one warm page (the floor) against our renderer's whole path for the same diagrams. */
async function floorSeries(): Promise<void> {
  process.stdout.write('bench: per diagram, mermaid render() against ours… ');
  const { floorMs, oursMs, medianRatio } = await measureFloor(corpusDiagrams());
  console.log('done');
  const ratio = (oursMs / floorMs).toFixed(2);
  console.log(`\n| per diagram, one warm page | ms | ÷ floor |\n| --- | --- | --- |`);
  console.log(`| mermaid render() (the floor) | ${floorMs.toFixed(1)} | 1.00× |`);
  console.log(`| our renderer: render, measure, finish | ${oursMs.toFixed(1)} | ${ratio}× (median per batch of ten ${medianRatio.toFixed(2)}×) |`);
}
