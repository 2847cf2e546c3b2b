// Without JavaScript a photo is a link to its full-size file: the rendered
// page's photo links point at the photo's own src (its original width).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { linkPhotosToFullSize } from '../../../src/lib/photo-links.ts';

test('a photo link points at its photo\'s full-size file', () => {
  const html = '<p><span class="photo"><a class="photo-link"><img src="/_astro/stage.abc.webp" srcset="/_astro/stage.small.webp 640w, /_astro/stage.abc.webp 1600w" alt="The stage"></a></span></p>';
  assert.equal(
    linkPhotosToFullSize(html),
    '<p><span class="photo"><a class="photo-link" href="/_astro/stage.abc.webp"><img src="/_astro/stage.abc.webp" srcset="/_astro/stage.small.webp 640w, /_astro/stage.abc.webp 1600w" alt="The stage"></a></span></p>',
  );
});

test('other links, and an author\'s own link around an image, are left alone', () => {
  const html = '<p><a href="https://example.com/"><img src="/a.png" alt="A"></a> <a class="heading-anchor" href="#x">x</a></p>';
  assert.equal(linkPhotosToFullSize(html), html);
});

test('every photo on the page gets its own file', () => {
  const photo = (name: string) => `<span class="photo"><a class="photo-link"><img src="/${name}.webp" alt="${name}"></a></span>`;
  const linked = linkPhotosToFullSize(`${photo('one')}<p>text</p>${photo('two')}`);
  assert.deepEqual([...linked.matchAll(/href="([^"]+)"/g)].map((match) => match[1]), ['/one.webp', '/two.webp']);
});
