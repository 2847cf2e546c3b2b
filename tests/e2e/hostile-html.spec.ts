// A note's raw HTML cannot run script: tests/fixtures/hostile/day1/01_raw_html.md
// holds a <script>, an <img onerror>, a javascript: link and an iframe whose
// document has a script. Each would ask for an address under /ran/ if it ran;
// the Content Security Policy must stop every one, and say so as a violation.
import { expect, test, type Page } from '@playwright/test';
import { recordViolationEvents } from './csp-violations.ts';

/** The addresses under /ran/ the page asked for: one means a piece of the note's HTML ran. */
async function recordRuns(page: Page): Promise<string[]> {
  const ran: string[] = [];
  await page.route(/\/ran\//, (route) => {
    ran.push(new URL(route.request().url()).pathname);
    return route.fulfill({ status: 204 });
  });
  return ran;
}

test('raw HTML in a note runs no script: not a <script>, an onerror attribute, an iframe, nor a clicked javascript: link', async ({ page }) => {
  const ran = await recordRuns(page);
  // The violations the page reports, its iframe's included.
  const violations = await recordViolationEvents(page);
  await page.goto('day1/01_raw_html/');
  const prose = page.locator('article .prose');
  // The HTML is in the page as written: the policy, not the Markdown pipeline, stops it.
  await expect(prose.locator('script')).toHaveCount(1);
  await expect(prose.locator('img[onerror]')).toHaveAttribute('alt', 'A picture that fails to load');
  await expect(prose.locator('iframe[srcdoc]')).toHaveCount(1);
  const link = prose.getByRole('link', { name: 'A javascript: link' });
  await expect(link).toHaveAttribute('href', /^javascript:/);

  // Each had its chance: the image failed to load and the iframe's document is shown.
  await expect.poll(() => prose.locator('img').evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth === 0)).toBe(true);
  await expect(page.frameLocator('iframe[srcdoc]').getByText('Embedded')).toBeVisible();
  // The image's error handler, the note's script and the iframe's script are each reported as blocked.
  const blockedOnLoad = ['script-src-attr inline', 'script-src-elem inline', 'script-src-elem inline'];
  await expect.soft.poll(() => violations.toSorted()).toEqual(blockedOnLoad);

  // Clicking the javascript: link is blocked too, and the reader stays on the note.
  const url = page.url();
  await link.click();
  await expect.soft.poll(() => violations.toSorted()).toEqual([...blockedOnLoad, 'script-src-elem inline']);
  expect.soft(page.url()).toBe(url);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Raw HTML that must not run');
  expect(ran).toEqual([]);
});
