// Our no-diagram build against Astro Starlight's, on the same 200 generated
// notes: a minimal Starlight docs site (default config, its own docs
// collection through docsLoader(), Pagefind on as Starlight's default) and
// this site, built in turn, the order swapped each pair so neither side
// always runs on a warmer machine. Goal: ours is no slower.
//
// Starlight is installed by the bench, on demand, into its own folder under
// dist-test/ from a pinned lockfile (tools/bench/starlight-package*.json), not
// as a devDependency. As one it would add 27 packages (6 MiB) to every
// `npm ci` of CI, the tests and the publish workflow (measured 89 and 136 s
// against 63 and 132 s without, under load 7–12: within the noise), for a
// bench run by hand; and its peer range (astro ^7.2.10) could hold back an
// upgrade of Astro. Its lockfile pins the same Astro as ours: update both
// together. The install (about 25 s, kept until the lockfile changes) is not
// timed.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { measuredBuild, measuredCommand, printTable } from './build.ts';
import { writeCorpus } from './corpus.ts';
import type { Measurement } from './measure.ts';
import { medianNotePageBytes } from './scale.ts';

const PAIRS = 3;
const packageFile = new URL('./starlight-package.json', import.meta.url);
const lockFile = new URL('./starlight-package-lock.json', import.meta.url);

const astroConfig = `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

// A site URL, as ours has, so Starlight writes its sitemap too.
export default defineConfig({ site: 'https://example.com', integrations: [starlight({ title: 'Notes' })] });
`;

const contentConfig = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

/** Installs the pinned Starlight into `siteDir` unless the same lockfile is already installed there. */
function installStarlight(siteDir: string): void {
  const lock = readFileSync(lockFile, 'utf8');
  const installedLock = join(siteDir, 'package-lock.json');
  if (existsSync(join(siteDir, 'node_modules/@astrojs/starlight')) && existsSync(installedLock) && readFileSync(installedLock, 'utf8') === lock) return;
  process.stdout.write('bench: installing Starlight for the baseline… ');
  mkdirSync(siteDir, { recursive: true });
  cpSync(packageFile, join(siteDir, 'package.json'));
  cpSync(lockFile, installedLock);
  const install = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: siteDir, encoding: 'utf8' });
  if (install.status !== 0) {
    rmSync(installedLock, { force: true });
    console.error(`failed\n${install.stdout}${install.stderr}`);
    process.exit(1);
  }
  console.log('done');
}

/**
 * Writes the Starlight site's config and copies the notes into its docs
 * collection. A Hugo section's `_index.md` becomes Starlight's `index.md`, the
 * folder's own page, as it is ours; a root `index.md` stands for our home page.
 */
function writeStarlightSite(siteDir: string, notesDir: string): void {
  const docsDir = join(siteDir, 'src/content/docs');
  rmSync(docsDir, { recursive: true, force: true });
  cpSync(notesDir, docsDir, { recursive: true });
  const renameSectionPages = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) renameSectionPages(path);
      else if (name === '_index.md') renameSync(path, join(dir, 'index.md'));
    }
  };
  renameSectionPages(docsDir);
  writeFileSync(join(docsDir, 'index.md'), '---\ntitle: Notes\n---\n');
  writeFileSync(join(siteDir, 'astro.config.mjs'), astroConfig);
  writeFileSync(join(siteDir, 'src/content.config.mjs'), contentConfig);
}

function starlightBuild(siteDir: string, pair: number): Promise<Measurement> {
  // From an empty output folder and content cache, as our builds start.
  rmSync(join(siteDir, 'dist'), { recursive: true, force: true });
  rmSync(join(siteDir, 'node_modules/.astro'), { recursive: true, force: true });
  return measuredCommand(`Starlight, pair ${pair}`, `cd '${siteDir}' && ./node_modules/.bin/astro build`);
}

/** The Astro (and Starlight) versions each side builds with, for the table's title. */
function versions(): string {
  const dependencies = (file: URL): Record<string, string> => JSON.parse(readFileSync(file, 'utf8')).dependencies;
  const ours = dependencies(new URL('../../package.json', import.meta.url));
  const theirs = dependencies(packageFile);
  return `ours on Astro ${ours['astro']}, Starlight ${theirs['@astrojs/starlight']} on Astro ${theirs['astro']}`;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export async function starlightSeries(root: string): Promise<void> {
  const notesDir = join(root, 'starlight-notes');
  const siteDir = resolve(root, 'starlight-site');
  const oursOut = join(root, 'starlight-ours');
  writeCorpus(notesDir, false);
  installStarlight(siteDir);
  writeStarlightSite(siteDir, notesDir);
  const ours: Measurement[] = [];
  const theirs: Measurement[] = [];
  for (let pair = 1; pair <= PAIRS; pair++) {
    const builds = [
      async () => ours.push(await measuredBuild(`ours, pair ${pair}`, notesDir, oursOut)),
      async () => theirs.push(await starlightBuild(siteDir, pair)),
    ];
    for (const build of pair % 2 === 1 ? builds : builds.reverse()) await build();
  }
  const rows = [
    { label: 'this site', runs: ours, pageBytes: medianNotePageBytes(oursOut) },
    { label: 'Starlight', runs: theirs, pageBytes: medianNotePageBytes(join(siteDir, 'dist')) },
  ].map((row) => ({ ...row, wall: median(row.runs.map((r) => r.wallSeconds)), cpu: median(row.runs.map((r) => r.cpuSeconds)) }));
  const starlight = rows[1]!;
  printTable(
    `200 notes without diagrams, this site against Starlight, median of ${PAIRS} paired runs (${versions()}), ${new Date().toISOString().slice(0, 10)}`,
    ['build', 'wall', 'CPU', 'wall ÷ Starlight', 'CPU ÷ Starlight', 'median note page'],
    rows.map((row) => [
      row.label,
      `${row.wall.toFixed(1)} s`,
      `${row.cpu.toFixed(1)} s`,
      `${(row.wall / starlight.wall).toFixed(2)}×`,
      `${(row.cpu / starlight.cpu).toFixed(2)}×`,
      `${row.pageBytes.toLocaleString('en')} B`,
    ]),
  );
  const pairRatios = ours.map((run, index) => (run.wallSeconds / theirs[index]!.wallSeconds).toFixed(2));
  console.log(`\nwall ÷ Starlight in each pair: ${pairRatios.join(', ')}`);
}
