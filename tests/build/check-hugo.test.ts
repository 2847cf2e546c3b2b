// `npm run check` must catch, from the sources alone, every Hugo-style problem
// the build stops on (an empty file, JSON front matter that does not parse or
// is not an object, two files at one URL, an alias onto a page, a slug with a
// slash) with the same one `file:line: message` line, exiting non-zero; and it
// must pass the valid Hugo corpus, counting its notes but not its sections.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { problemLines, root, stackFrame } from './astro-build.ts';
import { check } from './run-check.ts';

/** The notes under `dir`: every .md and .mdx file but the sections' _index.md, page bundles' index.md included. */
function countNotes(dir: string): number {
  return readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' }).filter(
    (file) => /\.mdx?$/.test(file) && !/(^|\/)_index\.mdx?$/.test(file),
  ).length;
}

const broken = 'tests/fixtures/broken';

/** Each broken corpus and its one problem line, as the build reports it too (see broken-hugo.test.ts). */
const cases: { name: string; corpus: string; problem: string | RegExp }[] = [
  {
    name: 'an empty file',
    corpus: `${broken}/empty`,
    problem: `${broken}/empty/day1/01_empty.md: the file is empty; a note starts with front matter holding at least its title`,
  },
  {
    name: 'JSON front matter with a trailing comma',
    corpus: `${broken}/json-syntax`,
    problem: /^tests\/fixtures\/broken\/json-syntax\/day1\/01_bad_json\.md(:\d+)?: the front matter is not valid JSON: .+/,
  },
  {
    name: 'JSON front matter that is a list',
    corpus: `${broken}/json-array`,
    problem: `${broken}/json-array/day1/01_json_array.md: the JSON front matter is not an object; write it as { "title": "…" }`,
  },
  {
    name: 'two files whose names differ only in case',
    corpus: `${broken}/collision-case`,
    problem: `${broken}/collision-case/day1/01_Talk.md: has the URL /day1/01_talk/ of ${broken}/collision-case/day1/01_talk.md too; rename one of them, or give one a different slug`,
  },
  {
    name: 'a note and a page bundle of the same name',
    corpus: `${broken}/collision-bundle`,
    problem: `${broken}/collision-bundle/day1/03_talk.md: has the URL /day1/03_talk/ of ${broken}/collision-bundle/day1/03_talk/index.md too; rename one of them, or give one a different slug`,
  },
  {
    name: 'a slug that is another note\'s file name',
    corpus: `${broken}/collision-slug`,
    problem: `${broken}/collision-slug/day1/01_first.md: has the URL /day1/03_third/ of ${broken}/collision-slug/day1/03_third.md too; rename one of them, or give one a different slug`,
  },
  {
    name: 'a .md and a .mdx note of the same name',
    corpus: `${broken}/collision-mdx`,
    problem: `${broken}/collision-mdx/day1/01_talk.md: has the URL /day1/01_talk/ of ${broken}/collision-mdx/day1/01_talk.mdx too; rename one of them, or give one a different slug`,
  },
  {
    name: 'a folder with both an _index.md and an _index.mdx',
    corpus: `${broken}/section-twice`,
    problem: `${broken}/section-twice/day1/_index.mdx: describes the same section as ${broken}/section-twice/day1/_index.md; keep one of the two`,
  },
  {
    name: 'an alias that is the URL of a page',
    corpus: `${broken}/alias-page`,
    problem: `${broken}/alias-page/day1/01_moved.md: its alias /day1/02_fine/ is the URL of ${broken}/alias-page/day1/02_fine.md; an alias must be an address no page has`,
  },
  {
    name: 'a slug with a slash',
    corpus: `${broken}/slug-slash`,
    problem: `${broken}/slug-slash/day1/01_slashed.md: front matter field "slug": expected one URL segment, without "/" (found "a/b")`,
  },
];

describe('npm run check on Hugo-style notes', () => {
  test('the Hugo corpus passes, counting its notes and not its sections', () => {
    const { status, output } = check('tests/fixtures/hugo');
    assert.equal(status, 0, output);
    assert.match(output, new RegExp(`check: ${countNotes('tests/fixtures/hugo')} notes, 0 diagrams, 0 problems`));
    assert.doesNotMatch(output, stackFrame, 'the output holds a stack trace');
  });

  test('an absolute NOTES_DIR is read as a relative one is, with problems named from the project root', () => {
    const { status, output } = check(join(root, 'tests/fixtures/broken/collision-case'));
    assert.equal(status, 1, output);
    assert.deepEqual(
      problemLines(output),
      ['tests/fixtures/broken/collision-case/day1/01_Talk.md: has the URL /day1/01_talk/ of tests/fixtures/broken/collision-case/day1/01_talk.md too; rename one of them, or give one a different slug'],
    );
    assert.doesNotMatch(output, stackFrame, 'the output holds a stack trace');
  });

  for (const { name, corpus, problem } of cases) {
    test(`${name}: one line naming the file and the problem, and exit 1`, () => {
      const { status, output } = check(corpus);
      assert.equal(status, 1, output);
      assert.match(output, /^check: \d+ notes, 0 diagrams, 1 problem in \d+\.\d s$/m);
      const lines = problemLines(output);
      if (typeof problem === 'string') {
        assert.deepEqual(lines, [problem]);
      } else {
        assert.equal(lines.length, 1, `expected one problem line:\n${output}`);
        assert.match(lines[0]!, problem);
      }
      assert.doesNotMatch(output, stackFrame, 'the output holds a stack trace');
    });
  }
});
