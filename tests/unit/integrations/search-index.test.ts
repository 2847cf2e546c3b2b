// Once the pages are written, the build indexes them for search: Pagefind's
// bundle lands in <outDir>/pagefind/, built from the note articles only, and
// the build log says how many pages went in.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, test } from 'node:test';
import { searchIndex } from '../../../src/integrations/search-index.ts';

const page = (body: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title></head><body>${body}</body></html>`;

let dir: string;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'search-index-'));
  await mkdir(join(dir, 'day1', '01_mesh'), { recursive: true });
  await writeFile(
    join(dir, 'day1', '01_mesh', 'index.html'),
    page('<nav>Days</nav><article data-pagefind-body><h1>Sidecarless mesh</h1><p>Ambient mode removes the sidecar proxies.</p></article>'),
  );
  await writeFile(join(dir, 'index.html'), page('<main><h1>Home</h1><p>Every day of the conference.</p></main>'));
});
after(() => rm(dir, { recursive: true, force: true }));

test('writes the search bundle into the built site, indexing only note articles, and logs one line about it', async () => {
  const infos: string[] = [];
  const logger = { info: (line: string) => infos.push(line), warn: () => {}, error: () => {}, debug: () => {} };
  const hook = searchIndex().hooks['astro:build:done'];
  assert.ok(hook, 'search-index has no astro:build:done hook');
  await hook({ dir: pathToFileURL(`${dir}/`), logger } as never);
  assert.ok(existsSync(join(dir, 'pagefind', 'pagefind.js')), 'pagefind/pagefind.js was not written');
  const entry = JSON.parse(readFileSync(join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  assert.deepEqual(Object.values(entry.languages).map((language) => language.page_count), [1], 'only the page with data-pagefind-body should be in the index');
  assert.equal(infos.length, 1);
  assert.equal(infos[0], 'search index written: 2 pages read, only note articles indexed');
});
