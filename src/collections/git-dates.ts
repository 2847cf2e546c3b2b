// Runs git for the "Last updated" dates; src/lib/git-log.ts reads its output.
import { execFile } from 'node:child_process';
import { join, relative, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { lastCommitDates, lastCommitLogArgs } from '../lib/git-log.ts';

const run = promisify(execFile);

/**
 * The latest commit date of every file under `folder`, keyed by its path from
 * the working directory, as collection entries' `filePath`s are. git runs in
 * the folder itself, so a notes folder that is a repository of its own (a
 * submodule, or another checkout given as an absolute NOTES_DIR) has its dates
 * too. Empty outside a git repository or without git; files git does not know
 * (untracked, or older than a shallow clone's history) are missing. The site
 * builds the same either way, just without dates.
 */
export async function lastCommitDatesUnder(folder: string): Promise<Map<string, Date>> {
  try {
    const { stdout } = await run('git', lastCommitLogArgs('.'), { cwd: folder, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    const fromCwd = (file: string) => relative(process.cwd(), join(resolve(folder), file)).split(sep).join('/');
    return new Map([...lastCommitDates(stdout)].map(([file, date]) => [fromCwd(file), date]));
  } catch {
    return new Map();
  }
}
