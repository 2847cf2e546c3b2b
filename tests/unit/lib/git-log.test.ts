// "Last updated" dates: one git log for all notes, read once; the newest commit naming a file wins.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { lastCommitDates, lastCommitLogArgs } from '../../../src/lib/git-log.ts';
import { commitAll, git, initRepository } from '../../git-history.ts';

/** What `git log -z --format=%x01%cI --name-only` prints for one commit. */
const commit = (date: string, ...files: string[]) => `\x01${date}\0\n${files.join('\0')}\0`;

describe('lastCommitDates', () => {
  test('takes the first (newest) commit that names each file', () => {
    const dates = lastCommitDates(
      commit('2024-03-22T10:00:00+01:00', 'content/day2/11_sidecarless.md') +
        commit('2024-03-21T09:00:00+01:00', 'content/day2/11_sidecarless.md', 'content/day2/_index.md'),
    );
    assert.deepEqual(Object.fromEntries(dates), {
      'content/day2/11_sidecarless.md': new Date('2024-03-22T09:00:00Z'),
      'content/day2/_index.md': new Date('2024-03-21T08:00:00Z'),
    });
  });

  test('keeps names with spaces, non-ASCII letters and newlines as written', () => {
    const dates = lastCommitDates(commit('2024-03-21T09:00:00Z', 'content/day2/02 Überwachung.md', 'content/day2/odd\nname.md'));
    assert.deepEqual([...dates.keys()], ['content/day2/02 Überwachung.md', 'content/day2/odd\nname.md']);
  });

  test('is empty for no history, and skips commits without files or with an unreadable date', () => {
    assert.equal(lastCommitDates('').size, 0);
    const dates = lastCommitDates(`\x012024-03-22T10:00:00Z\0\x01not a date\0\na.md\0${commit('2024-03-20T10:00:00Z', 'a.md')}`);
    assert.deepEqual(Object.fromEntries(dates), { 'a.md': new Date('2024-03-20T10:00:00Z') });
  });
});

describe('lastCommitLogArgs with a real git', () => {
  test('produce output lastCommitDates reads, relative to the directory git runs in', (t) => {
    const repo = mkdtempSync(join(tmpdir(), 'git-log-'));
    t.after(() => rmSync(repo, { recursive: true, force: true }));
    mkdirSync(join(repo, 'site/notes/day1'), { recursive: true });
    writeFileSync(join(repo, 'site/notes/day1/01_a.md'), 'a');
    writeFileSync(join(repo, 'site/notes/day1/02_ü.mdx'), 'b');
    initRepository(repo);
    commitAll(repo, 'first', '2024-03-21T09:00:00+00:00');
    writeFileSync(join(repo, 'site/notes/day1/01_a.md'), 'a, edited');
    commitAll(repo, 'second', '2024-03-22T09:00:00+00:00');
    writeFileSync(join(repo, 'site/notes/day1/03_untracked.md'), 'c');

    const dates = lastCommitDates(git(join(repo, 'site'), lastCommitLogArgs('notes')));
    assert.deepEqual(Object.fromEntries(dates), {
      'notes/day1/01_a.md': new Date('2024-03-22T09:00:00Z'),
      'notes/day1/02_ü.mdx': new Date('2024-03-21T09:00:00Z'),
    });
  });
});
