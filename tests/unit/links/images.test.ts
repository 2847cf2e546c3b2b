// `npm run check`'s images: a missing or unreadable file, or a photo outside
// the notes folder, is a problem at the image's line; an image without alt
// text only a warning; remote images are never fetched, so never a problem.
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, test } from 'node:test';
import sharp from 'sharp';
import { imageFindings } from '../../../src/links/images.ts';
import type { NoteSource } from '../../../src/links/sources.ts';

const root = await mkdtemp(join(tmpdir(), 'check-images-'));
after(() => rm(root, { recursive: true, force: true }));
await mkdir(join(root, 'notes/day1'), { recursive: true });
await mkdir(join(root, 'public'), { recursive: true });
await sharp({ create: { width: 8, height: 8, channels: 3, background: '#000' } }).png().toFile(join(root, 'notes/day1/ok.png'));
await sharp({ create: { width: 8, height: 8, channels: 3, background: '#000' } }).png().toFile(join(root, 'public/logo.png'));
await writeFile(join(root, 'notes/day1/text.png'), 'words\n');

function note(images: NoteSource['images']): NoteSource {
  return { file: 'notes/day1/01_talk.md', id: 'day1/01_talk', path: '/day1/01_talk/', frontMatterProblems: [], links: [], headings: new Set(), diagrams: [], shortcodeProblems: [], syntaxProblems: [], images };
}

test('good local, public and remote images pass', async () => {
  const findings = await imageFindings([note([{ src: 'ok.png', alt: 'OK', line: 5 }, { src: '/logo.png', alt: 'Logo', line: 6 }, { src: 'https://example.com/x.png', alt: 'X', line: 7 }])], root, 'public', 'notes');
  assert.deepEqual(findings, { problems: [], warnings: [] });
});

test('a missing image and a text file are problems at their lines', async () => {
  const { problems } = await imageFindings([note([{ src: 'gone.png', alt: 'Gone', line: 5 }, { src: 'text.png', alt: 'Text', line: 9 }])], root, 'public', 'notes');
  const shown = (path: string) => relative(process.cwd(), join(root, path));
  assert.deepEqual(problems, [
    { file: 'notes/day1/01_talk.md', line: 5, message: `image "gone.png" not found: there is no file ${shown('notes/day1/gone.png')}` },
    { file: 'notes/day1/01_talk.md', line: 9, message: `image "text.png" is not an image (${shown('notes/day1/text.png')}: Input file contains unsupported image format); save it again as JPEG, PNG, WebP, AVIF or GIF` },
  ]);
});

test('a photo outside the notes folder is a problem, as the build makes it one', async () => {
  const { problems } = await imageFindings([note([{ src: '../../public/logo.png', alt: 'Logo', line: 4 }])], root, 'public', 'notes');
  const shown = (path: string) => relative(process.cwd(), join(root, path));
  assert.deepEqual(problems, [
    { file: 'notes/day1/01_talk.md', line: 4, message: `image "../../public/logo.png" is outside the notes folder (${shown('public/logo.png')}); move it into ${shown('notes')}` },
  ]);
});

test('an image without alt text, even a remote one, is a warning, not a problem', async () => {
  const findings = await imageFindings([note([{ src: 'ok.png', alt: ' ', line: 5 }, { src: 'https://example.com/x.png', alt: '', line: 8 }])], root, 'public', 'notes');
  assert.deepEqual(findings.problems, []);
  assert.deepEqual(
    findings.warnings.map(({ line, message }) => `${line}: ${message}`),
    ['5: image "ok.png" has no alt text; say what it shows between the brackets: ![what it shows](ok.png)', '8: image "https://example.com/x.png" has no alt text; say what it shows between the brackets: ![what it shows](https://example.com/x.png)'],
  );
});

test('an HTML image of a file beside the note is a problem even when the file is there; one from public/ is probed like any', async () => {
  const findings = await imageFindings([note([{ src: 'ok.png', alt: 'OK', line: 5, html: true }, { src: '/gone.png', alt: 'Gone', line: 7, html: true }, { src: '/logo.png', alt: '', line: 9, html: true }])], root, 'public', 'notes');
  assert.deepEqual(findings.problems.map(({ line, message }) => `${line}: ${message}`), [
    '5: image <img src="ok.png"> is HTML, which the build does not copy to the site; write it as a Markdown image, ![what it shows](ok.png), and the build optimizes it',
    `7: image "/gone.png" not found: there is no file ${relative(process.cwd(), join(root, 'public/gone.png'))}`,
  ]);
  assert.deepEqual(findings.warnings.map(({ line, message }) => `${line}: ${message}`), ['9: image "/logo.png" has no alt text; say what it shows in its alt: <img src="/logo.png" alt="what it shows">']);
});
