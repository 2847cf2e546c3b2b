// The link checker and `npm run check` read notes straight from disk, not from
// a build: each note's file, URL, links and diagrams with the line they are
// on, the heading ids the site will give it, and each section's _index.md, at
// any depth. A wrong line or id here is a wrong message, or a broken link let
// through; a wrong id is a URL the build does not make.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import rehypeSlug from 'rehype-slug';
import { linkProblems } from '../../../src/links/problems.ts';
import { type NoteSources, readNoteSources } from '../../../src/links/sources.ts';
import { siteTargets } from '../../../src/links/targets.ts';
import { writeTree } from '../write-tree.ts';

const introBody = `
# Notes on the mesh

See [the extras](../02_extras/) and [a heading](#why-sidecars-2024).

## History

Sidecars came first; [Istio](https://istio.io/) made them [common][istio-docs].

## History

\`\`\`mermaid
flowchart TD
    kubeapi-->xDS
\`\`\`

## Why sidecars? (2024)

### Überwachung & Logs

## Use \`kubectl\` *carefully*

Summary
-------

[istio-docs]: /day2/
`;
const intro = `---
title: Intro
weight: 1
tags: [mesh]
---
${introBody}`;

const extras = `---
title: Extras
---

import Aside from './aside.astro';

## From MDX

Back to [the intro](/day1/01_intro/#history).

\`\`\`mermaid
pie
    "a": 1
\`\`\`
`;

const files: Record<string, string> = {
  'notes/day1/_index.md': '---\ntitle: Day 1\nweight: 1\ndescription: Keynotes.\n---\n',
  'notes/day1/01_intro.md': intro,
  'notes/day1/02_extras.mdx': extras,
  'notes/day1/03_Mixed_Case.md': '---\ntitle: Mixed case\n---\n\nText.\n',
  'notes/day1/_partial.md': '---\ntitle: Not a note\n---\n',
  'notes/day1/photo.txt': 'not a note',
  'notes/day2/_index.md': '---\ntitle: Day 2\nweight: abc\n---\n',
  'notes/day2/01_untitled.md': '---\nweight: 2\n---\n\nNo title.\n',
  'notes/day2/02_bad_yaml.md': '---\ntitle: Broken\ntags: [a, b\nweight: 1\n---\n\n[a link](/day1/)\n',
  'notes/workshops/01_hands_on.md': '---\ntitle: Hands on\n---\n\nNo day index here.\n',
  'notes/README.md': '---\ntitle: Not in a day folder\n---\n',
  'notes/_index.md': '---\ntitle: KubeCon 2024\n---\n',
  'notes/day2/workshops/_index.md': '---\ntitle: Workshops\nweight: 2\n---\n',
  'notes/day2/workshops/advanced/01_deep_dive.md': '---\ntitle: Deep dive\n---\n\n[Up](../../)\n',
  'notes/day1/04_bundle/index.md': '---\ntitle: A bundle\n---\n\n## Inside\n',
  'notes/day1/04_bundle/notes.txt': 'a resource of the bundle, not a note',
  'notes/day1/05_renamed.md': '---\ntitle: Renamed\nslug: " Opening-Keynote "\naliases: [/talks/keynote/]\n---\n',
  'notes/day1/06_toml.md': '+++\ntitle = "TOML"\nweight = 6\n+++\n\n[Back](/day1/)\n',
  'notes/day1/07_json.md': '{\n  "title": "JSON",\n  "tags": ["mesh"]\n}\n\n[Back](/day1/)\n',
};

/** The 1-based line of the first line of `text` holding `needle`. */
function lineOf(text: string, needle: string): number {
  const index = text.split('\n').findIndex((line) => line.includes(needle));
  assert.notEqual(index, -1, `${needle} is not in the fixture`);
  return index + 1;
}

/** The heading ids the site's Markdown renderer gives a body: Astro's processor with rehype-slug, as astro.config.ts sets it up. */
async function renderedHeadingIds(body: string): Promise<Set<string>> {
  const processor = await createMarkdownProcessor({ rehypePlugins: [rehypeSlug], syntaxHighlight: false, smartypants: false });
  const { code } = await processor.render(body);
  return new Set([...code.matchAll(/<h[1-6][^>]*\sid="([^"]*)"/g)].map((match) => match[1]!));
}

let root: string;
let sources: NoteSources;

before(async () => {
  root = await mkdtemp(join(tmpdir(), 'note-sources-'));
  await writeTree(root, files);
  sources = await readNoteSources(root, 'notes');
});
after(() => rm(root, { recursive: true, force: true }));

const noteById = (id: string) => {
  const found = sources.notes.find((note) => note.id === id);
  assert.ok(found, `${id} was not read`);
  return found;
};

describe('readNoteSources: notes', () => {
  // Hugo's sections: every Markdown file but an _index.md is a note, at any
  // depth, the notes folder's top level included, and so is one whose name
  // starts with `_` (before sections, README.md and _partial.md were not read).
  test('reads every .md and .mdx note at any depth, in file order, and nothing else', () => {
    assert.deepEqual(
      sources.notes.map(({ file, id, path }) => ({ file, id, path })),
      [
        { file: 'notes/README.md', id: 'readme', path: '/readme/' },
        { file: 'notes/day1/01_intro.md', id: 'day1/01_intro', path: '/day1/01_intro/' },
        { file: 'notes/day1/02_extras.mdx', id: 'day1/02_extras', path: '/day1/02_extras/' },
        { file: 'notes/day1/03_Mixed_Case.md', id: 'day1/03_mixed_case', path: '/day1/03_mixed_case/' },
        { file: 'notes/day1/04_bundle/index.md', id: 'day1/04_bundle', path: '/day1/04_bundle/' },
        { file: 'notes/day1/05_renamed.md', id: 'day1/opening-keynote', path: '/day1/opening-keynote/' },
        { file: 'notes/day1/06_toml.md', id: 'day1/06_toml', path: '/day1/06_toml/' },
        { file: 'notes/day1/07_json.md', id: 'day1/07_json', path: '/day1/07_json/' },
        { file: 'notes/day1/_partial.md', id: 'day1/_partial', path: '/day1/_partial/' },
        { file: 'notes/day2/01_untitled.md', id: 'day2/01_untitled', path: '/day2/01_untitled/' },
        { file: 'notes/day2/02_bad_yaml.md', id: 'day2/02_bad_yaml', path: '/day2/02_bad_yaml/' },
        {
          file: 'notes/day2/workshops/advanced/01_deep_dive.md',
          id: 'day2/workshops/advanced/01_deep_dive',
          path: '/day2/workshops/advanced/01_deep_dive/',
        },
        { file: 'notes/workshops/01_hands_on.md', id: 'workshops/01_hands_on', path: '/workshops/01_hands_on/' },
      ],
    );
  });

  test('names a note by its slug, as the build does, and keeps its aliases', () => {
    const note = noteById('day1/opening-keynote');
    assert.equal(note.data?.slug, 'Opening-Keynote');
    assert.deepEqual(note.data?.aliases, ['/talks/keynote/']);
  });

  test('reads TOML and JSON front matter, and the links after it on the lines they are on in the file', () => {
    assert.deepEqual(noteById('day1/06_toml').data, { title: 'TOML', weight: 6, tags: [], draft: false, aliases: [] });
    assert.deepEqual(noteById('day1/06_toml').links, [{ href: '/day1/', line: lineOf(files['notes/day1/06_toml.md']!, '[Back]') }]);
    assert.deepEqual(noteById('day1/07_json').data, { title: 'JSON', weight: 0, tags: ['mesh'], draft: false, aliases: [] });
    assert.deepEqual(noteById('day1/07_json').links, [{ href: '/day1/', line: lineOf(files['notes/day1/07_json.md']!, '[Back]') }]);
  });

  test('reads a page bundle’s index.md as the note, with its headings', () => {
    assert.deepEqual(noteById('day1/04_bundle').headings, new Set(['inside']));
  });

  test('keeps the front matter of a valid note, with its defaults, and no problems', () => {
    const note = noteById('day1/01_intro');
    assert.deepEqual(note.data, { title: 'Intro', weight: 1, tags: ['mesh'], draft: false, aliases: [] });
    assert.deepEqual(note.frontMatterProblems, []);
    assert.deepEqual(noteById('day1/02_extras').data, { title: 'Extras', weight: 0, tags: [], draft: false, aliases: [] });
  });

  test('lists every link a note makes, inline or by reference, with the line it is on in the file', () => {
    assert.deepEqual(noteById('day1/01_intro').links, [
      { href: '../02_extras/', line: lineOf(intro, '[the extras]') },
      { href: '#why-sidecars-2024', line: lineOf(intro, '[a heading]') },
      { href: 'https://istio.io/', line: lineOf(intro, '[Istio]') },
      { href: '/day2/', line: lineOf(intro, '[istio-docs]: /day2/') },
    ]);
  });

  test('lists the links of an .mdx note, read with the MDX grammar', () => {
    assert.deepEqual(noteById('day1/02_extras').links, [{ href: '/day1/01_intro/#history', line: lineOf(extras, '[the intro]') }]);
  });

  test('gives a note the heading ids the site renders for it', async () => {
    const note = noteById('day1/01_intro');
    assert.deepEqual(note.headings, await renderedHeadingIds(introBody));
    // And spelled out, so a change in both at once still shows:
    assert.deepEqual(
      [...note.headings].sort(),
      ['history', 'history-1', 'notes-on-the-mesh', 'summary', 'use-kubectl-carefully', 'why-sidecars-2024', 'überwachung--logs'].sort(),
    );
  });

  test('lists each mermaid diagram with the line of its opening fence and its source with a final newline', () => {
    assert.deepEqual(noteById('day1/01_intro').diagrams, [{ source: 'flowchart TD\n    kubeapi-->xDS\n', line: lineOf(intro, '```mermaid') }]);
    assert.deepEqual(noteById('day1/02_extras').diagrams, [{ source: 'pie\n    "a": 1\n', line: lineOf(extras, '```mermaid') }]);
  });

  test('reports a note without a title as a front matter problem, with no data', () => {
    const note = noteById('day2/01_untitled');
    assert.equal(note.data, undefined);
    assert.deepEqual(note.frontMatterProblems, [{ message: 'front matter field "title": required: a non-empty title' }]);
  });

  test('reports front matter that is not YAML at the line of the mistake, and reads no links from that note', () => {
    const note = noteById('day2/02_bad_yaml');
    assert.equal(note.data, undefined);
    assert.equal(note.frontMatterProblems.length, 1);
    const [problem] = note.frontMatterProblems;
    assert.match(problem!.message, /^the front matter is not valid YAML: /);
    // The unclosed list is the culprit, though YAML only notices on the next line.
    assert.equal(problem!.line, lineOf(files['notes/day2/02_bad_yaml.md']!, 'tags: [a, b'));
    assert.deepEqual(note.links, []);
  });
});

describe('readNoteSources: sections', () => {
  test('reads the _index.md of each folder that has one as its section, at any depth and at the top, and no other file', () => {
    assert.deepEqual(
      sources.sections.map(({ file, id }) => ({ file, id })),
      [
        { file: 'notes/_index.md', id: '_index' },
        { file: 'notes/day1/_index.md', id: 'day1/_index' },
        { file: 'notes/day2/_index.md', id: 'day2/_index' },
        { file: 'notes/day2/workshops/_index.md', id: 'day2/workshops/_index' },
      ],
    );
  });

  test('keeps a valid day’s title, weight and description', () => {
    const day1 = sources.sections.find((section) => section.id === 'day1/_index')!;
    assert.deepEqual(day1.data, { title: 'Day 1', weight: 1, description: 'Keynotes.' });
    assert.deepEqual(day1.frontMatterProblems, []);
  });

  test('keeps a nested section’s and the top level’s title and weight', () => {
    assert.deepEqual(sources.sections.find((section) => section.id === 'day2/workshops/_index')!.data, { title: 'Workshops', weight: 2 });
    assert.deepEqual(sources.sections.find((section) => section.id === '_index')!.data, { title: 'KubeCon 2024', weight: 0 });
  });

  test('reports an _index.md with `weight: abc` as a front matter problem of that day', () => {
    const day2 = sources.sections.find((section) => section.id === 'day2/_index')!;
    assert.equal(day2.data, undefined);
    assert.deepEqual(day2.frontMatterProblems, [{ message: 'front matter field "weight": expected a whole number, such as `weight: 3` (found "abc")' }]);
  });
});

describe('readNoteSources: headings with markup', () => {
  // The ids a page really has: raw HTML and image alts are not heading text there, and a footnote reference is its number.
  const body = '\n## Beta <sup>new</sup>\n\n## ![logo](logo.png) Setup\n\n## Results[^1]\n\nSee [the beta section](#beta-new).\n\n[^1]: A footnote.\n';
  let markupRoot: string;
  let markupSources: NoteSources;

  before(async () => {
    markupRoot = await mkdtemp(join(tmpdir(), 'note-sources-markup-'));
    await writeTree(markupRoot, { 'notes/day1/01_a.md': `---\ntitle: A\n---\n${body}` });
    markupSources = await readNoteSources(markupRoot, 'notes');
  });
  after(() => rm(markupRoot, { recursive: true, force: true }));

  test('are the ids the site renders for headings with HTML, an image or a footnote reference', async () => {
    const rendered = await renderedHeadingIds(body);
    rendered.delete('footnote-label'); // The footnotes' own heading, which the note does not write.
    assert.deepEqual(markupSources.notes[0]!.headings, rendered);
    assert.deepEqual([...rendered], ['beta-new', '-setup', 'results1']);
  });

  test('let a link to the id the page really has pass the check', async () => {
    assert.deepEqual(linkProblems(markupSources, await siteTargets(markupSources, join(markupRoot, 'public'), 'notes')), []);
  });
});

describe('readNoteSources: an .mdx note MDX cannot read', () => {
  test('is a problem at the line MDX stopped on, and nothing else is read from it', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'note-mdx-'));
    try {
      await writeTree(folder, { 'notes/day1/01_brace.mdx': '---\ntitle: Brace\n---\n\nSee [the day](/day1/).\n\nA <b>bold</b claim.\n' });
      const [note] = (await readNoteSources(folder, 'notes')).notes;
      assert.deepEqual(note!.syntaxProblems.map(({ line }) => line), [7]);
      assert.match(note!.syntaxProblems[0]!.message, /^MDX cannot read this line at column 19: Unexpected character `\.` \(U\+002E\) in attribute name, .*; in an \.mdx note "\{" and "<" start code, so write \\\{ or \\< for the characters themselves, or rename the note to \.md$/);
      assert.deepEqual(note!.links, []);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});

describe('readNoteSources: images', () => {
  test('lists every image as written, with its line: inline, by reference, and an HTML or JSX <img>; a definition only images use is not a link', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'note-images-'));
    try {
      await writeTree(folder, {
        'notes/day1/01_photos.md': '---\ntitle: Photos\n---\n\n![Inline](a.png)\n![By reference][b]\nSee [the docs][docs].\n\n<div>\n<img src="c.png" alt="In HTML">\n</div>\n\n[b]: ./b.png\n[docs]: /day1/\n',
        'notes/day1/02_jsx.mdx': '---\ntitle: JSX\n---\n\n<img src="/d.png" alt="In JSX" />\n',
      });
      const [photos, jsx] = (await readNoteSources(folder, 'notes')).notes;
      assert.deepEqual(photos!.images, [
        { src: 'a.png', alt: 'Inline', line: 5 },
        { src: './b.png', alt: 'By reference', line: 6 },
        { src: 'c.png', alt: 'In HTML', line: 10, html: true },
      ]);
      assert.deepEqual(photos!.links, [{ href: '/day1/', line: 14 }]);
      assert.deepEqual(jsx!.images, [{ src: '/d.png', alt: 'In JSX', line: 5, html: true }]);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
