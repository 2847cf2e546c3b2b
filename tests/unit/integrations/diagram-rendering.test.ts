// A diagram mermaid cannot draw fails a build with every such diagram listed
// as `file:line: message`, once the build is done and the browser closed; in
// `astro dev` it is only logged, so the note stays editable.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { AstroIntegrationLogger } from 'astro';
import type { DiagramRendering } from '../../../src/diagrams/rendering.ts';
import { diagramRendering } from '../../../src/integrations/diagram-rendering.ts';
import { NoteInputError } from '../../../src/lib/problem.ts';

/** Only what the integration uses of a rendering, close() and prepare(), recording the calls. */
function fakeRendering() {
  const fake = {
    closed: 0,
    prepared: [] as (readonly string[])[],
    async close() {
      fake.closed += 1;
    },
    prepare(sources: readonly string[]) {
      fake.prepared.push(sources);
    },
  };
  return fake;
}

/** A logger that keeps its error lines. */
function capturingLogger(): AstroIntegrationLogger & { errors: string[] } {
  const errors: string[] = [];
  return { errors, error: (line: string) => errors.push(line), info: () => {}, warn: () => {}, debug: () => {} } as never;
}

function start(command: 'build' | 'dev') {
  const rendering = fakeRendering();
  const logger = capturingLogger();
  const host = diagramRendering(rendering as unknown as DiagramRendering);
  const { hooks } = host.integration;
  hooks['astro:config:setup']!({ command, logger } as never);
  const buildDone = () => Promise.resolve(hooks['astro:build:done']!({ logger } as never));
  return { host, rendering, logger, buildDone };
}

describe('diagramRendering in a build', () => {
  test('hands the pipeline the rendering it was given', () => {
    const { host, rendering } = start('build');
    assert.equal(host.rendering, rendering as unknown as DiagramRendering);
  });

  test('collects failed diagrams and, when the build is done, closes the rendering and fails with them in file and line order', async () => {
    const { host, rendering, logger, buildDone } = start('build');
    host.onError({ file: 'content/day2/b.md', line: 40, message: 'mermaid could not parse line 2 of this diagram' });
    host.onError({ file: 'content/day1/a.md', line: 12, message: 'mermaid could not render this diagram: boom' });
    host.onError({ file: 'content/day2/b.md', line: 7, message: 'mermaid could not parse line 1 of this diagram' });
    assert.deepEqual(logger.errors, [], 'a build should not log problems as they come');
    await assert.rejects(buildDone(), (error: unknown) => {
      assert.ok(error instanceof NoteInputError, `not a NoteInputError: ${error}`);
      assert.equal(
        error.message,
        [
          'content/day1/a.md:12: mermaid could not render this diagram: boom',
          'content/day2/b.md:7: mermaid could not parse line 1 of this diagram',
          'content/day2/b.md:40: mermaid could not parse line 2 of this diagram',
        ].join('\n'),
      );
      return true;
    });
    assert.equal(rendering.closed, 1);
  });

  test('does not report the same problems twice: a second build:done without new ones succeeds', async () => {
    const { host, rendering, buildDone } = start('build');
    host.onError({ file: 'content/day1/a.md', line: 3, message: 'broken' });
    await assert.rejects(buildDone(), NoteInputError);
    await assert.doesNotReject(buildDone());
    assert.equal(rendering.closed, 2);
  });

  test('hands the rendering every diagram of the notes the site check read, before any note renders', () => {
    const { host, rendering } = start('build');
    host.notesRead([{ diagrams: [{ source: 'pie\n  "a": 1\n' }, { source: 'flowchart LR\n  A --> B\n' }] }, { diagrams: [] }, { diagrams: [{ source: 'sequenceDiagram\n  A->>B: hi\n' }] }]);
    assert.deepEqual(rendering.prepared, [['pie\n  "a": 1\n', 'flowchart LR\n  A --> B\n', 'sequenceDiagram\n  A->>B: hi\n']]);
  });

  test('closes the rendering and succeeds when every diagram rendered', async () => {
    const { rendering, buildDone } = start('build');
    await assert.doesNotReject(buildDone());
    assert.equal(rendering.closed, 1);
  });
});

describe('diagramRendering in astro dev', () => {
  test('logs each failed diagram as `file:line: message` through Astro’s logger', () => {
    const { host, logger } = start('dev');
    host.onError({ file: 'content/day1/a.md', line: 12, message: 'mermaid could not parse line 1 of this diagram' });
    host.onError({ file: 'content/day1/b.md', message: 'no line here' });
    assert.deepEqual(logger.errors, ['content/day1/a.md:12: mermaid could not parse line 1 of this diagram', 'content/day1/b.md: no line here']);
  });

  test('does not fail when done, since the problems were already shown', async () => {
    const { host, rendering, buildDone } = start('dev');
    host.onError({ file: 'content/day1/a.md', line: 12, message: 'broken' });
    await assert.doesNotReject(buildDone());
    assert.equal(rendering.closed, 1);
  });
});
