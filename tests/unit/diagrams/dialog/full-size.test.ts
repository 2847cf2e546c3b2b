import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fullSizeScale, viewBoxSize } from '../../../../src/diagrams/dialog/full-size.ts';

test('a small diagram grows to fill the space, up to twice its size', () => {
  assert.equal(fullSizeScale({ width: 400, height: 100 }, { width: 1000, height: 800 }), 2);
  assert.equal(fullSizeScale({ width: 400, height: 300 }, { width: 600, height: 900 }), 1.5);
  assert.equal(fullSizeScale({ width: 400, height: 100 }, { width: 1000, height: 800 }, 3), 2.5);
});

test('a diagram larger than the space keeps its natural size, to be panned', () => {
  assert.equal(fullSizeScale({ width: 1600, height: 300 }, { width: 360, height: 700 }), 1);
  assert.equal(fullSizeScale({ width: 300, height: 2000 }, { width: 1200, height: 800 }), 1);
});

test('a diagram with no size is drawn as it is', () => {
  assert.equal(fullSizeScale({ width: 0, height: 0 }, { width: 800, height: 600 }), 1);
});

test('the natural size comes from the viewBox', () => {
  assert.deepEqual(viewBoxSize('-8 -8 629.15 66'), { width: 629.15, height: 66 });
  assert.deepEqual(viewBoxSize('0,0,10,20'), { width: 10, height: 20 });
  assert.equal(viewBoxSize(null), undefined);
  assert.equal(viewBoxSize('0 0 0 10'), undefined);
  assert.equal(viewBoxSize('nonsense'), undefined);
});
