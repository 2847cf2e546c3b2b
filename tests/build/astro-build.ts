// Runs a real `astro build` of one corpus into its own output folder, the way
// an author's push would, and hands back what the author would see.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { astroCacheDir } from '../../src/environment.ts';

export const root = resolve(import.meta.dirname, '../..');
const astro = join(root, 'node_modules/.bin/astro');

export interface BuildResult {
  /** The exit code; null when the build was killed. */
  status: number | null;
  /** stdout and stderr interleaved as they arrived, without colour codes. */
  output: string;
  /** The output folder, relative to the project root. */
  outDir: string;
}

/** A JS stack frame line, such as `    at load (file:///…/loader.ts:12:5)`. */
export const stackFrame = /^\s+at .+:\d+:\d+\)?$/m;

const outDirs = new Set<string>();

/** Builds `notesDir` (relative to the project root) into a fresh folder under dist-test/; `env` adds to the environment. */
export function buildSite(notesDir: string, { timeoutMs = 120_000, env: extra = {} }: { timeoutMs?: number; env?: NodeJS.ProcessEnv } = {}): Promise<BuildResult> {
  mkdirSync(join(root, 'dist-test'), { recursive: true });
  const outDir = relative(root, mkdtempSync(join(root, 'dist-test', 'build-test-')));
  outDirs.add(outDir);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NOTES_DIR: notesDir,
    OUT_DIR: outDir,
    BASE_PATH: '/',
    NO_COLOR: '1',
    ASTRO_TELEMETRY_DISABLED: '1',
    ...extra,
  };
  delete env.SITE_URL;
  delete env.FORCE_COLOR;
  return new Promise((resolvePromise, reject) => {
    const child = spawn(astro, ['build'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolvePromise({ status, output: stripVTControlCharacters(output), outDir });
    });
  });
}

/** Removes every output folder buildSite made, and the Astro cache each one got. */
export function removeBuilds(): void {
  for (const outDir of outDirs) {
    rmSync(join(root, outDir), { recursive: true, force: true });
    rmSync(join(root, astroCacheDir(outDir)), { recursive: true, force: true });
  }
  outDirs.clear();
}

/** A generated page, by its site path (`/day1/` → `<outDir>/day1/index.html`); undefined if it was not built. */
export function readPage(outDir: string, sitePath: string): string | undefined {
  const file = join(root, outDir, sitePath, sitePath.endsWith('.html') ? '' : 'index.html');
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}
