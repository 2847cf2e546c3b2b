// Nothing moves when the body font arrives late: the font is held back by the
// test, and a PerformanceObserver adds up every layout shift the page makes.
import { expect, test } from '@playwright/test';

const pages = [
  ['note', 'day1/02_observability/'],
  ['home', './'],
  ['day', 'day1/'],
  ['tag', 'tags/platform/'],
] as const;

const fontDelayMs = 1500;

/** The page's window, carrying the sum of the layout shifts seen so far. */
interface Shifted {
  layoutShift: number;
}

for (const [kind, path] of pages) {
  test(`the ${kind} page does not shift when Inter arrives ${fontDelayMs} ms late`, async ({ page }) => {
    await page.route(/\.woff2$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, fontDelayMs));
      await route.continue();
    });
    await page.addInitScript(() => {
      const shifted = window as unknown as Shifted;
      shifted.layoutShift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) shifted.layoutShift += (entry as PerformanceEntry & { value: number }).value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const fontArrived = page.waitForEvent('requestfinished', (request) => /inter-latin-wght-normal\.[^/]*woff2$/.test(request.url()));
    await page.goto(path);
    await fontArrived;
    // Let the page lay out again with whatever it now has.
    await page.evaluate(() => document.fonts.ready.then(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))));
    expect(await page.evaluate(() => (window as unknown as Shifted).layoutShift)).toBe(0);
  });
}
