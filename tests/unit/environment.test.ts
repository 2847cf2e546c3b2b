// The environment variables the README's Configuration section lists, read in
// one place: what each one changes, and what a build gets when none is set.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { astroCacheDir, buildEnvironment } from '../../src/environment.ts';

describe('buildEnvironment', () => {
  test('builds content/ at the root into dist/, with the site config’s URL and the default diagram cache, when nothing is set', () => {
    assert.deepEqual(buildEnvironment({}), {
      notesDir: 'content',
      base: '/',
      outDir: './dist',
      siteUrl: undefined,
      diagramCacheDir: 'node_modules/.cache/mermaid-svg',
      diagramRenderer: 'inline',
    });
  });

  test('reads each variable into its setting', () => {
    const env = buildEnvironment({
      NOTES_DIR: 'tests/fixtures/content',
      BASE_PATH: '/kubecon24/',
      OUT_DIR: 'dist-test/fixtures',
      SITE_URL: 'https://example.github.io',
      MERMAID_CACHE_DIR: '/tmp/mermaid-cache',
    });
    assert.equal(env.notesDir, 'tests/fixtures/content');
    assert.equal(env.base, '/kubecon24/');
    assert.equal(env.outDir, 'dist-test/fixtures');
    assert.equal(env.siteUrl, 'https://example.github.io');
    assert.equal(env.diagramCacheDir, '/tmp/mermaid-cache');
  });

  test('treats an empty SITE_URL as unset, so the site config’s URL is used', () => {
    assert.equal(buildEnvironment({ SITE_URL: '' }).siteUrl, undefined);
  });

  test('renders diagrams with rehype-mermaid only for DIAGRAMS=rehype-mermaid, and with our renderer for anything else', () => {
    assert.equal(buildEnvironment({ DIAGRAMS: 'rehype-mermaid' }).diagramRenderer, 'rehype-mermaid');
    for (const value of ['inline', '', 'mermaid', 'REHYPE-MERMAID', 'rehype-mermaid ']) {
      assert.equal(buildEnvironment({ DIAGRAMS: value }).diagramRenderer, 'inline', JSON.stringify(value));
    }
  });

  test('reads process.env when given no environment', () => {
    const saved = process.env.NOTES_DIR;
    process.env.NOTES_DIR = 'from-process-env';
    try {
      assert.equal(buildEnvironment().notesDir, 'from-process-env');
    } finally {
      if (saved === undefined) delete process.env.NOTES_DIR;
      else process.env.NOTES_DIR = saved;
    }
  });
});

describe('astroCacheDir', () => {
  test('keeps each output folder’s cache in its own folder under node_modules/.astro/', () => {
    const outDirs = ['./dist', 'dist-test/fixtures', 'dist-test/base-path', 'dist-test/content', 'dist-test/build-test-a1B2c3', '/tmp/bench/site-0', '/tmp/bench/site-1'];
    const caches = outDirs.map(astroCacheDir);
    assert.equal(new Set(caches).size, outDirs.length, caches.join(', '));
    for (const cache of caches) assert.match(cache, /^\.\/node_modules\/\.astro\/[^/]+$/);
  });

  test('gives output folders whose names differ only in punctuation their own caches', () => {
    assert.notEqual(astroCacheDir('dist-test'), astroCacheDir('dist_test'));
  });

  test('gives the same output folder the same cache every build', () => {
    assert.equal(astroCacheDir('dist-test/fixtures'), astroCacheDir('dist-test/fixtures'));
  });
});
