// The photo plugin, run the way Astro's pipeline runs it: relative images
// get a WebP srcset of their own files (never Astro's), public ones their
// size from the file, remote ones stay as written, every shown photo opens
// full size, and a missing image becomes one problem at the note's line.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, test } from 'node:test';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import sharp from 'sharp';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { Problem } from '../../../src/lib/problem.ts';
import { PhotoKeys } from '../../../src/markdown/photo-keys.ts';
import { photoSizes, rehypePhotos } from '../../../src/markdown/photos.ts';

const dir = await mkdtemp(join(tmpdir(), 'photos-'));
after(() => rm(dir, { recursive: true, force: true }));
const publicDir = join(dir, 'public');
const notePath = join(dir, 'notes/day1/01_talk/index.md');
const image = (path: string, width: number, height: number) => sharp({ create: { width, height, channels: 3, background: '#468' } }).png().toFile(path);
await Promise.all([mkdir(publicDir, { recursive: true }), mkdir(join(dir, 'notes/day1/01_talk'), { recursive: true })]);
await Promise.all([
  image(join(dir, 'notes/day1/01_talk/stage.png'), 900, 600),
  image(join(publicDir, 'logo.png'), 20, 10),
  image(join(dir, 'outside.png'), 8, 8),
]);
const stageKey = createHash('sha256').update(await readFile(join(dir, 'notes/day1/01_talk/stage.png'))).digest('hex').slice(0, 16);

/** One note body through the plugin; Astro's collected image paths and front matter as its remark step leaves them. */
async function render(markdown: string, localImagePaths: string[], base = '/') {
  const problems: Problem[] = [];
  const file = new VFile({ path: notePath, value: markdown, data: { astro: { frontmatter: {}, localImagePaths } } });
  const html = String(
    await unified()
      .use(remarkParse)
      .use(remarkRehype)
      .use(rehypePhotos, { publicDir, notesDir: join(dir, 'notes'), base, keys: new PhotoKeys(), onError: (problem) => problems.push(problem) })
      .use(rehypeStringify)
      .process(file),
  );
  return { html, problems, astro: file.data.astro! };
}

test('a relative image gets a WebP srcset of its own files with the column\'s sizes, eager as the first photo, and links to its original', async () => {
  const { html, astro } = await render('![The stage](stage.png)\n\n![The stage again](./stage.png)\n', ['stage.png', './stage.png']);
  const file = (suffix: string) => `/_photos/day1/01_talk/stage.png.${stageKey}.${suffix}`;
  const img = (alt: string, loading: string) =>
    `<img src="${file('900w.webp')}" alt="${alt}" loading="${loading}" decoding="async" width="900" height="600" srcset="${file('640w.webp')} 640w, ${file('828w.webp')} 828w, ${file('900w.webp')} 900w" sizes="${photoSizes}">`;
  assert.equal(
    html,
    `<p><span class="photo"><a class="photo-link" href="${file('png')}">${img('The stage', 'eager')}</a></span></p>\n` +
      `<p><span class="photo"><a class="photo-link" href="${file('png')}">${img('The stage again', 'lazy')}</a></span></p>`,
  );
  // Astro's image step is left nothing to import.
  assert.deepEqual(astro.localImagePaths, []);
  assert.equal(astro.frontmatter!.photoCount, 2);
});

test('under a sub-path every photo address has the base', async () => {
  const { html } = await render('![The stage](stage.png)\n', ['stage.png'], '/kubecon24/');
  const srcset = /srcset="([^"]+)"/.exec(html)![1]!.split(', ').map((candidate) => candidate.split(' ')[0]);
  const addresses = [...html.matchAll(/ (?:href|src)="([^"]+)"/g)].map(([, address]) => address).concat(srcset);
  assert.equal(addresses.length, 5);
  for (const address of addresses) assert.match(address!, /^\/kubecon24\/_photos\//);
});

test('a photo outside the notes folder is a problem at its line', async () => {
  const { problems } = await render('![Outside](../../../outside.png)\n', ['../../../outside.png']);
  assert.deepEqual(problems, [
    { file: relative(process.cwd(), notePath), line: 1, message: `image "../../../outside.png" is outside the notes folder (${relative(process.cwd(), join(dir, 'outside.png'))}); move it into ${relative(process.cwd(), join(dir, 'notes'))}` },
  ]);
});

test('a public image gets the width and height of its file', async () => {
  const { html } = await render('![Logo](/logo.png)\n', []);
  assert.equal(html, '<p><span class="photo"><a class="photo-link" href="/logo.png"><img src="/logo.png" alt="Logo" loading="eager" decoding="async" width="20" height="10"></a></span></p>');
});

test('a remote image stays exactly as written, and an author\'s own link is not wrapped again', async () => {
  const { html, astro } = await render('![Slide](https://example.com/slide.png)\n\n[![Logo](/logo.png)](https://example.com/)\n', []);
  assert.equal(
    html,
    '<p><img src="https://example.com/slide.png" alt="Slide"></p>\n<p><a href="https://example.com/"><img src="/logo.png" alt="Logo" loading="eager" decoding="async" width="20" height="10"></a></p>',
  );
  assert.equal(astro.frontmatter!.photoCount, 1);
});

test('a photo without alt text still has a named link', async () => {
  const { html } = await render('![](/logo.png)\n', []);
  assert.match(html, /<a class="photo-link" aria-label="Photo, full size" href="\/logo.png">/);
});

test('a missing image is a problem at its line, and is taken from Astro\'s list so Astro does not fail on it first', async () => {
  const { problems, astro } = await render('Intro.\n\n![Gone](gone.png)\n', ['gone.png']);
  const missing = relative(process.cwd(), join(dir, 'notes/day1/01_talk/gone.png'));
  assert.deepEqual(problems, [{ file: relative(process.cwd(), notePath), line: 3, message: `image "gone.png" not found: there is no file ${missing}` }]);
  assert.deepEqual(astro.localImagePaths, []);
  assert.equal(astro.frontmatter!.photoCount, undefined);
});
