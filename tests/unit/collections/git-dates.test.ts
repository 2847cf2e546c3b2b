// "Last updated" dates come from the history of the notes folder, wherever
// that history lives; without any, the site still builds, just without dates.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type TestContext, test } from 'node:test';
import { lastCommitDatesUnder } from '../../../src/collections/git-dates.ts';
import { commitAll, initRepository } from '../../git-history.ts';
import { writeTree } from '../write-tree.ts';

/** A fresh folder that is the working directory for the test, with no repository above it. */
function workingFolder(t: TestContext): string {
  const folder = mkdtempSync(join(tmpdir(), 'git-dates-'));
  const cwd = process.cwd();
  const ceiling = process.env.GIT_CEILING_DIRECTORIES;
  t.after(() => {
    process.chdir(cwd);
    if (ceiling === undefined) delete process.env.GIT_CEILING_DIRECTORIES;
    else process.env.GIT_CEILING_DIRECTORIES = ceiling;
    rmSync(folder, { recursive: true, force: true });
  });
  // Stop git from finding a repository in a folder above the temporary one.
  process.env.GIT_CEILING_DIRECTORIES = tmpdir();
  process.chdir(folder);
  return folder;
}

test('outside a git repository there are no dates, and no error', async (t) => {
  const folder = workingFolder(t);
  await writeTree(folder, { 'note.md': 'text' });
  assert.equal((await lastCommitDatesUnder('.')).size, 0);
});

test('a notes folder that is a repository of its own (a submodule, another checkout) has its dates, keyed from the working directory', async (t) => {
  const folder = workingFolder(t);
  await writeTree(join(folder, 'notes'), { 'day1/01_a.md': 'a', 'day1/02_b.md': 'b' });
  initRepository(join(folder, 'notes'));
  commitAll(join(folder, 'notes'), 'first', '2024-03-20T08:00:00+01:00');
  await writeTree(join(folder, 'notes'), { 'day1/02_b.md': 'b, edited' });
  commitAll(join(folder, 'notes'), 'second', '2024-03-22T17:30:00+01:00');
  assert.deepEqual(Object.fromEntries(await lastCommitDatesUnder('notes')), {
    'notes/day1/01_a.md': new Date('2024-03-20T07:00:00Z'),
    'notes/day1/02_b.md': new Date('2024-03-22T16:30:00Z'),
  });
});
