// The site check reads the notes folder once per build. Protected here: each
// note's aliases become Astro redirects (targets carrying the base, so they work
// under a sub-path); and before any page is written, a broken internal link or
// two pages at one address fail `astro build` with one `file:line: message`
// each, naming the note, and a site without problems builds on.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, test } from 'node:test';
import type { AstroIntegrationLogger } from 'astro';
import { siteCheck } from '../../../src/integrations/site-check.ts';
import { NoteInputError } from '../../../src/lib/problem.ts';
import { writeTree } from '../write-tree.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const logger = { info: () => {}, warn: () => {}, error: () => {}, debug: () => {} } as unknown as AstroIntegrationLogger;

type Redirects = Record<string, string>;

/**
 * Runs the integration's hooks as Astro would, for the notes in `notesDir`:
 * config setup (with `base`), then build start. Returns the redirects config
 * setup asked for.
 */
async function build(notesDir: string, { base = '/', under = root }: { base?: string; under?: string } = {}): Promise<Redirects> {
  const integration = siteCheck({ notesDir, publicDir: 'public', root: under });
  assert.equal(integration.name, 'site-check');
  const configSetup = integration.hooks['astro:config:setup'];
  const buildStart = integration.hooks['astro:build:start'];
  assert.ok(configSetup, 'site-check has no astro:config:setup hook');
  assert.ok(buildStart, 'site-check has no astro:build:start hook');
  const updates: { redirects?: Redirects }[] = [];
  await configSetup({ config: { base }, updateConfig: (update: { redirects?: Redirects }) => updates.push(update), logger } as never);
  assert.equal(updates.length, 1, 'config setup should update the config once');
  await buildStart({ logger } as never);
  return updates[0]!.redirects ?? {};
}

/** A notes folder (and public folder) in a temporary root, from `files` by path. */
async function withSite(files: Record<string, string>, run: (under: string) => Promise<void>): Promise<void> {
  const under = await mkdtemp(join(tmpdir(), 'site-check-'));
  try {
    await writeTree(under, files);
    await run(under);
  } finally {
    await rm(under, { recursive: true, force: true });
  }
}

/** Expects the build to fail with exactly `message`, as a NoteInputError. */
function failsWith(message: string) {
  return (error: unknown) => {
    assert.ok(error instanceof NoteInputError, `not a NoteInputError: ${error}`);
    assert.equal(error.message, message);
    return true;
  };
}

describe('site-check: links', () => {
  test('fails the build on a broken link, naming the note, its line, the link and the nearest page', async () => {
    await assert.rejects(
      build('tests/fixtures/broken/link'),
      failsWith('tests/fixtures/broken/link/day1/01_bad_link.md:8: links to /day1/02_fin/, which does not exist; the nearest page is /day1/02_fine/'),
    );
  });

  test('lets a build whose links all resolve go on', async () => {
    await assert.doesNotReject(build('tests/fixtures/content'));
  });

  test('finds public files under its root, as it finds the notes there', async () => {
    await withSite(
      {
        'notes/day1/_index.md': '---\ntitle: Day 1\n---\n',
        'notes/day1/01_a.md': '---\ntitle: A\n---\n\n[the slides](/handout.pdf)\n',
        'public/handout.pdf': 'pdf',
      },
      async (under) => {
        await assert.doesNotReject(build('notes', { under }));
      },
    );
  });

  test('lets a note link to another note’s alias, which the site serves as a redirect', async () => {
    await withSite(
      {
        'notes/day1/01_new.md': '---\ntitle: New\naliases: [/talks/old/]\n---\n',
        'notes/day1/02_b.md': '---\ntitle: B\n---\n\n[the old address](/talks/old/)\n',
      },
      async (under) => {
        await assert.doesNotReject(build('notes', { under }));
      },
    );
  });
});

describe('site-check: redirects', () => {
  test('passes each alias to Astro as a redirect to the note, the target under the base', async () => {
    await withSite(
      {
        'notes/day1/_index.md': '---\ntitle: Day 1\n---\n',
        'notes/day1/new.md': '---\ntitle: New\naliases: [/talks/old/]\n---\n',
      },
      async (under) => {
        assert.deepEqual(await build('notes', { base: '/kubecon24/', under }), { '/talks/old/': '/kubecon24/day1/new/' });
      },
    );
  });

  test('redirects to the URL a slug gives the note', async () => {
    await withSite(
      {
        'notes/day1/_index.md': '---\ntitle: Day 1\n---\n',
        'notes/day1/01_talk.md': '---\ntitle: New\nslug: new\naliases: [/talks/old/]\n---\n',
      },
      async (under) => {
        assert.deepEqual(await build('notes', { base: '/kubecon24/', under }), { '/talks/old/': '/kubecon24/day1/new/' });
      },
    );
  });

  test('passes redirects to targets at the site root when the base is /, and none without aliases', async () => {
    await withSite(
      {
        'notes/day1/01_talk.md': '---\ntitle: Talk\naliases: [01_old, /Talks/Older]\n---\n',
        'notes/day1/02_plain.md': '---\ntitle: Plain\n---\n',
      },
      async (under) => {
        assert.deepEqual(await build('notes', { under }), { '/day1/01_old/': '/day1/01_talk/', '/talks/older/': '/day1/01_talk/' });
      },
    );
    await withSite({ 'notes/day1/01_talk.md': '---\ntitle: Talk\n---\n' }, async (under) => {
      assert.deepEqual(await build('notes', { under }), {});
    });
  });

  test('passes no redirect for a draft’s alias', async () => {
    await withSite({ 'notes/day1/01_talk.md': '---\ntitle: Talk\ndraft: true\naliases: [/talks/old/]\n---\n', 'notes/day1/02_b.md': '---\ntitle: B\n---\n' }, async (under) => {
      assert.deepEqual(await build('notes', { under }), {});
    });
  });
});

describe('site-check: collisions', () => {
  test('fails the build on a page bundle and a file at one address, with the one line that names both', async () => {
    await withSite(
      {
        'notes/day1/_index.md': '---\ntitle: Day 1\n---\n',
        'notes/day1/01_talk.md': '---\ntitle: File\n---\n',
        'notes/day1/01_talk/index.md': '---\ntitle: Bundle\n---\n',
      },
      async (under) => {
        await assert.rejects(
          build('notes', { under }),
          failsWith('notes/day1/01_talk.md: has the URL /day1/01_talk/ of notes/day1/01_talk/index.md too; rename one of them, or give one a different slug'),
        );
      },
    );
  });

  test('fails the build on an alias that is a page’s address, on the note with the alias, and makes no redirect of it', async () => {
    await withSite(
      {
        'notes/day1/01_moved.md': '---\ntitle: Moved\naliases: [/day1/02_fine/]\n---\n',
        'notes/day1/02_fine.md': '---\ntitle: Fine\n---\n',
      },
      async (under) => {
        const integration = siteCheck({ notesDir: 'notes', publicDir: 'public', root: under });
        const redirects: Redirects[] = [];
        await integration.hooks['astro:config:setup']!({ config: { base: '/' }, updateConfig: (update: { redirects: Redirects }) => redirects.push(update.redirects), logger } as never);
        assert.deepEqual(redirects, [{}]);
        await assert.rejects(
          Promise.resolve(integration.hooks['astro:build:start']!({ logger } as never)),
          failsWith('notes/day1/01_moved.md: its alias /day1/02_fine/ is the URL of notes/day1/02_fine.md; an alias must be an address no page has'),
        );
      },
    );
  });
});

describe('site-check: the notes it read', () => {
  test('hands each note, with its diagrams, to whoever asked, at config setup, before any note renders', async () => {
    await withSite(
      {
        'notes/day1/_index.md': '---\ntitle: Day 1\n---\n',
        'notes/day1/a.md': '---\ntitle: A\n---\n\n```mermaid\npie\n  "a": 1\n```\n',
        'notes/day1/b.md': '---\ntitle: B\n---\n\nNo diagram.\n',
      },
      async (under) => {
        const read: string[][] = [];
        const integration = siteCheck({ notesDir: 'notes', publicDir: 'public', root: under, onNotesRead: (notes) => read.push(notes.flatMap((note) => note.diagrams.map(({ source }) => `${note.file}: ${source}`))) });
        await integration.hooks['astro:config:setup']!({ config: { base: '/' }, updateConfig: () => {}, logger } as never);
        assert.deepEqual(read, [['notes/day1/a.md: pie\n  "a": 1\n']]);
      },
    );
  });
});
