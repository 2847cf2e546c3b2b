// Where a note's image file is and whether it is an image: the build and
// `npm run check` share these answers and their words.
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, test } from 'node:test';
import sharp from 'sharp';
import { imageFile, imageKind, probeImage } from '../../../src/markdown/image-files.ts';

const dir = await mkdtemp(join(tmpdir(), 'image-files-'));
after(() => rm(dir, { recursive: true, force: true }));

test('URLs are remote, root-absolute paths are public, the rest are next to the note', () => {
  assert.equal(imageKind('https://example.com/a.png'), 'remote');
  assert.equal(imageKind('data:image/png;base64,AAAA'), 'remote');
  assert.equal(imageKind('//cdn.example.com/a.png'), 'remote');
  assert.equal(imageKind('/screenshot.png'), 'public');
  assert.equal(imageKind('stage.jpg'), 'local');
  assert.equal(imageKind('../images/hall.jpg'), 'local');
});

test('a local image is found next to the note, a public one in the public folder, with its spaces decoded', () => {
  assert.equal(imageFile('../images/hall%20east.jpg', '/notes/day1/01_talk/index.md', '/site/public'), '/notes/day1/images/hall east.jpg');
  assert.equal(imageFile('./stage.jpg?v=2', '/notes/day1/01_talk/index.md', '/site/public'), '/notes/day1/01_talk/stage.jpg');
  assert.equal(imageFile('/img/logo.png', '/notes/day1/01_talk/index.md', '/site/public'), '/site/public/img/logo.png');
});

test('an image gives its size, upright as it is shown', async () => {
  const path = join(dir, 'sideways.jpg');
  // 40×30 as stored, taken with the phone turned: EXIF orientation 6 shows it 30×40.
  await sharp({ create: { width: 40, height: 30, channels: 3, background: '#888' } }).jpeg().withMetadata({ orientation: 6 }).toFile(path);
  assert.deepEqual(await probeImage(path, 'sideways.jpg'), { ok: true, width: 30, height: 40 });
});

test('a missing file and a file that is not an image each say so, naming the file', async () => {
  const missing = join(dir, 'nope.png');
  assert.deepEqual(await probeImage(missing, 'nope.png'), { ok: false, message: `image "nope.png" not found: there is no file ${relative(process.cwd(), missing)}` });
  const text = join(dir, 'notes.png');
  await writeFile(text, 'not a picture\n');
  assert.deepEqual(await probeImage(text, 'notes.png'), {
    ok: false,
    message: `image "notes.png" is not an image (${relative(process.cwd(), text)}: Input file contains unsupported image format); save it again as JPEG, PNG, WebP, AVIF or GIF`,
  });
});

test('a folder named like an image is not one', async () => {
  const folder = join(dir, 'folder.png');
  await mkdir(folder);
  assert.equal((await probeImage(folder, 'folder.png')).ok, false);
});
