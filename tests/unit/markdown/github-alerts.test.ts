import assert from 'node:assert/strict';
import { test } from 'node:test';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { remarkGithubAlerts } from '../../../src/markdown/github-alerts.ts';

const html = async (markdown: string) => String(await unified().use(remarkParse).use(remarkGfm).use(remarkGithubAlerts).use(remarkRehype).use(rehypeStringify).process(markdown));

test('each of GitHub\'s five alerts is a callout of its kind with its label, and the marker is gone', async () => {
  for (const [marker, kind, label] of [
    ['NOTE', 'note', 'Note'],
    ['TIP', 'tip', 'Tip'],
    ['IMPORTANT', 'important', 'Important'],
    ['WARNING', 'warning', 'Warning'],
    ['CAUTION', 'caution', 'Caution'],
  ] as const) {
    const page = await html(`> [!${marker}]\n> Read *this*.\n`);
    assert.match(page, new RegExp(`^<div class="callout callout-${kind}" role="note">\\s*<p class="callout-title"><span class="callout-icon" aria-hidden="true">.</span>${label}</p>\\s*<p>Read <em>this</em>.</p>\\s*</div>$`));
  }
});

test('an alert keeps its paragraphs and lists; a marker alone on the first paragraph adds no empty one', async () => {
  const page = await html('> [!tip]\n>\n> First.\n>\n> - a\n');
  assert.match(page, /^<div class="callout callout-tip" role="note">\s*<p class="callout-title">.*Tip<\/p>\s*<p>First\.<\/p>\s*<ul>\s*<li>a<\/li>\s*<\/ul>\s*<\/div>$/);
});

test('quotes that are not alerts stay quotes: an unknown marker, or one with text after it on its line', async () => {
  for (const markdown of ['> [!DANGER]\n> text\n', '> [!NOTE] inline\n', '> Just a quote.\n']) {
    assert.match(await html(markdown), /^<blockquote>/, markdown);
  }
});
