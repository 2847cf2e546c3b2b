// After a build, every photo address the pages name has its file in the
// site: the widths encoded once into the cache and linked in, the original
// as it is. A second build encodes nothing. The dev server makes a file when
// a page asks for it.
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, test } from 'node:test';
import sharp from 'sharp';
import { photoFiles } from '../../../src/integrations/photo-files.ts';
import { photoUrl } from '../../../src/markdown/photo-files.ts';
import { PhotoKeys } from '../../../src/markdown/photo-keys.ts';

const dir = await mkdtemp(join(tmpdir(), 'photo-files-integration-'));
after(() => rm(dir, { recursive: true, force: true }));
const notes = join(dir, 'notes');
await mkdir(join(notes, 'day1', '01_talk'), { recursive: true });
const original = join(notes, 'day1', '01_talk', 'stage.jpg');
await sharp({ create: { width: 1000, height: 750, channels: 3, background: '#468' } }).jpeg().toFile(original);
const key = await new PhotoKeys().of(original);
const base = '/kubecon24/';
const files = [{ width: 640 }, { width: 1000 }, {}].map((width) => ({ source: 'day1/01_talk/stage.jpg', key, ...width }));

function integration() {
  const infos: string[] = [];
  const logger = { info: (line: string) => infos.push(line), warn: () => {}, error: () => {}, debug: () => {} };
  const { hooks } = photoFiles({ notesDir: notes, keys: new PhotoKeys() });
  hooks['astro:config:done']!({ config: { base, cacheDir: pathToFileURL(join(dir, 'cache/')) } } as never);
  return { hooks, logger, infos };
}

async function build(site: string) {
  await mkdir(join(site, 'day1', '01_talk'), { recursive: true });
  const [small, large, full] = files.map((file) => photoUrl(base, file));
  await writeFile(join(site, 'day1', '01_talk', 'index.html'), `<a class="photo-link" href="${full}"><img src="${large}" srcset="${small} 640w, ${large} 1000w"></a>`);
  await writeFile(join(site, 'index.html'), '<p>No photos here.</p>');
  const { hooks, logger, infos } = integration();
  await hooks['astro:build:done']!({ dir: pathToFileURL(`${site}/`), logger } as never);
  return infos;
}

test('a build puts every photo file its pages name into the site; the next build encodes none', async () => {
  const site = join(dir, 'site');
  assert.deepEqual(await build(site), ['3 photo files: 2 encoded, 1 from the cache or the notes']);
  const at = (width: number) => join(site, '_photos', 'day1', '01_talk', `stage.jpg.${key}.${width}w.webp`);
  for (const width of [640, 1000]) {
    const { format, width: actual } = await sharp(at(width)).metadata();
    assert.deepEqual({ format, width: actual }, { format: 'webp', width });
  }
  assert.deepEqual(await readFile(join(site, '_photos', 'day1', '01_talk', `stage.jpg.${key}.jpg`)), await readFile(original));
  await rm(site, { recursive: true });
  assert.deepEqual(await build(site), ['3 photo files: 0 encoded, 3 from the cache or the notes']);
  assert.equal((await sharp(at(640)).metadata()).width, 640);
});

test('a site without photos gets no photo files and no log line', async () => {
  const site = join(dir, 'plain');
  await mkdir(site, { recursive: true });
  await writeFile(join(site, 'index.html'), '<p>Text only.</p>');
  const { hooks, logger, infos } = integration();
  await hooks['astro:build:done']!({ dir: pathToFileURL(`${site}/`), logger } as never);
  assert.deepEqual(infos, []);
});

test('a page that shows an address no build makes stops the build, naming the page and the fix', async () => {
  const site = join(dir, 'stale');
  await mkdir(site, { recursive: true });
  await writeFile(join(site, 'index.html'), `<img src="${base}_photos/1600w/${key}/day1/01_talk/stage.jpg.webp">`);
  const { hooks, logger } = integration();
  await assert.rejects(
    async () => hooks['astro:build:done']!({ dir: pathToFileURL(`${site}/`), logger } as never),
    { message: `${relative(process.cwd(), join(site, 'index.html'))} shows ${base}_photos/1600w/${key}/day1/01_talk/stage.jpg.webp, which names no photo; if the page came from an older build's content store, delete ${relative(process.cwd(), join(dir, 'cache', 'data-store.json'))} and build again` },
  );
});

test('the dev server makes a photo file when it is asked for, and passes every other request on', async () => {
  const { hooks } = integration();
  let handler: ((request: IncomingMessage, response: ServerResponse, next: () => void) => void) | undefined;
  let plugins: { configureServer: (server: unknown) => void }[] = [];
  hooks['astro:config:setup']!({ updateConfig: (config: { vite: { plugins: typeof plugins } }) => (plugins = config.vite.plugins) } as never);
  plugins[0]!.configureServer({ middlewares: { use: (h: typeof handler) => (handler = h) } });
  const server = createServer((request, response) => handler!(request, response, () => response.writeHead(404).end('next')));
  await new Promise<void>((resolve) => server.listen(0, resolve));
  after(() => server.close());
  const origin = `http://localhost:${(server.address() as { port: number }).port}`;
  const photo = await fetch(`${origin}${photoUrl(base, { source: 'day1/01_talk/stage.jpg', key, width: 828 })}`);
  assert.equal(photo.headers.get('content-type'), 'image/webp');
  assert.equal((await sharp(Buffer.from(await photo.arrayBuffer())).metadata()).width, 828);
  // As Astro's dev server passes it on: without the base.
  const unprefixed = await fetch(`${origin}${photoUrl('/', { source: 'day1/01_talk/stage.jpg', key, width: 640 })}`);
  assert.equal((await sharp(Buffer.from(await unprefixed.arrayBuffer())).metadata()).width, 640);
  const full = await fetch(`${origin}${photoUrl(base, { source: 'day1/01_talk/stage.jpg', key })}`);
  assert.equal(full.headers.get('content-type'), 'image/jpeg');
  assert.deepEqual(Buffer.from(await full.arrayBuffer()), await readFile(original));
  for (const other of [`${base}day1/`, photoUrl(base, { source: 'day1/01_talk/gone.jpg', key })]) assert.equal((await fetch(`${origin}${other}`)).status, 404, other);
});
