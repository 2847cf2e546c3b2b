// A photo's files: which widths it gets, how its address names its file and
// back, and how a width is encoded once.
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import sharp from 'sharp';
import { encodePhoto, parsePhotoPath, photoPathsIn, photoSitePath, photoUrl, photoWidths, sourceInNotes, widthsFor } from '../../../src/markdown/photo-files.ts';

const dir = await mkdtemp(join(tmpdir(), 'photo-files-'));
after(() => rm(dir, { recursive: true, force: true }));

test('a 4000 px photo gets the widths the column can use, a small one stops at its own width', () => {
  assert.deepEqual(widthsFor(4000), photoWidths);
  assert.deepEqual(widthsFor(4000), [640, 828, 1080, 1600]);
  assert.deepEqual(widthsFor(1600), [640, 828, 1080, 1600]);
  assert.deepEqual(widthsFor(900), [640, 828, 900]);
  assert.deepEqual(widthsFor(300), [300]);
});

test('an address names its file, and the file is read back from the address', () => {
  const key = '0123456789abcdef';
  const cases = [
    { source: 'day1/01_talk/stage.jpg', key, width: 1080 },
    { source: 'day1/01_talk/stage.jpg', key },
    { source: 'day 2/images/hall, east.png', key, width: 640 },
    { source: 'día/ß/日本.jpeg', key },
  ];
  for (const file of cases) {
    const url = photoUrl('/kubecon24/', file);
    assert.ok(url.startsWith('/kubecon24/_photos/'), url);
    // A srcset candidate ends at white space and is split at ", ": neither may be in an address.
    assert.doesNotMatch(url, /[\s,]/);
    assert.deepEqual(parsePhotoPath(url.slice('/kubecon24/'.length)), file);
  }
  assert.equal(photoUrl('/', cases[0]!), `/_photos/day1/01_talk/stage.jpg.${key}.1080w.webp`);
  assert.equal(photoUrl('/', cases[1]!), `/_photos/day1/01_talk/stage.jpg.${key}.jpg`);
  assert.equal(photoSitePath(cases[2]!), `_photos/day 2/images/hall, east.png.${key}.640w.webp`);
  // A name without an extension still has an address for its original.
  assert.deepEqual(parsePhotoPath(photoUrl('/', { source: 'day1/scan', key }).slice(1)), { source: 'day1/scan', key });
});

test('an address outside the notes folder, or of another shape, names no file', () => {
  const key = '0123456789abcdef';
  const paths = [
    `_photos/../secret.jpg.${key}.jpg`,
    `_photos/a/%2E%2E/b.jpg.${key}.jpg`,
    `_photos/a.jpg.${key}.png`,
    `_photos/a.jpg.${key}.640.webp`,
    `_photos/a.jpg.xyz.jpg`,
    `_photos/a.jpg`,
    `_astro/a.jpg.${key}.jpg`,
    `_photos/%E0%A4%A.jpg.${key}.jpg`,
  ];
  for (const path of paths) {
    assert.equal(parsePhotoPath(path), undefined, path);
  }
});

test('every photo address of a page is found, in src, srcset and href, under the base only', () => {
  const html = '<p>Text about /k/_photos/ is not an address.</p><a href="/k/_photos/a.jpg.0123456789abcdef.jpg"><img src="/k/_photos/a.jpg.0123456789abcdef.828w.webp" srcset="/k/_photos/a.jpg.0123456789abcdef.640w.webp 640w, /k/_photos/a.jpg.0123456789abcdef.828w.webp 828w"></a><img src="/_photos/b.jpg.0123456789abcdef.jpg">';
  assert.deepEqual(photoPathsIn(html, '/k/'), [
    '_photos/a.jpg.0123456789abcdef.jpg',
    '_photos/a.jpg.0123456789abcdef.828w.webp',
    '_photos/a.jpg.0123456789abcdef.640w.webp',
    '_photos/a.jpg.0123456789abcdef.828w.webp',
  ]);
});

test('a photo is in the notes folder or not', () => {
  assert.equal(sourceInNotes('/site/content', '/site/content/day1/a.jpg'), 'day1/a.jpg');
  assert.equal(sourceInNotes('/site/content', '/site/public/a.jpg'), undefined);
});

test('a width is encoded as an upright WebP once, then found in the cache', async () => {
  const original = join(dir, 'tall.jpg');
  // Stored 300×200 and tagged "rotate 90°": a camera's portrait photo, 200×300 upright.
  await sharp({ create: { width: 300, height: 200, channels: 3, background: '#468' } }).jpeg().withMetadata({ orientation: 6 }).toFile(original);
  const target = join(dir, 'cache', 'k', '100.webp');
  assert.equal(await encodePhoto(original, 100, target), true);
  const { format, width, height } = await sharp(target).metadata();
  assert.deepEqual({ format, width, height }, { format: 'webp', width: 100, height: 150 });
  const written = (await stat(target)).mtimeMs;
  assert.equal(await encodePhoto(original, 100, target), false);
  assert.equal((await stat(target)).mtimeMs, written);
  assert.ok((await readFile(target)).length > 0);
});
