// A git repository with history made up for a test: every commit at a date the
// test chooses, so the dates the site shows can be asserted exactly. Shared by
// unit and build tests; nothing from the user's git configuration leaks in.
import { execFileSync } from 'node:child_process';

/** Runs git in `cwd`; the author and committer dates are `date` (ISO 8601). */
export function git(cwd: string, args: string[], date = '2024-03-21T09:00:00+00:00'): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_COMMITTER_DATE: date,
      GIT_AUTHOR_DATE: date,
      GIT_CONFIG_GLOBAL: '/dev/null',
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_AUTHOR_NAME: 'Test',
      GIT_AUTHOR_EMAIL: 'test@example.com',
      GIT_COMMITTER_NAME: 'Test',
      GIT_COMMITTER_EMAIL: 'test@example.com',
    },
  });
}

/** Makes `folder` a repository of its own. */
export function initRepository(folder: string): void {
  git(folder, ['init', '--quiet', '--initial-branch=main', '.']);
}

/** Commits every change under `folder` (new files included) at `date`. */
export function commitAll(folder: string, message: string, date: string): void {
  git(folder, ['add', '--all', '.']);
  git(folder, ['commit', '--quiet', '-m', message], date);
}
