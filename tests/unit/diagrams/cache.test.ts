import assert from 'node:assert/strict';
import { mkdtemp, mkdir, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { type CachedDiagram, cacheKey, createDiagramCache } from '../../../src/diagrams/cache.ts';
import { mermaidConfig } from '../../../src/diagrams/browser/config.ts';

const entry: CachedDiagram = { diagramType: 'pie', markup: ['<svg id="', '"></svg>'], name: 'Pie chart', labels: '', minWidth: 0 };
const dir = await mkdtemp(join(tmpdir(), 'mermaid-cache-'));
after(() => rm(dir, { recursive: true, force: true }));

test('a miss returns undefined; a write is then a hit', async () => {
  const cache = createDiagramCache(join(dir, 'a'));
  assert.equal(cache.get('k1'), undefined);
  assert.equal(cache.has('k1'), false);
  await cache.set('k1', entry);
  assert.deepEqual(cache.get('k1'), entry);
  assert.equal(cache.has('k1'), true);
});

test('a write leaves exactly one complete file, and a failed write leaves none', async () => {
  const folder = join(dir, 'b');
  const cache = createDiagramCache(folder);
  await cache.set('good', entry);
  assert.deepEqual(await readdir(folder), ['good.json']);
  // A directory where the entry should go makes the rename fail.
  await mkdir(join(folder, 'bad.json'));
  await assert.rejects(cache.set('bad', entry));
  assert.deepEqual((await readdir(folder)).sort(), ['bad.json', 'good.json']);
  assert.equal(cache.get('bad'), undefined);
});

test('a cache folder that does not exist yet, or is deleted while astro dev runs, is made on the next write', async () => {
  const folder = join(dir, 'c', 'nested');
  const cache = createDiagramCache(folder);
  await cache.set('first', entry);
  await rm(join(dir, 'c'), { recursive: true });
  await cache.set('second', entry);
  assert.deepEqual(await readdir(folder), ['second.json']);
  assert.deepEqual(await cache.get('second'), entry);
});

test('the key changes with the source, the mermaid version and the render config', () => {
  const base = { source: 'pie\n"a": 1', mermaidVersion: '11.17.2', mermaidConfig };
  const key = cacheKey(base);
  assert.match(key, /^[0-9a-f]{64}$/);
  assert.equal(cacheKey({ ...base }), key);
  assert.notEqual(cacheKey({ ...base, source: 'pie\n"a": 2' }), key);
  assert.notEqual(cacheKey({ ...base, mermaidVersion: '11.18.0' }), key);
  assert.notEqual(cacheKey({ ...base, mermaidConfig: { ...mermaidConfig, htmlLabels: true } }), key);
});
