import assert from 'node:assert/strict';
import { test } from 'node:test';
import { composite, contrastRatio, flatten, parseComputedColour } from '../../e2e/colour-contrast.ts';

test('reads the colours Chromium computes, in rgb() and color(srgb)', () => {
  assert.deepEqual(parseComputedColour('rgb(51, 51, 51)'), [51, 51, 51, 1]);
  assert.deepEqual(parseComputedColour('rgba(232, 232, 232, 0.8)'), [232, 232, 232, 0.8]);
  assert.deepEqual(parseComputedColour('color(srgb 1 0.5 0 / 0.5)'), [255, 127.5, 0, 0.5]);
  assert.equal(parseComputedColour('none'), undefined);
  assert.equal(parseComputedColour('url("#grad")'), undefined);
});

test('the WCAG ratios a reader knows: black on white 21, white on white 1, #777 on white about 4.48', () => {
  const white = parseComputedColour('rgb(255, 255, 255)')!;
  assert.equal(contrastRatio(parseComputedColour('rgb(0, 0, 0)')!, white), 21);
  assert.equal(contrastRatio(white, white), 1);
  assert.equal(contrastRatio(white, parseComputedColour('rgb(0, 0, 0)')!), 21);
  assert.ok(Math.abs(contrastRatio(parseComputedColour('rgb(119, 119, 119)')!, white) - 4.48) < 0.01);
});

test('a translucent shape is seen blended with what is under it', () => {
  assert.deepEqual(composite([0, 0, 0, 0.5], [255, 255, 255, 1]), [127.5, 127.5, 127.5, 1]);
  assert.deepEqual(flatten([[255, 255, 255, 1], [255, 0, 0, 0], [0, 0, 255, 1]]), [0, 0, 255, 1]);
});
