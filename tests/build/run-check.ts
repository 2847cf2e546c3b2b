// Runs `npm run check`'s note checker, tools/check.ts, on one corpus, the way
// an author would, and hands back what the author would see.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after } from 'node:test';
import { root } from './astro-build.ts';

/** A render cache no run has filled, so diagrams are really parsed; gone when the tests end. */
export function emptyDiagramCache(): string {
  mkdirSync(join(root, 'dist-test'), { recursive: true });
  const dir = mkdtempSync(join(root, 'dist-test', 'check-cache-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export interface CheckOptions {
  /** A diagram cache folder; by default an empty one. */
  diagramCacheDir?: string;
  /** Added to the environment, such as GITHUB_ACTIONS. */
  env?: NodeJS.ProcessEnv;
  /** Also run `astro check` of the site's code, as `npm run check` does; the note tests leave it out. */
  withAstroCheck?: boolean;
}

/** Checks `notesDir` (relative to the project root, or absolute). */
export function check(notesDir: string, { diagramCacheDir = emptyDiagramCache(), env = {}, withAstroCheck = false }: CheckOptions = {}): { status: number | null; output: string } {
  const result = spawnSync(join(root, 'node_modules/.bin/node'), ['tools/check.ts', ...(withAstroCheck ? [] : ['--notes-only'])], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, GITHUB_ACTIONS: 'false', NOTES_DIR: notesDir, MERMAID_CACHE_DIR: diagramCacheDir, ...env },
  });
  return { status: result.status, output: result.stdout + result.stderr };
}
