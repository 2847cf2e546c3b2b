// In `astro dev` a saved note shows in the open tabs: every .md or .mdx
// change under the notes folder, and only those, leads to one refresh of the
// collections per burst (Astro then reloads the tabs) and one log line naming
// the files. Refreshes never overlap; one Astro skips (while it reloads its
// content config) is tried again; a failed one is logged and the next still
// runs; and `astro build` watches nothing.
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { HotPayload } from 'vite';
import { afterEach, beforeEach, describe, mock, test } from 'node:test';
import { batchChanges, describeRefresh, isNoteFile, livePreview, refreshUntilDone } from '../../../src/integrations/live-preview.ts';
import { writeTree } from '../write-tree.ts';

const root = '/project';
const notes = join(root, 'content');

/** Lets the promise callbacks and I/O queued so far run (setImmediate is not mocked). */
const settle = async () => {
  for (let turn = 0; turn < 5; turn += 1) await new Promise((resolve) => setImmediate(resolve));
};

/** Moves mocked time on by `ms`, 100 ms at a time, letting what each step starts run. */
async function advance(ms: number): Promise<void> {
  for (let passed = 0; passed < ms; passed += 100) {
    mock.timers.tick(100);
    await settle();
  }
}

/** A refresh as Astro's refreshContent runs one: it reads files, so it settles only after the event loop has turned, twice here. */
const readsFiles = () => new Promise<void>((resolve) => setImmediate(() => setImmediate(resolve)));

beforeEach(() => mock.timers.enable({ apis: ['setTimeout'] }));
afterEach(() => mock.timers.reset());

describe('isNoteFile', () => {
  test('accepts the notes and section files the collections read, at any depth', () => {
    for (const file of ['day1/01_talk.md', 'day2/02_talk.mdx', 'day1/_index.md', '_index.md', 'about.md', 'day2/12_ambient/index.md', 'day2/workshops/01_ebpf.md']) {
      assert.equal(isNoteFile(notes, join(notes, file)), true, file);
    }
  });

  test('ignores other files: resources, editors’ backup, swap and lock files, hidden folders', () => {
    for (const file of ['day2/12_ambient/slide.png', 'day1/01_talk.md~', 'day1/.01_talk.md.swp', 'day1/.#01_talk.md', '.drafts/01_talk.md', 'day1/notes.txt', 'day1/01_TALK.MD', 'day1']) {
      assert.equal(isNoteFile(notes, join(notes, file)), false, file);
    }
  });

  test('ignores Markdown outside the notes folder, in a sibling whose name starts the same too', () => {
    for (const file of [join(root, 'README.md'), join(root, 'content-old/day1/01_talk.md'), '/elsewhere/day1/01_talk.md', notes]) {
      assert.equal(isNoteFile(notes, file), false, file);
    }
  });
});

/** A batcher whose flushes are recorded; each flush waits for `release()` when `hold` is set. */
function recordingBatcher({ hold = false, failOn = '' } = {}) {
  const flushed: string[][] = [];
  const errors: unknown[] = [];
  let running = 0;
  let overlapped = false;
  const waiting: (() => void)[] = [];
  const batcher = batchChanges(
    100,
    async (files) => {
      running += 1;
      overlapped ||= running > 1;
      flushed.push(files);
      if (hold) await new Promise<void>((resolve) => waiting.push(resolve));
      running -= 1;
      if (files.includes(failOn)) throw new Error(`could not load ${failOn}`);
    },
    (error) => errors.push(error),
  );
  const release = () => waiting.splice(0).forEach((resolve) => resolve());
  return { batcher, flushed, errors, release, overlapped: () => overlapped };
}

describe('batchChanges', () => {
  test('hands on a burst of changes once, 100 ms after the last, each file once in the order first seen', async () => {
    const { batcher, flushed } = recordingBatcher();
    batcher.add('b.md');
    mock.timers.tick(60);
    batcher.add('a.md');
    mock.timers.tick(60);
    batcher.add('b.md');
    mock.timers.tick(99);
    await settle();
    assert.deepEqual(flushed, []);
    mock.timers.tick(1);
    await settle();
    assert.deepEqual(flushed, [['b.md', 'a.md']]);
  });

  test('hands on changes that are further apart as separate batches', async () => {
    const { batcher, flushed } = recordingBatcher();
    batcher.add('a.md');
    mock.timers.tick(100);
    await settle();
    batcher.add('a.md');
    mock.timers.tick(100);
    await settle();
    assert.deepEqual(flushed, [['a.md'], ['a.md']]);
  });

  test('never flushes two batches at once: one that fills during a flush waits for it', async () => {
    const { batcher, flushed, release, overlapped } = recordingBatcher({ hold: true });
    batcher.add('a.md');
    mock.timers.tick(100);
    await settle();
    batcher.add('b.md');
    mock.timers.tick(100);
    await settle();
    assert.deepEqual(flushed, [['a.md']]);
    release();
    await settle();
    assert.deepEqual(flushed, [['a.md'], ['b.md']]);
    release();
    await settle();
    assert.equal(overlapped(), false);
  });

  test('reports a batch that fails and still flushes the next', async () => {
    const { batcher, flushed, errors } = recordingBatcher({ failOn: 'broken.md' });
    batcher.add('broken.md');
    mock.timers.tick(100);
    await settle();
    batcher.add('fixed.md');
    mock.timers.tick(100);
    await settle();
    assert.deepEqual(flushed, [['broken.md'], ['fixed.md']]);
    assert.deepEqual(errors.map(String), ['Error: could not load broken.md']);
  });

  test('drops the changes collected so far when cancelled', async () => {
    const { batcher, flushed } = recordingBatcher();
    batcher.add('a.md');
    batcher.cancel();
    mock.timers.tick(1000);
    await settle();
    assert.deepEqual(flushed, []);
  });
});

describe('refreshUntilDone', () => {
  const retry = { attempts: 4, delayMs: 100 };

  test('refreshes once when Astro runs the refresh', async () => {
    let calls = 0;
    const done = refreshUntilDone(() => (calls++, readsFiles()), retry);
    assert.equal(await done, true);
    assert.equal(calls, 1);
  });

  test('tries again, 100 ms apart, while Astro skips the refresh', async () => {
    let calls = 0;
    const done = refreshUntilDone(() => (++calls < 3 ? Promise.resolve() : readsFiles()), retry);
    await settle();
    assert.equal(calls, 1);
    await advance(200);
    assert.equal(calls, 3);
    assert.equal(await done, true);
  });

  test('gives up after the last attempt Astro skips', async () => {
    let calls = 0;
    const done = refreshUntilDone(() => (calls++, Promise.resolve()), retry);
    await advance(1000);
    assert.equal(await done, false);
    assert.equal(calls, 4);
  });

  test('passes on a refresh that fails, at once or later, without trying again', async () => {
    let calls = 0;
    await assert.rejects(refreshUntilDone(() => (calls++, Promise.reject(new Error('bad note'))), retry), /bad note/);
    await assert.rejects(refreshUntilDone(() => (calls++, readsFiles().then(() => Promise.reject(new Error('bad note')))), retry), /bad note/);
    assert.equal(calls, 2);
  });
});

describe('describeRefresh', () => {
  test('names the files from the project root, and in full when outside it', () => {
    assert.equal(
      describeRefresh(root, [join(notes, 'day1/01_talk.md'), '/tmp/notes/day2/_index.md'], 512.4),
      'content/day1/01_talk.md, /tmp/notes/day2/_index.md changed: notes refreshed in 512 ms',
    );
  });

  test('says so when Astro refreshed nothing, and what to do', () => {
    assert.equal(
      describeRefresh(root, [join(notes, 'day1/01_talk.md')], undefined),
      'content/day1/01_talk.md changed, but Astro refreshed nothing: its content config did not load. Restart astro dev.',
    );
  });
});

/** A dev server as the integration sees it: a watcher to emit file events on, and the channel to the open pages. */
function fakeServer() {
  const watched: string[] = [];
  const watcher = Object.assign(new EventEmitter(), { add: (path: string) => watched.push(path) });
  // What the open pages were sent: an overlay's message, or a reload.
  const overlays: string[] = [];
  const hot = { send: (payload: HotPayload) => overlays.push(payload.type === 'error' ? payload.err.message : payload.type), on: () => {} };
  return { server: { watcher, environments: { client: { hot } } }, watcher, watched, overlays };
}

/** Runs the integration's hooks as `astro <command>` would, with a refreshContent that records its calls. */
function start(command: 'dev' | 'build', { notesDir = 'content', refreshFails = false, skips = 0, projectRoot = root } = {}) {
  const { server, watcher, watched, overlays } = fakeServer();
  const refreshes: unknown[] = [];
  let noteChanges = 0;
  const logs: { info: string[]; warn: string[]; error: string[] } = { info: [], warn: [], error: [] };
  const logger = { info: (line: string) => logs.info.push(line), warn: (line: string) => logs.warn.push(line), error: (line: string) => logs.error.push(line), debug: () => {} };
  let calls = 0;
  // Astro's refreshContent: skipped (returning at once) the first `skips` times, then reading the notes.
  const refreshContent = async (options: unknown) => {
    if (++calls <= skips) return;
    await readsFiles();
    refreshes.push(options);
    if (refreshFails) throw new Error('content/day1/01_talk.md: front matter field "weight": expected a whole number');
  };
  const { hooks } = livePreview({ notesDir, publicDir: 'public', onNoteChange: () => (noteChanges += 1) });
  hooks['astro:config:setup']!({ command, config: { root: pathToFileURL(`${projectRoot}/`) }, logger } as never);
  hooks['astro:server:setup']!({ server, refreshContent, logger } as never);
  const change = async (event: string, ...files: string[]) => {
    for (const file of files) watcher.emit(event, file);
    await advance(100);
  };
  return { change, refreshes, watched, logs, watcher, overlays, calls: () => calls, noteChanges: () => noteChanges };
}

/** Lets real I/O (the link check reads the notes folder) finish, turn by turn, until `done`. */
async function until(done: () => boolean): Promise<void> {
  for (let turn = 0; turn < 10_000 && !done(); turn += 1) await new Promise((resolve) => setImmediate(resolve));
  assert.ok(done(), 'gave up waiting');
}

describe('livePreview in astro dev', () => {
  test('watches the notes folder, relative to the project root or absolute', () => {
    assert.deepEqual(start('dev').watched, [notes]);
    assert.deepEqual(start('dev', { notesDir: '/tmp/notes' }).watched, ['/tmp/notes']);
  });

  test('refreshes every collection once, and logs one line naming the files, for a burst of note changes', async () => {
    const dev = start('dev');
    const talk = join(notes, 'day1/01_talk.md');
    const day = join(notes, 'day1/_index.md');
    await dev.change('change', talk, day, talk);
    assert.equal(dev.refreshes.length, 1);
    assert.equal((dev.refreshes[0] as { loaders?: string[] }).loaders, undefined, 'a refresh limited to some loaders would leave others stale');
    assert.equal(dev.logs.info.length, 1);
    assert.match(dev.logs.info[0]!, /^content\/day1\/01_talk\.md, content\/day1\/_index\.md changed: notes refreshed in \d+ ms$/);
  });

  test('reacts to notes added and deleted as to notes changed', async () => {
    const dev = start('dev');
    await dev.change('add', join(notes, 'day3/01_new.mdx'));
    await dev.change('unlink', join(notes, 'day1/02_gone.md'));
    // The second waits for the first's link check, which reads the disk.
    await until(() => dev.refreshes.length === 2);
    assert.match(dev.logs.info.join('\n'), /^content\/day3\/01_new\.mdx changed: .*\ncontent\/day1\/02_gone\.md changed: /);
  });

  test('tells the host of each note change at once, before the notes refresh, so a ref renders against the notes as they are', () => {
    const dev = start('dev');
    dev.watcher.emit('add', join(notes, 'day3/01_new.md'));
    dev.watcher.emit('change', join(notes, 'day1/01_talk.md'));
    dev.watcher.emit('change', join(notes, 'day2/12_ambient/slide.png'));
    assert.equal(dev.noteChanges(), 2);
    assert.deepEqual(dev.refreshes, []);
  });

  test('ignores changes to anything but notes and sections', async () => {
    const dev = start('dev');
    await dev.change('change', join(root, 'src/pages/index.astro'), join(notes, 'day2/12_ambient/slide.png'), join(root, 'README.md'));
    await dev.change('addDir', join(notes, 'day4'));
    assert.deepEqual(dev.refreshes, []);
    assert.deepEqual(dev.logs.info, []);
  });

  test('tries again while Astro skips the refresh, and logs the refresh once it runs', async () => {
    const dev = start('dev', { skips: 3 });
    await dev.change('change', join(notes, 'day1/01_talk.md'));
    await advance(300);
    assert.equal(dev.calls(), 4);
    assert.equal(dev.refreshes.length, 1);
    assert.match(dev.logs.info.join('\n'), /^content\/day1\/01_talk\.md changed: notes refreshed in \d+ ms$/);
  });

  test('warns, naming the files, when Astro skips every attempt for 5 s', async () => {
    const dev = start('dev', { skips: Infinity });
    await dev.change('change', join(notes, 'day1/01_talk.md'));
    await advance(5_000);
    assert.equal(dev.calls(), 50);
    assert.deepEqual(dev.logs.info, []);
    assert.deepEqual(dev.logs.warn, ['content/day1/01_talk.md changed, but Astro refreshed nothing: its content config did not load. Restart astro dev.']);
  });

  test('logs a note that fails to load, shows it on the open pages, and refreshes again on the next change', async () => {
    const dev = start('dev', { refreshFails: true });
    await dev.change('change', join(notes, 'day1/01_talk.md'));
    assert.deepEqual(dev.logs.error, ['content/day1/01_talk.md: front matter field "weight": expected a whole number']);
    assert.deepEqual(dev.overlays, ['content/day1/01_talk.md: front matter field "weight": expected a whole number']);
    assert.deepEqual(dev.logs.info, []);
    await dev.change('change', join(notes, 'day1/01_talk.md'));
    assert.equal(dev.refreshes.length, 2);
  });
});

/**
 * A project whose only note, content/day1/01_talk.md, is `talk`, under astro dev: `run` gets it once
 * the server, on starting, has found the note wrong, before any edit.
 */
async function withTalkReported(talk: string, run: (dev: ReturnType<typeof start>, project: string) => Promise<void>): Promise<void> {
  const project = await mkdtemp(join(tmpdir(), 'live-preview-problems-'));
  try {
    await writeTree(project, { 'content/day1/_index.md': '---\ntitle: Day 1\n---\n', 'content/day1/01_talk.md': talk });
    const dev = start('dev', { projectRoot: project });
    await until(() => dev.logs.error.length > 0);
    await run(dev, project);
  } finally {
    await rm(project, { recursive: true, force: true });
  }
}

describe('livePreview and the links', () => {
  test('a link to a missing note is logged and shown on the open pages as the server starts; once fixed, nothing is', async () => {
    await withTalkReported('---\ntitle: Talk\n---\n\nSee [the other talk](../02_other/).\n', async (dev, project) => {
      assert.match(dev.logs.error[0]!, /^content\/day1\/01_talk\.md:5: .*\.\.\/02_other\//);
      assert.deepEqual(dev.overlays, dev.logs.error);
      await writeTree(project, { 'content/day1/02_other.md': '---\ntitle: Other\n---\n' });
      await dev.change('add', join(project, 'content/day1/02_other.md'));
      await until(() => dev.overlays.length === 2);
      assert.equal(dev.logs.error.length, 1, 'the fixed link is not reported again');
      assert.equal(dev.overlays[1], 'full-reload', 'the pages reload, without the box');
    });
  });
});

describe('livePreview and what a note renders', () => {
  test('an unknown shortcode, a ref to no note and a missing image are logged and shown on the open pages as the server starts', async () => {
    const talk = '---\ntitle: Talk\n---\n\n{{< tweet user="kubecon" id="1" >}}\n\n[Recap]({{< ref "02_recap.md" >}})\n\n![The stage](stage.jpg)\n';
    await withTalkReported(talk, async (dev, project) => {
      assert.deepEqual(dev.logs.error[0]!.split('\n'), [
        'content/day1/01_talk.md:5: unknown Hugo shortcode "tweet"; link to the post instead, as [the post](https://x.com/user/status/123) (supported: notice, hint, alert, callout, details, highlight, mermaid, figure, youtube, vimeo, ref, relref)',
        'content/day1/01_talk.md:7: ref "02_recap.md" names no note; the nearest note is day1/_index.md',
        // The file as named from the directory astro dev runs in, the project root there.
        `content/day1/01_talk.md:9: image "stage.jpg" not found: there is no file ${relative(process.cwd(), join(project, 'content/day1/stage.jpg'))}`,
      ]);
      assert.deepEqual(dev.overlays, dev.logs.error);
    });
  });
});

describe('livePreview in astro build', () => {
  test('watches nothing', async () => {
    const build = start('build');
    await build.change('change', join(notes, 'day1/01_talk.md'));
    assert.deepEqual(build.watched, []);
    assert.equal(build.watcher.listenerCount('change'), 0);
    assert.deepEqual(build.refreshes, []);
  });
});
