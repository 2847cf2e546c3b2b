// Runs git for the "Last updated" dates; src/lib/git-log.ts reads its output.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { lastCommitDates, lastCommitLogArgs } from '../lib/git-log.ts';

const run = promisify(execFile);

/**
 * The latest commit date of every file under `folder` (relative to the working
 * directory), keyed by its path from there. Empty outside a git repository or
 * without git; files git does not know (untracked, or older than a shallow
 * clone's history) are missing. The site builds the same either way, just without dates.
 */
export async function lastCommitDatesUnder(folder: string): Promise<Map<string, Date>> {
  try {
    const { stdout } = await run('git', lastCommitLogArgs(folder), { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    return lastCommitDates(stdout);
  } catch {
    return new Map();
  }
}
