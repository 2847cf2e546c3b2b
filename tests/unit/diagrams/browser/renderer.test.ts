// The page pool, in a real Chromium: each page is sent its next diagram
// before the last is back, and a diagram that hangs must not take the one
// queued behind it down with it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { PageResult, RenderInPage } from '../../../../src/diagrams/browser/render-page.ts';
import { DiagramRenderer, RenderTimeoutError } from '../../../../src/diagrams/browser/renderer.ts';

// The real in-page queue (render-page.ts), except that a diagram with "hang" in it never finishes.
const hangsOnHang: RenderInPage = (request) => {
  const page = window as unknown as { previousRender?: Promise<unknown>; renderAlone: RenderInPage };
  const result = (page.previousRender ?? Promise.resolve()).then(() => (request.source.includes('hang') ? new Promise<never>(() => {}) : page.renderAlone(request)));
  page.previousRender = result.catch(() => undefined);
  return result;
};

const svgOf = (result: PageResult) => (result.ok ? result.svg : `failed: ${result.message}`);

test('a diagram queued in a page behind one that hangs is rendered on a fresh page, and only the hanging one times out', async () => {
  const renderer = new DiagramRenderer({ concurrency: 1, renderInPage: hangsOnHang });
  try {
    await renderer.render('pie\n  "warm": 1', 30_000); // The page is open, so the next two go to it in the order sent.
    const [hanging, queued] = await Promise.allSettled([renderer.render('pie\n  "hang": 1', 300), renderer.render('pie\n  "after": 1', 300)]);
    assert.ok(hanging.status === 'rejected' && hanging.reason instanceof RenderTimeoutError);
    assert.ok(queued.status === 'fulfilled');
    assert.match(svgOf(queued.value), />after</);
  } finally {
    await renderer.close();
  }
});

test('diagrams sent to one page together each come back with their own SVG', async () => {
  const renderer = new DiagramRenderer({ concurrency: 1 });
  try {
    const names = ['first', 'second', 'third', 'fourth'];
    const results = await Promise.all(names.map((name) => renderer.render(`pie\n  "${name}": 1`, 30_000)));
    results.forEach((result, i) => assert.match(svgOf(result), new RegExp(`>${names[i]}<`)));
  } finally {
    await renderer.close();
  }
});
