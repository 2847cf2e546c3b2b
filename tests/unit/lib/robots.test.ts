import assert from 'node:assert/strict';
import { test } from 'node:test';
import { robotsTxt } from '../../../src/lib/robots.ts';

test('robots.txt allows everything and names the sitemap by its absolute URL', () => {
  assert.equal(
    robotsTxt('https://example.github.io/kubecon24/sitemap-index.xml'),
    'User-agent: *\nAllow: /\n\nSitemap: https://example.github.io/kubecon24/sitemap-index.xml\n',
  );
});
