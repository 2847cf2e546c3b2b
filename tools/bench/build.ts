// One measured `astro build` of a corpus, from an empty output folder and
// Astro cache, and the markdown table the bench prints its results as.
import { rmSync } from 'node:fs';
import { measure, type Measurement } from './measure.ts';
import { astroCacheDir } from '../../src/environment.ts';

/** Builds `notesDir` into `outDir` with `env` added, printing the wall time; exits the bench if the build fails. */
export async function measuredBuild(label: string, notesDir: string, outDir: string, env: Record<string, string> = {}): Promise<Measurement> {
  // Astro's content cache would skip rendering altogether; only the diagram cache may be warm.
  rmSync(astroCacheDir(outDir), { recursive: true, force: true });
  rmSync(outDir, { recursive: true, force: true });
  return measuredCommand(label, 'astro build', { NOTES_DIR: notesDir, OUT_DIR: outDir, ...env });
}

/** Runs `command` with `env` added, printing the wall time; exits the bench if it fails. */
export async function measuredCommand(label: string, command: string, env: Record<string, string> = {}): Promise<Measurement> {
  process.stdout.write(`bench: ${label}… `);
  const result = await measure(command, env);
  if (result.exitCode !== 0) {
    console.error(`failed (exit ${result.exitCode})\n${result.output}`);
    process.exit(1);
  }
  console.log(`${result.wallSeconds.toFixed(1)} s`);
  return result;
}

export function printTable(title: string, header: string[], rows: string[][]): void {
  console.log(`\n${title}\n`);
  console.log(`| ${header.join(' | ')} |\n|${header.map(() => ' --- ').join('|')}|`);
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
}
