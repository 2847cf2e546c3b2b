// Summaries for the feed and link previews: the first paragraph of prose, as
// plain text; and what a note says of itself there (noteDescription): its own
// `description`, else its hand-written `summary`, else that first paragraph.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { noteDescription, noteSummary } from '../../../src/lib/summary.ts';

const summary = (body: string, filePath = 'content/day1/01_a.md') => noteSummary({ body, filePath }, 'Day 1');

describe('noteSummary', () => {
  test('is the first paragraph, its lines joined', () => {
    assert.equal(summary('\nGlobal field CTO at Solo.io\nwith a hint of servicemesh background.\n\n## History\n\nLater.'), 'Global field CTO at Solo.io with a hint of servicemesh background.');
  });

  test('passes over headings, lists, quotes, tables, code, HTML and rules', () => {
    const body = [
      '# Title', 'Right under the heading.', '',
    ].join('\n');
    assert.equal(summary(body), 'Right under the heading.');
    const skipped = [
      '- a list item', '  continued', '', '1. numbered', '', '> a quote', 'lazily continued', '', '| a | b |', '| - | - |', '',
      '```yaml', 'key: value', '', 'more: code', '```', '', '    indented code', '', '<div>', 'html', '</div>', '', '---', '',
      '[^1]: a footnote', '', 'The prose.',
    ].join('\n');
    assert.equal(summary(skipped), 'The prose.');
  });

  test('drops inline markup but keeps the words', () => {
    assert.equal(
      summary('Uses **Cilium** and _Istio_ via [ambient mode](https://istio.io), `ztunnel`, ~~sidecars~~,[^1] <https://x.io> and snake_case_names \\*really\\*.\n\n[^1]: The footnote.'),
      'Uses Cilium and Istio via ambient mode, ztunnel, sidecars, https://x.io and snake_case_names *really*.',
    );
  });

  test('in MDX, passes over imports, exports and paragraphs with expressions', () => {
    const body = "import Chart from './chart.astro';\nexport const clusters = 12;\n\nWe ran {clusters} clusters.\n\nExpressions are evaluated at build time.";
    assert.equal(summary(body, 'content/day2/01_mdx.mdx'), 'Expressions are evaluated at build time.');
    // In Markdown braces are just text.
    assert.equal(summary('Sets {a} apart.'), 'Sets {a} apart.');
  });

  test('falls back to the day title when there is no prose', () => {
    assert.equal(summary(''), 'Day 1');
    assert.equal(summary('## Only headings\n\n- and lists'), 'Day 1');
    assert.equal(noteSummary({}, 'Day 2'), 'Day 2');
  });

  test('cuts a long paragraph at a word, with an ellipsis', () => {
    const text = summary(`${'word '.repeat(60)}end`);
    assert.ok(text.length <= 200, text);
    assert.match(text, /^word( word)+…$/);
  });
});

describe('noteDescription', () => {
  const body = 'The first paragraph.\n\nThe second.';
  const descriptionOf = (data: { description?: string; summary?: string }, text = body) => noteDescription({ body: text, filePath: 'content/day1/01_a.md', data }, 'Day 1');

  test('is the note’s description when it has one, over its summary and first paragraph', () => {
    assert.equal(descriptionOf({ description: 'From the front matter.', summary: 'By hand.' }), 'From the front matter.');
    assert.equal(descriptionOf({ description: 'From the front matter.' }), 'From the front matter.');
  });

  test('is the note’s summary when it has no description, over its first paragraph', () => {
    assert.equal(descriptionOf({ summary: 'By hand.' }), 'By hand.');
  });

  test('is the first paragraph when the note has neither', () => {
    assert.equal(descriptionOf({}), 'The first paragraph.');
  });

  test('is its day’s title when the note has neither and no prose', () => {
    assert.equal(descriptionOf({}, '## Only a heading'), 'Day 1');
  });

  test('passes over a description or summary that is empty or only spaces, and trims the one it uses', () => {
    assert.equal(descriptionOf({ description: '   ', summary: '  By hand.\n' }), 'By hand.');
    assert.equal(descriptionOf({ description: '', summary: ' ' }), 'The first paragraph.');
    assert.equal(descriptionOf({ description: '  Padded.  ' }), 'Padded.');
  });

  test('keeps a description as written, however long', () => {
    const long = `${'word '.repeat(60)}end`;
    assert.equal(descriptionOf({ description: long }), long);
  });
});
