// Hugo shortcodes through the remark plugin, as a note renders: what a reader
// gets for each, and the problems recorded with the note's file and line.
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, before, test } from 'node:test';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { type RefPageList, refPageList } from '../../../src/links/ref-pages.ts';
import { remarkHugoShortcodes } from '../../../src/markdown/hugo-shortcodes.ts';
import { recordedNoteProblems } from '../../../src/markdown/note-problems.ts';
import { writeTree } from '../write-tree.ts';

let notes: string;
before(async () => {
  notes = await mkdtemp(join(tmpdir(), 'shortcodes-'));
  await writeTree(notes, {
    'day1/_index.md': '---\ntitle: Day 1\n---\n',
    'day1/01_talk.md': '---\ntitle: Talk\n---\n',
    'day1/02_other.md': '---\ntitle: Other\nslug: renamed\n---\n',
  });
});
after(() => rm(notes, { recursive: true, force: true }));

/** The note's HTML, what the plugin recorded in its front matter, and its problems as `line: message`. */
async function render(markdown: string, name = 'day1/01_talk.md', refPages?: RefPageList) {
  const file = new VFile({ value: markdown, path: join(notes, name), data: { astro: { frontmatter: {} } } });
  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkHugoShortcodes, { notesDir: notes, refPages }).use(remarkRehype, { allowDangerousHtml: true }).use(rehypeStringify);
  const html = String(await processor.process(file));
  const frontmatter = file.data.astro!.frontmatter!;
  const problems = recordedNoteProblems(frontmatter).map(({ file: path, line, message }) => `${path === relative(process.cwd(), file.path) ? '' : path}${line}: ${message}`);
  return { html, frontmatter, problems };
}

test('a paired notice around a paragraph and a list is one callout, with its title, and no tag is left', async () => {
  const { html, problems } = await render('{{% notice warning "Mind it" %}}\nText.\n- a\n- b\n{{% /notice %}}\n\nAfter.\n');
  assert.deepEqual(problems, []);
  assert.match(html, /^<div class="callout callout-warning" role="note">\s*<p class="callout-title"><span class="callout-icon" aria-hidden="true">!<\/span>Mind it<\/p>\s*<p>Text\.<\/p>\s*<ul>[\s\S]*<li>b<\/li>\s*<\/ul>\s*<\/div>\s*<p>After\.<\/p>$/);
  assert.doesNotMatch(html, /\{\{|hugo-shortcode/);
});

test('each theme\'s callout maps to one of the five kinds', async () => {
  const { html } = await render('{{< hint danger >}}\na\n{{< /hint >}}\n\n{{% alert color="success" %}}\nb\n{{% /alert %}}\n\n{{< callout type="info" >}}\nc\n{{< /callout >}}\n');
  assert.deepEqual([...html.matchAll(/class="callout (callout-\w+)"/g)].map((match) => match[1]), ['callout-caution', 'callout-tip', 'callout-note']);
});

test('details on one line wraps its text; `open` opens it', async () => {
  const { html } = await render('{{< details summary="More" >}}Hidden **text**{{< /details >}}\n\n{{% details "Open one" open %}}\nShown.\n{{% /details %}}\n');
  assert.match(html, /^<details>\s*<summary>More<\/summary>\s*<p>Hidden <strong>text<\/strong><\/p>\s*<\/details>/);
  assert.match(html, /<details open>\s*<summary>Open one<\/summary>\s*<p>Shown\.<\/p>\s*<\/details>$/);
});

test('highlight and mermaid become fences: their content is code, not Markdown', async () => {
  const { html } = await render('{{< highlight go "linenos=table" >}}\n# not a heading\n```\n{{< /highlight >}}\n\n{{< mermaid >}}\ngraph TD\n  a-->b\n{{< /mermaid >}}\n');
  assert.equal(html, '<pre><code class="language-go"># not a heading\n```\n</code></pre>\n<pre><code class="language-mermaid">graph TD\n  a-->b\n</code></pre>');
});

test('a figure is an image with its link and caption; youtube and vimeo are facades that load nothing', async () => {
  const { html, frontmatter } = await render('{{< figure src="slide.png" alt="A slide" caption="The slide" link="https://example.com" >}}\n\nWatch: {{< youtube dQw4w9WgXcQ >}}\n\n{{< vimeo id="146022717" title="Workshop" >}}\n');
  assert.match(html, /^<figure><a href="https:\/\/example\.com"><img src="slide\.png" alt="A slide"><\/a><figcaption>The slide<\/figcaption><\/figure>\n<p>Watch:<\/p>\n<figure class="video-facade" data-video-embed="https:\/\/www\.youtube-nocookie\.com\/embed\/dQw4w9WgXcQ\?autoplay=1"/);
  assert.match(html, /data-video-embed="https:\/\/player\.vimeo\.com\/video\/146022717\?dnt=1&#x26;autoplay=1" data-video-title="Workshop"><a href="https:\/\/vimeo\.com\/146022717" class="video-play">/);
  assert.doesNotMatch(html, /<iframe/);
  assert.equal(frontmatter.videoCount, 2);
});

test('ref and relref become the URL of the note they name, slug and anchor included', async () => {
  const { html, problems } = await render('[a]({{< ref "02_other.md#part" >}}) and [b]({{< relref "/day1" >}}) and [c]({{< ref "#here" >}})\n');
  assert.deepEqual(problems, []);
  assert.equal(html, '<p><a href="/day1/renamed/#part">a</a> and <a href="/day1/">b</a> and <a href="/day1/01_talk/#here">c</a></p>');
});

test('the pages refs name are read once, and again once the host forgets them, as astro dev does when a note is added', async () => {
  const refPages = refPageList(notes);
  const ref = '[later]({{< ref "03_later.md" >}})\n';
  assert.deepEqual((await render(ref, undefined, refPages)).problems, ['1: ref "03_later.md" names no note; the nearest note is day1/02_other.md']);
  await writeFile(join(notes, 'day1/03_later.md'), '---\ntitle: Later\nslug: afterwards\n---\n');
  try {
    assert.equal((await render(ref, undefined, refPages)).problems.length, 1, 'the notes were read again for a second note');
    refPages.forget();
    const { html, problems } = await render(ref, undefined, refPages);
    assert.deepEqual(problems, []);
    assert.equal(html, '<p><a href="/day1/afterwards/">later</a></p>');
  } finally {
    await rm(join(notes, 'day1/03_later.md'));
  }
});

test('in an .mdx note, where MDX would read "{" as code, each shortcode stops the note with its line; one in code stays', async () => {
  const name = 'day1/03_recording.mdx';
  await assert.rejects(render('Intro `{{< tweet 1 >}}`.\n\n{{< youtube id="x" >}}\n\n{{% notice %}}\nText.\n{{% /notice %}}\n', name), {
    name: 'NoteInputError',
    message: ['3: Hugo shortcode {{< youtube >}}', '5: Hugo shortcode {{% notice %}}']
      .map((problem) => `${relative(process.cwd(), join(notes, name))}:${problem} in an .mdx note, where "{" starts code: shortcodes work in .md notes only; rename the note to .md, or write it as Markdown`)
      .join('\n'),
  });
});

test('shortcodes in code spans, fences and indented code stay as written', async () => {
  const { html, problems } = await render('`{{< tweet 1 >}}`\n\n```\n{{% notice %}}\n```\n\n    {{< gist x >}}\n');
  assert.deepEqual(problems, []);
  assert.equal(html, '<p><code>{{&#x3C; tweet 1 >}}</code></p>\n<pre><code>{{% notice %}}\n</code></pre>\n<pre><code>{{&#x3C; gist x >}}\n</code></pre>');
});

test('each problem is recorded at its line: unknown, unclosed, stray end, unterminated, a ref to no note, a bad video id', async () => {
  const { problems } = await render(
    ['{{< tweet 1 >}}', '{{% notice %}}', 'text', '{{< /details >}}', '[x]({{< ref "02_othr.md" >}})', '{{< youtube id="bad id!" >}}', '{{< oops'].join('\n'),
  );
  assert.deepEqual(problems, [
    '1: unknown Hugo shortcode "tweet"; link to the post instead, as [the post](https://x.com/user/status/123) (supported: notice, hint, alert, callout, details, highlight, mermaid, figure, youtube, vimeo, ref, relref)',
    '2: Hugo shortcode {{% notice %}} is never closed; end it with {{% /notice %}}',
    '4: {{< /details >}} ends a Hugo shortcode that was never opened',
    '5: ref "02_othr.md" names no note; the nearest note is day1/02_other.md',
    '6: the youtube shortcode needs the video\'s id, such as {{< youtube id="dQw4w9WgXcQ" >}} (found "bad id!")',
    '7: {{< starts a Hugo shortcode that has no name or never ends with >}}',
  ]);
});

test('a callout that starts inside a list and ends outside it is a problem, not half a callout', async () => {
  const { html, problems } = await render('- item\n  {{% notice %}}\n  text\n\n{{% /notice %}}\n');
  assert.deepEqual(problems, ['2: Hugo shortcode {{% notice %}} must end in the block it starts in; write it and {{% /notice %}} on lines of their own, around whole paragraphs or lists']);
  assert.doesNotMatch(html, /hugo-shortcode|\{\{/);
});
