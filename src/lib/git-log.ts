// "Last updated" dates come from git history. One `git log` over the whole
// notes folder lists every commit with the files it touched, newest first, so
// the first commit that names a file is its latest: one process for all notes
// instead of one per note.

/**
 * Arguments for the `git log` whose output `lastCommitDates` reads. `-z` keeps
 * file names unquoted (non-ASCII names stay as written); `--relative` makes
 * them relative to the directory git runs in, not to the repository's root;
 * each commit starts with \x01 so it cannot be mistaken for a file name.
 */
export function lastCommitLogArgs(folder: string): string[] {
  return ['log', '-z', '--relative', '--format=%x01%cI', '--name-only', '--', folder];
}

/** Each file's latest commit date, keyed by path, from the output of `git log <lastCommitLogArgs>`. */
export function lastCommitDates(log: string): Map<string, Date> {
  const dates = new Map<string, Date>();
  for (const commit of log.split('\x01').slice(1)) {
    const [committed = '', ...files] = commit.split('\0');
    const date = new Date(committed);
    if (Number.isNaN(date.getTime())) continue;
    for (const [index, file] of files.entries()) {
      // git puts a newline between the commit line and its first file name.
      const path = index === 0 ? file.replace(/^\n/, '') : file;
      if (path !== '' && !dates.has(path)) dates.set(path, date);
    }
  }
  return dates;
}
