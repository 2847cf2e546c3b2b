// Without git history the site still builds, just without "Last updated" dates.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { lastCommitDatesUnder } from '../../../src/collections/git-dates.ts';

test('outside a git repository there are no dates, and no error', async (t) => {
  const folder = mkdtempSync(join(tmpdir(), 'no-git-'));
  const cwd = process.cwd();
  const ceiling = process.env.GIT_CEILING_DIRECTORIES;
  t.after(() => {
    process.chdir(cwd);
    if (ceiling === undefined) delete process.env.GIT_CEILING_DIRECTORIES;
    else process.env.GIT_CEILING_DIRECTORIES = ceiling;
    rmSync(folder, { recursive: true, force: true });
  });
  writeFileSync(join(folder, 'note.md'), 'text');
  // Stop git from finding a repository in a folder above the temporary one.
  process.env.GIT_CEILING_DIRECTORIES = tmpdir();
  process.chdir(folder);
  assert.equal((await lastCommitDatesUnder('.')).size, 0);
});
