// A broken internal link fails `astro build` before any page is written, with
// one `file:line: message` naming the note, the link and the nearest page.
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, test } from 'node:test';
import type { AstroIntegrationLogger } from 'astro';
import { linkCheck } from '../../../src/integrations/link-check.ts';
import { NoteInputError } from '../../../src/lib/problem.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const logger = { info: () => {}, warn: () => {}, error: () => {}, debug: () => {} } as unknown as AstroIntegrationLogger;

/** Runs the integration's build-start hook as Astro would, for the notes in `notesDir`. */
function buildStart(notesDir: string): Promise<void> {
  const hook = linkCheck({ notesDir, publicDir: 'public', root }).hooks['astro:build:start'];
  assert.ok(hook, 'link-check has no astro:build:start hook');
  return Promise.resolve(hook({ logger } as never));
}

describe('link-check', () => {
  test('fails the build on a broken link, naming the note, its line, the link and the nearest page', async () => {
    await assert.rejects(buildStart('tests/fixtures/broken/link'), (error: unknown) => {
      assert.ok(error instanceof NoteInputError, `not a NoteInputError: ${error}`);
      assert.equal(
        error.message,
        'tests/fixtures/broken/link/day1/01_bad_link.md:8: links to /day1/02_fin/, which does not exist; the nearest page is /day1/02_fine/',
      );
      return true;
    });
  });

  test('lets a build whose links all resolve go on', async () => {
    await assert.doesNotReject(buildStart('tests/fixtures/content'));
  });

  test('finds public files under its root, as it finds the notes there', async () => {
    const elsewhere = await mkdtemp(join(tmpdir(), 'link-check-'));
    try {
      await mkdir(join(elsewhere, 'notes/day1'), { recursive: true });
      await mkdir(join(elsewhere, 'public'));
      await writeFile(join(elsewhere, 'notes/day1/_index.md'), '---\ntitle: Day 1\n---\n');
      await writeFile(join(elsewhere, 'notes/day1/01_a.md'), '---\ntitle: A\n---\n\n[the slides](/handout.pdf)\n');
      await writeFile(join(elsewhere, 'public/handout.pdf'), 'pdf');
      const hook = linkCheck({ notesDir: 'notes', publicDir: 'public', root: elsewhere }).hooks['astro:build:start']!;
      await assert.doesNotReject(Promise.resolve(hook({ logger } as never)));
    } finally {
      await rm(elsewhere, { recursive: true, force: true });
    }
  });
});
