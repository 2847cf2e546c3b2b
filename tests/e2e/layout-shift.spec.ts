// Nothing moves while a page loads: a PerformanceObserver records every layout
// shift the page makes, with the body font held back by the test; then again
// with the page's HTML arriving a piece at a time, as on a slow network, in
// each of the page grid's layouts (Lighthouse saw the note with a diagram shift
// on its phone when Chromium painted the article before the table of contents
// that CSS then placed above it).
import { expect, type Page, test } from '@playwright/test';
import { htmlInPieces } from './html-in-pieces.ts';

const pages = [
  ['note', 'day1/02_observability/'],
  ['home', './'],
  ['day', 'day1/'],
  ['tag', 'tags/platform/'],
  // Also waits on the diagrams' and the dialog's stylesheets, and its HTML is the longest (an inline SVG).
  ['note with a diagram', 'workshops/01_hands_on/'],
] as const;

const fontDelayMs = 1500;

/** The page's window, carrying the layout shifts seen so far: each one's score and what moved, from where to where. */
interface Shifted {
  layoutShifts: string[];
}

/** Holds the font back `fontDelayMs` and records the page's layout shifts from its first paint on; `fontArrived` settles when the font is in. */
async function watchShiftsWithFontLate(page: Page): Promise<{ fontArrived: Promise<unknown> }> {
  await page.route(/\.woff2$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, fontDelayMs));
    await route.continue();
  });
  await page.addInitScript(() => {
    const shifted = window as unknown as Shifted;
    shifted.layoutShifts = [];
    interface LayoutShift extends PerformanceEntry {
      value: number;
      sources: { node: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
    }
    const moved = ({ node, previousRect: from, currentRect: to }: LayoutShift['sources'][number]) =>
      `${node instanceof Element ? `${node.localName}.${node.className}` : String(node?.nodeName)} (${from.x},${from.y}) → (${to.x},${to.y})`;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as LayoutShift[]) shifted.layoutShifts.push(`${entry.value.toFixed(4)}: ${entry.sources.map(moved).join(', ')}`);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  return { fontArrived: page.waitForEvent('requestfinished', (request) => /inter-latin-wght-normal\.[^/]*woff2$/.test(request.url())) };
}

/** The layout shifts, once the font is in and the page has laid out again with whatever it now has (none: a total of 0). */
async function layoutShifts(page: Page, fontArrived: Promise<unknown>): Promise<string[]> {
  await fontArrived;
  await page.evaluate(() => document.fonts.ready.then(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))));
  return page.evaluate(() => (window as unknown as Shifted).layoutShifts);
}

for (const [kind, path] of pages) {
  test(`the ${kind} page does not shift when Inter arrives ${fontDelayMs} ms late`, async ({ page }) => {
    const { fontArrived } = await watchShiftsWithFontLate(page);
    await page.goto(path);
    expect(await layoutShifts(page, fontArrived)).toEqual([]);
  });
}

// Each of the page grid's three layouts: Lighthouse's phone (the table of contents above the article, the days
// below it), a window with the sidebar but the table of contents still above the article, and one with all three columns.
const screens = [
  ['a phone', { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true }],
  ['a 1000 px window', { viewport: { width: 1000, height: 800 } }],
  ['a 1280 px window', { viewport: { width: 1280, height: 800 } }],
] as const;
// A page's HTML 2 KB at a time, a pause between pieces long enough for a paint.
const pieceBytes = 2048;
const pauseMs = 100;

for (const [screen, device] of screens) {
  test.describe(`on ${screen}, with the HTML arriving ${pieceBytes / 1024} KB at a time`, () => {
    test.use(device);
    for (const [kind, path] of pages) {
      test(`the ${kind} page does not shift as its HTML arrives`, async ({ page, baseURL }) => {
        const site = new URL(baseURL!);
        const proxy = await htmlInPieces(site.origin, pieceBytes, pauseMs);
        try {
          const { fontArrived } = await watchShiftsWithFontLate(page);
          await page.goto(new URL(`${site.pathname}${path}`.replace('/./', '/'), proxy.origin).href);
          expect(await layoutShifts(page, fontArrived)).toEqual([]);
        } finally {
          await proxy.close();
        }
      });
    }
  });
}
