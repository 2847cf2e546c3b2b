// Runs a real `astro build` of one corpus into its own output folder, the way
// an author's push would, and hands back what the author would see.
import assert from 'node:assert/strict';
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

/** The output lines that report a problem: `file:line: message`, one per problem, for the corpora under tests/fixtures/. */
export function problemLines(output: string): string[] {
  return output.split('\n').filter((line) => line.startsWith('tests/fixtures/'));
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** How often `file` is named: `day1/01_talk.md` inside `day1/01_talk.mdx` does not count. */
function occurrences(text: string, file: string): number {
  return text.match(new RegExp(`${escapeRegExp(file)}(?!\\w)`, 'g'))?.length ?? 0;
}

/**
 * The checks every broken corpus shares: failed, named each file once, no stack, hinted at the README,
 * no site written, and blamed no other note, unless the problem is about the valid note too (`fineNoteNamed`).
 */
export function assertOneReadableFailure(build: BuildResult, files: readonly string[], fineNoteNamed = false): void {
  assert.notEqual(build.status, null, `the build was killed:\n${build.output}`);
  assert.notEqual(build.status, 0, `the build succeeded:\n${build.output}`);
  for (const file of files) {
    assert.equal(occurrences(build.output, file), 1, `expected ${file} to be named exactly once:\n${build.output}`);
  }
  assert.doesNotMatch(build.output, stackFrame, 'the output holds a stack trace');
  if (!fineNoteNamed) assert.doesNotMatch(build.output, /02_fine\.md/, 'the valid note was blamed too');
  assert.equal(readPage(build.outDir, '/'), undefined, 'a site was generated anyway');
  assert.match(build.output, /"Writing a note" in README\.md/, 'the author is not pointed at the README');
}
