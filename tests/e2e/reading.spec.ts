// What a note looks like to a reader: Markdown features, MDX, no JavaScript, phones.
import { expect, test } from '@playwright/test';

test('GitHub-flavoured Markdown renders: tables, task lists, strikethrough, footnotes, autolinks, highlighted code', async ({ page }) => {
  await page.goto('day1/02_observability/');
  const prose = page.locator('.prose');
  await expect(prose.locator('table th')).toHaveText(['Backend', 'Retention']);
  await expect(prose.locator('input[type=checkbox]')).toHaveCount(2);
  await expect(prose.locator('input[type=checkbox]').first()).toBeChecked();
  await expect(prose.locator('del')).toHaveText('Prometheus federation');
  await expect(prose.getByRole('link', { name: 'https://opentelemetry.io' })).toHaveAttribute('href', 'https://opentelemetry.io');
  await expect(prose.getByRole('link', { name: 'https://opentelemetry.io' })).toHaveAttribute('rel', 'noopener');
  await prose.locator('sup a').first().click();
  await expect(page.getByText('Tail sampling needs all spans of a trace on one collector.')).toBeInViewport();
  // Shiki highlights with both themes as CSS variables.
  const code = prose.locator('pre.astro-code');
  await expect(code).toContainText('receivers:');
  expect(await code.locator('span[style*="--shiki-dark"]').count()).toBeGreaterThan(0);
});

test('code colours follow the theme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('day1/02_observability/');
  const token = page.locator('pre.astro-code span[style*="--shiki-dark"]').first();
  const colour = () => token.evaluate((node) => getComputedStyle(node).color);
  const light = await colour();
  await page.getByRole('button', { name: 'Switch to dark theme' }).click();
  expect(await colour()).not.toBe(light);
});

test('an MDX note evaluates its expressions and renders its diagram, which opens full size', async ({ page }) => {
  await page.goto('day2/01_mdx_note/');
  await expect(page.locator('.prose')).toContainText('This note is written in MDX and counts 12 clusters.');
  await expect(page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: 'Why MDX' })).toHaveAttribute('href', '#why-mdx');
  await expect(page.getByRole('img', { name: 'Sequence diagram' })).toBeVisible();
  await page.getByRole('button', { name: 'Full size: Sequence diagram' }).click();
  await expect(page.getByRole('dialog', { name: 'Sequence diagram' }).locator('text', { hasText: 'static page' })).toBeVisible();
});

test('Unicode headings get working anchors', async ({ page }) => {
  await page.goto('day2/02_unicode/');
  await page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: 'Größere Cluster' }).click();
  await expect(page.getByRole('heading', { name: 'Größere Cluster' })).toBeInViewport();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a note reads completely and navigation works', async ({ page }) => {
    await page.goto('day1/02_observability/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Observability at scale');
    await expect(page.getByRole('heading', { name: 'Sampling' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: 'Rollout' })).toBeVisible();
    // The toggle needs JavaScript, so it stays hidden rather than doing nothing.
    await expect(page.locator('[data-theme-toggle]')).toBeHidden();
    const sidebar = page.getByRole('navigation', { name: 'Days and notes' });
    await sidebar.getByRole('link', { name: 'Day 2', exact: true }).click();
    await sidebar.getByRole('link', { name: 'An MDX note' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('An MDX note');
  });
});

test('pages load one small script, for the search box, and the small inline theme ones; no Pagefind', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  for (const path of ['./', 'day1/', 'day1/02_observability/', 'tags/', 'tags/platform/']) {
    await page.goto(path);
    // Astro bundles the search box's script into one module; Pagefind loads only when search opens.
    const sources = await page.locator('script[src]').evaluateAll((scripts) => scripts.map((script) => script.getAttribute('src')!));
    expect(sources).toHaveLength(1);
    expect(sources[0]).toMatch(/\/_astro\/Search\.[^/]+\.js$/);
    const size = await page.evaluate(async (src) => (await (await fetch(src)).text()).length, sources[0]!);
    expect(size).toBeLessThan(8 * 1024);
    const inline = await page.locator('script:not([src])').evaluateAll((scripts) => scripts.map((script) => script.textContent!.length));
    expect(inline.length).toBeLessThanOrEqual(2);
    for (const length of inline) expect(length).toBeLessThan(1024);
  }
  expect(requests.filter((url) => url.includes('pagefind'))).toEqual([]);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });

  test('the note fits the screen and the days are one tap away', async ({ page }) => {
    await page.goto('day1/02_observability/');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // The table of contents starts folded so the note comes first.
    const toc = page.getByRole('navigation', { name: 'On this page' });
    await expect(toc.getByRole('link', { name: 'Collectors' })).toBeHidden();
    await toc.getByText('On this page').click();
    await expect(toc.getByRole('link', { name: 'Collectors' })).toBeVisible();

    await page.getByRole('link', { name: 'Days', exact: true }).click();
    await expect(page.getByRole('navigation', { name: 'Days and notes' })).toBeInViewport();
  });
});

test('printed, a note is its article alone, in the light theme', async ({ page }) => {
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  await page.goto('day2/01_mdx_note/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('img', { name: 'Sequence diagram' })).toBeVisible();
  for (const chrome of [page.getByRole('navigation', { name: 'Days and notes' }), page.getByRole('navigation', { name: 'On this page' }), page.getByRole('search'), page.getByRole('button', { name: /^Full size/ })]) {
    await expect(chrome).toBeHidden();
  }
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe('rgb(255, 255, 255)');
});
