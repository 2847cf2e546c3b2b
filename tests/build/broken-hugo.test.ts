// Hugo-style notes can be broken in ways a single-format corpus cannot: an
// empty file, JSON front matter that does not parse or is not an object, two
// files that end up at one URL (by case, page bundle, slug or .md next to
// .mdx), an alias onto a page that exists, a slug that is not one URL segment.
// Each must stop the build with one message naming the file or files and what
// is wrong — not a stack trace, not one page silently replacing another, and
// not a site shipped anyway.
// Each corpus under tests/fixtures/broken/ has exactly one problem, next to a
// valid note, 02_fine.md, that must not be blamed.
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { assertOneReadableFailure, buildSite, problemLines, removeBuilds } from './astro-build.ts';

after(removeBuilds);

const broken = 'tests/fixtures/broken';

interface Case {
  /** What the author did, as a test name. */
  name: string;
  corpus: string;
  /** The files the message must name, once each. */
  files: string[];
  /** The one problem line, exactly, or a pattern for it when part of it is the parser's own words. */
  problem: string | RegExp;
  fineNoteNamed?: boolean;
}

const cases: Case[] = [
  {
    name: 'an empty file: names it and says a note starts with front matter',
    corpus: `${broken}/empty`,
    files: [`${broken}/empty/day1/01_empty.md`],
    problem: `${broken}/empty/day1/01_empty.md: the file is empty; a note starts with front matter holding at least its title`,
  },
  {
    name: 'JSON front matter with a trailing comma: names the file and says the JSON is not valid',
    corpus: `${broken}/json-syntax`,
    files: [`${broken}/json-syntax/day1/01_bad_json.md`],
    problem: /^tests\/fixtures\/broken\/json-syntax\/day1\/01_bad_json\.md(:\d+)?: the front matter is not valid JSON: .+/,
  },
  {
    name: 'JSON front matter that is a list: names the file and shows what an object looks like',
    corpus: `${broken}/json-array`,
    files: [`${broken}/json-array/day1/01_json_array.md`],
    problem: `${broken}/json-array/day1/01_json_array.md: the JSON front matter is not an object; write it as { "title": "…" }`,
  },
  {
    name: 'two files whose names differ only in case: names both and the URL they share',
    corpus: `${broken}/collision-case`,
    files: [`${broken}/collision-case/day1/01_Talk.md`, `${broken}/collision-case/day1/01_talk.md`],
    problem: `${broken}/collision-case/day1/01_Talk.md: has the URL /day1/01_talk/ of ${broken}/collision-case/day1/01_talk.md too; rename one of them, or give one a different slug`,
  },
  {
    name: 'a note and a page bundle of the same name: names both and the URL they share',
    corpus: `${broken}/collision-bundle`,
    files: [`${broken}/collision-bundle/day1/03_talk.md`, `${broken}/collision-bundle/day1/03_talk/index.md`],
    problem: `${broken}/collision-bundle/day1/03_talk.md: has the URL /day1/03_talk/ of ${broken}/collision-bundle/day1/03_talk/index.md too; rename one of them, or give one a different slug`,
  },
  {
    name: 'a slug that is another note\'s file name: names both and the URL they share',
    corpus: `${broken}/collision-slug`,
    files: [`${broken}/collision-slug/day1/01_first.md`, `${broken}/collision-slug/day1/03_third.md`],
    problem: `${broken}/collision-slug/day1/01_first.md: has the URL /day1/03_third/ of ${broken}/collision-slug/day1/03_third.md too; rename one of them, or give one a different slug`,
  },
  {
    name: 'a .md and a .mdx note of the same name: names both and the URL they share',
    corpus: `${broken}/collision-mdx`,
    files: [`${broken}/collision-mdx/day1/01_talk.md`, `${broken}/collision-mdx/day1/01_talk.mdx`],
    problem: `${broken}/collision-mdx/day1/01_talk.md: has the URL /day1/01_talk/ of ${broken}/collision-mdx/day1/01_talk.mdx too; rename one of them, or give one a different slug`,
  },
  {
    name: 'a folder with both an _index.md and an _index.mdx: names both',
    corpus: `${broken}/section-twice`,
    files: [`${broken}/section-twice/day1/_index.mdx`, `${broken}/section-twice/day1/_index.md`],
    problem: `${broken}/section-twice/day1/_index.mdx: describes the same section as ${broken}/section-twice/day1/_index.md; keep one of the two`,
  },
  {
    name: 'an alias that is the URL of a page: names the note, the alias and the page',
    corpus: `${broken}/alias-page`,
    files: [`${broken}/alias-page/day1/01_moved.md`, `${broken}/alias-page/day1/02_fine.md`],
    problem: `${broken}/alias-page/day1/01_moved.md: its alias /day1/02_fine/ is the URL of ${broken}/alias-page/day1/02_fine.md; an alias must be an address no page has`,
    fineNoteNamed: true,
  },
  {
    name: 'a slug with a slash: names the file, the field and what was expected',
    corpus: `${broken}/slug-slash`,
    files: [`${broken}/slug-slash/day1/01_slashed.md`],
    problem: `${broken}/slug-slash/day1/01_slashed.md: front matter field "slug": expected one URL segment, without "/" (found "a/b")`,
  },
];

describe('a broken Hugo-style note stops the build', () => {
  for (const { name, corpus, files, problem, fineNoteNamed } of cases) {
    test(name, async () => {
      const build = await buildSite(corpus);
      assertOneReadableFailure(build, files, fineNoteNamed);
      const lines = problemLines(build.output);
      if (typeof problem === 'string') {
        assert.deepEqual(lines, [problem]);
      } else {
        assert.equal(lines.length, 1, `expected one problem line:\n${build.output}`);
        assert.match(lines[0]!, problem);
      }
    });
  }
});
