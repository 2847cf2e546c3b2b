// `npm run check`'s note checker: every problem at once, as `file:line: message`,
// from the sources alone (no site is built), exiting non-zero.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';
import { root } from './astro-build.ts';

function check(notesDir: string) {
  const result = spawnSync(join(root, 'node_modules/.bin/node'), ['tools/check.ts'], {
    cwd: root,
    encoding: 'utf8',
    // An empty render cache, so diagrams are really parsed.
    env: { ...process.env, NOTES_DIR: notesDir, MERMAID_CACHE_DIR: join(root, 'dist-test', 'check-cache') },
  });
  return { status: result.status, output: result.stdout + result.stderr };
}

test('the real notes pass', () => {
  const { status, output } = check('content');
  assert.equal(status, 0, output);
  assert.match(output, /check: 1 notes, 2 diagrams, 0 problems/);
});

test('broken links, anchors and links to drafts are listed together, one line each', () => {
  const { status, output } = check('tests/fixtures/broken/links');
  assert.equal(status, 1);
  const lines = output.split('\n').filter((line) => line.startsWith('tests/fixtures/'));
  assert.deepEqual(
    lines.map((line) => line.split(': ')[0]),
    ['tests/fixtures/broken/links/day1/01_links.md:12', 'tests/fixtures/broken/links/day1/01_links.md:13', 'tests/fixtures/broken/links/day1/01_links.md:14'],
  );
});

test('a diagram mermaid cannot parse is named by file and line', () => {
  const { status, output } = check('tests/fixtures/broken/mermaid');
  assert.equal(status, 1);
  assert.match(output, /tests\/fixtures\/broken\/mermaid\/day1\/01_bad_diagram\.md:8: mermaid could not parse this diagram: Parse error/);
});

test('front matter problems carry the field or the line', () => {
  assert.match(check('tests/fixtures/broken/weight').output, /01_bad\.md: front matter field "weight": expected a whole number/);
  assert.match(check('tests/fixtures/broken/yaml').output, /01_bad_yaml\.md:4: the front matter is not valid YAML/);
});
