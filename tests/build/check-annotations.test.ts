// On a pull request, `npm run check` puts each note problem on its line as a
// GitHub annotation and lists them in the job summary; and it reports the
// notes before it spends time on the site's own code.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { check, emptyDiagramCache } from './run-check.ts';

/** The workflow commands in the output. */
const annotations = (output: string) => output.split('\n').filter((line) => line.startsWith('::'));

// Every broken corpus but mermaid (tested below), with the one workflow command its problem becomes.
const cases: [corpus: string, annotation: string][] = [
  [
    'tests/fixtures/broken/link',
    '::error file=tests/fixtures/broken/link/day1/01_bad_link.md,line=8,title=Link::links to /day1/02_fin/, which does not exist; the nearest page is /day1/02_fine/',
  ],
  [
    'tests/fixtures/broken/empty',
    '::error file=tests/fixtures/broken/empty/day1/01_empty.md,title=Front matter::the file is empty; a note starts with front matter holding at least its title',
  ],
  [
    'tests/fixtures/broken/collision-case',
    '::error file=tests/fixtures/broken/collision-case/day1/01_Talk.md,title=Address::has the URL /day1/01_talk/ of tests/fixtures/broken/collision-case/day1/01_talk.md too; rename one of them, or give one a different slug',
  ],
  [
    'tests/fixtures/broken/slug-slash',
    '::error file=tests/fixtures/broken/slug-slash/day1/01_slashed.md,title=Front matter::front matter field "slug": expected one URL segment, without "/" (found "a/b")',
  ],
  [
    'tests/fixtures/broken/anchor',
    "::error file=tests/fixtures/broken/anchor/day1/01_bad_anchor.md,line=10,title=Link::links to #working-link, but /day1/01_bad_anchor/ has no heading #working-link; the nearest heading is #working-links",
  ],
  [
    'tests/fixtures/broken/draft-link',
    "::error file=tests/fixtures/broken/draft-link/day1/01_draft_link.md,line=8,title=Link::links to ../03_draft/, a draft, which is not published",
  ],
  [
    'tests/fixtures/broken/weight',
    "::error file=tests/fixtures/broken/weight/day1/01_bad.md,title=Front matter::front matter field \"weight\": expected a whole number, such as `weight: 3` (found \"abc\")",
  ],
  [
    'tests/fixtures/broken/title',
    "::error file=tests/fixtures/broken/title/day1/01_untitled.md,title=Front matter::front matter field \"title\": required: a non-empty title",
  ],
  [
    'tests/fixtures/broken/tags',
    "::error file=tests/fixtures/broken/tags/day1/01_numeric_tags.md,title=Front matter::front matter field \"tags\": expected a list of tags, such as `tags: [platform, network]`, or a single tag (found 42)",
  ],
  [
    'tests/fixtures/broken/yaml',
    "::error file=tests/fixtures/broken/yaml/day1/01_bad_yaml.md,line=4,title=Front matter::the front matter is not valid YAML: unexpected end of the stream within a flow collection (5:1)",
  ],
  [
    'tests/fixtures/broken/day-index',
    "::error file=tests/fixtures/broken/day-index/day1/_index.md,title=Front matter::front matter field \"weight\": expected a whole number, such as `weight: 3` (found \"first\")",
  ],
  [
    'tests/fixtures/broken/json-syntax',
    "::error file=tests/fixtures/broken/json-syntax/day1/01_bad_json.md,line=5,title=Front matter::the front matter is not valid JSON: Expected double-quoted property name in JSON at position 107 (line 5 column 1)",
  ],
  [
    'tests/fixtures/broken/json-array',
    "::error file=tests/fixtures/broken/json-array/day1/01_json_array.md,title=Front matter::the JSON front matter is not an object; write it as { \"title\": \"…\" }",
  ],
  [
    'tests/fixtures/broken/collision-bundle',
    "::error file=tests/fixtures/broken/collision-bundle/day1/03_talk.md,title=Address::has the URL /day1/03_talk/ of tests/fixtures/broken/collision-bundle/day1/03_talk/index.md too; rename one of them, or give one a different slug",
  ],
  [
    'tests/fixtures/broken/collision-slug',
    "::error file=tests/fixtures/broken/collision-slug/day1/01_first.md,title=Address::has the URL /day1/03_third/ of tests/fixtures/broken/collision-slug/day1/03_third.md too; rename one of them, or give one a different slug",
  ],
  [
    'tests/fixtures/broken/collision-mdx',
    "::error file=tests/fixtures/broken/collision-mdx/day1/01_talk.md,title=Address::has the URL /day1/01_talk/ of tests/fixtures/broken/collision-mdx/day1/01_talk.mdx too; rename one of them, or give one a different slug",
  ],
  [
    'tests/fixtures/broken/section-twice',
    "::error file=tests/fixtures/broken/section-twice/day1/_index.mdx,title=Address::describes the same section as tests/fixtures/broken/section-twice/day1/_index.md; keep one of the two",
  ],
  [
    'tests/fixtures/broken/alias-page',
    "::error file=tests/fixtures/broken/alias-page/day1/01_moved.md,title=Address::its alias /day1/02_fine/ is the URL of tests/fixtures/broken/alias-page/day1/02_fine.md; an alias must be an address no page has",
  ],
  [
    'tests/fixtures/broken/shortcode-unknown',
    '::error file=tests/fixtures/broken/shortcode-unknown/day1/01_tweet.md,line=8,title=Shortcode::unknown Hugo shortcode "tweet"; link to the post instead, as [the post](https://x.com/user/status/123) (supported: notice, hint, alert, callout, details, highlight, mermaid, figure, youtube, vimeo, ref, relref)',
  ],
  [
    'tests/fixtures/broken/shortcode-unclosed',
    '::error file=tests/fixtures/broken/shortcode-unclosed/day1/01_unclosed.md,line=10,title=Shortcode::Hugo shortcode {{%25 notice %25}} is never closed; end it with {{%25 /notice %25}}',
  ],
  [
    'tests/fixtures/broken/shortcode-ref',
    '::error file=tests/fixtures/broken/shortcode-ref/day1/01_bad_ref.md,line=8,title=Shortcode::ref "/day1/03_keynot.md" names no note; the nearest note is day1/03_keynote.md',
  ],
  [
    'tests/fixtures/broken/mdx-syntax',
    '::error file=tests/fixtures/broken/mdx-syntax/day1/01_unclosed_brace.mdx,line=10,title=MDX::MDX cannot read this line at column 68: Unexpected end of file in expression, expected a corresponding closing brace for `{`; in an .mdx note "{" and "<" start code, so write \\{ or \\< for the characters themselves, or rename the note to .md',
  ],
];

for (const [corpus, annotation] of cases) {
  test(`with GITHUB_ACTIONS=true, ${corpus.split('/').at(-1)} gives its one ::error line`, () => {
    const { status, output } = check(corpus, { env: { GITHUB_ACTIONS: 'true' } });
    assert.equal(status, 1, output);
    assert.deepEqual(annotations(output), [annotation]);
  });
}

test('with GITHUB_ACTIONS=true, each shortcode in an .mdx note is an ::error on its own line', () => {
  const prefix = '::error file=tests/fixtures/broken/shortcode-mdx/day1/01_recording.mdx';
  const instead = 'in an .mdx note, where "{" starts code: shortcodes work in .md notes only; rename the note to .md, or write it as Markdown';
  const { status, output } = check('tests/fixtures/broken/shortcode-mdx', { env: { GITHUB_ACTIONS: 'true' } });
  assert.equal(status, 1, output);
  assert.deepEqual(annotations(output), [
    `${prefix},line=10,title=Shortcode::Hugo shortcode {{< youtube >}} ${instead}`,
    `${prefix},line=12,title=Shortcode::Hugo shortcode {{< ref >}} ${instead}`,
    `${prefix},line=14,title=Shortcode::Hugo shortcode {{%25 notice %25}} ${instead}`,
  ]);
});

test('a diagram error keeps its lines in one annotation, and every problem goes to the job summary', () => {
  const summary = join(emptyDiagramCache(), 'summary.md');
  const { output } = check('tests/fixtures/broken/mermaid', { env: { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary } });
  const [annotation, ...rest] = annotations(output);
  assert.deepEqual(rest, []);
  assert.match(annotation!, /^::error file=tests\/fixtures\/broken\/mermaid\/day1\/01_bad_diagram\.md,line=11,title=Diagram::mermaid could not parse line 3 of this diagram:%0A.*b -->> \[oops%0A-+\^%0AExpecting .+, got 'TAGEND'$/);
  assert.match(readFileSync(summary, 'utf8'), /^### Note checks\n\n1 problem:\n\n\| file \| line \| kind \| problem \|\n\| --- \| --- \| --- \| --- \|\n\| tests\/fixtures\/broken\/mermaid\/day1\/01_bad_diagram\.md \| 11 \| Diagram \| mermaid could not parse line 3 of this diagram:<br>/);
});

test('outside GitHub Actions there are no workflow commands', () => {
  assert.deepEqual(annotations(check('tests/fixtures/broken/link').output), []);
});

test('the notes are checked first, then the site\'s own code; with note problems the code check waits', () => {
  const passing = check('content', { withAstroCheck: true });
  assert.equal(passing.status, 0, passing.output);
  const notes = passing.output.indexOf('check: 1 notes');
  const code = passing.output.search(/Result \(\d+ files\)/);
  assert.ok(notes >= 0 && code > notes, `the note summary should come before astro check's result:\n${passing.output}`);
  const failing = check('tests/fixtures/broken/link', { withAstroCheck: true });
  assert.equal(failing.status, 1);
  assert.doesNotMatch(failing.output, /Result \(\d+ files\)/, 'astro check ran although the notes have a problem');
});
