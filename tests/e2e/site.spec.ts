// A reader's journey through the fixture corpus. Runs at the site root and
// again under BASE_PATH=/kubecon24/, so every link is exercised both ways.
// Paths passed to goto() are relative so that they resolve under the base.
import { expect, test } from '@playwright/test';

test('home → day → note → tag → note', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('KubeCon + CloudNativeCon Europe 2024');
  const days = page.locator('.day-cards li');
  await expect(days).toHaveText([/Day 1\s*5 notes/, /Day 2\s*3 notes/, /Day 3\s*0 notes/, /workshops\s*1 note/]);

  await page.getByRole('link', { name: /Day 1/ }).first().click();
  await expect(page).toHaveURL(/\/day1\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Day 1');

  await page.locator('main').getByRole('link', { name: 'Observability at scale' }).click();
  await expect(page).toHaveURL(/\/day1\/02_observability\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Observability at scale');

  await page.locator('article').getByRole('link', { name: 'Observability', exact: true }).click();
  await expect(page).toHaveURL(/\/tags\/observability\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Notes tagged “Observability”');

  await page.locator('main').getByRole('link', { name: 'Überwachung — 観測 and observability' }).click();
  await expect(page).toHaveURL(/\/day2\/02_unicode\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Überwachung — 観測 and observability');
});

test('a day lists its notes by weight, unweighted last, equal weights by title', async ({ page }) => {
  await page.goto('day1/');
  await expect(page.locator('main .note-link')).toHaveText([
    'Opening keynote',
    'Observability at scale',
    'Alpha talk with a shared weight',
    'Beta talk with a shared weight',
    'A talk without a weight',
  ]);
  await expect(page.locator('main .note-list > li').nth(1).locator('.tag')).toHaveText(['platform', 'Observability', 'Service Mesh']);
});

test('an empty day still has a page', async ({ page }) => {
  await page.goto('day3/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Day 3');
  await expect(page.getByText('No notes for this day yet.')).toBeVisible();
});

test('tags differing in case or spacing are one tag, named by the spelling used most', async ({ page }) => {
  await page.goto('tags/');
  const index = page.locator('.tag-index li');
  await expect(index).toHaveText([
    /^Keynote\s+1 note$/,
    /^MDX\s+1 note$/,
    /^Observability\s+2 notes$/,
    /^platform\s+4 notes$/,
    /^Service Mesh\s+4 notes$/,
    /^Überwachung\s+1 note$/,
  ]);
  await index.getByRole('link', { name: 'Service Mesh' }).click();
  await expect(page).toHaveURL(/\/tags\/service-mesh\/$/);
  // Grouped by day, each group in Hugo order.
  await expect(page.locator('.tag-day h2')).toHaveText(['Day 1']);
  await expect(page.locator('.tag-day .note-link')).toHaveText([
    'Observability at scale',
    'Alpha talk with a shared weight',
    'Beta talk with a shared weight',
    'A talk without a weight',
  ]);
});

test('a tag outside ASCII has a working page', async ({ page }) => {
  await page.goto('tags/');
  await page.locator('main').getByRole('link', { name: 'Überwachung', exact: true }).click();
  await expect(page).toHaveURL(/\/tags\/%C3%BCberwachung\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Notes tagged “Überwachung”');
  await expect(page.locator('.tag-day h2')).toHaveText(['Day 2']);
});

test('the platform tag page groups its notes by day', async ({ page }) => {
  await page.goto('tags/platform/');
  await expect(page.locator('.tag-day h2')).toHaveText(['Day 1', 'Day 2', 'workshops']);
  await expect(page.locator('.summary')).toHaveText('4 notes');
});

test('drafts are not published', async ({ page }) => {
  const response = await page.goto('day1/06_draft/');
  expect(response?.status()).toBe(404);
  await page.goto('tags/');
  await expect(page.getByRole('link', { name: 'unpublished-draft' })).toHaveCount(0);
  await page.goto('day1/');
  await expect(page.getByRole('link', { name: 'A draft that is not published' })).toHaveCount(0);
});

test('the table of contents links to each h2 and h3', async ({ page }) => {
  await page.goto('day1/02_observability/');
  const toc = page.getByRole('navigation', { name: 'On this page' });
  await expect(toc.locator(':scope > details > ul > li > a')).toHaveText(['Collectors', 'Rollout']);
  await expect(toc.locator('ul ul a')).toHaveText(['Sampling', 'Storage']);
  await toc.getByRole('link', { name: 'Storage' }).click();
  await expect(page).toHaveURL(/#storage$/);
  await expect(page.locator('h3#storage')).toBeInViewport();
  // Each heading also links to itself.
  await expect(page.locator('h3#storage a.heading-anchor')).toHaveAttribute('href', '#storage');
});

test('the sidebar shows the current day’s notes and links to the other days', async ({ page }) => {
  await page.goto('day1/02_observability/');
  const sidebar = page.getByRole('navigation', { name: 'Days and notes' });
  await expect(sidebar.getByRole('link', { name: 'Opening keynote' })).toBeVisible();
  await expect(sidebar.locator('.sidebar-day')).toHaveText(['Day 1', 'Day 2', 'Day 3', 'workshops']);
  await expect(sidebar.getByRole('link', { name: 'An MDX note' })).toHaveCount(0);
  await sidebar.getByRole('link', { name: 'Day 2', exact: true }).click();
  await expect(page).toHaveURL(/\/day2\/$/);
  await expect(sidebar.locator('[aria-current=page]')).toHaveText('Day 2');
  await expect(sidebar.getByRole('link', { name: 'An MDX note' })).toBeVisible();
  await expect(sidebar.getByRole('link', { name: 'Opening keynote' })).toHaveCount(0);
});

for (const width of [1100, 390]) {
  test(`at ${width} px the table of contents is near the top, before the article’s first section`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('day1/02_observability/');
    const toc = page.getByRole('navigation', { name: 'On this page' });
    // Wholly on the first screen, without scrolling, and its label not hidden nor covered by anything.
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await expect(toc).toBeInViewport({ ratio: 1 });
    const label = toc.getByText('On this page');
    await expect(label).toBeVisible();
    const labelBox = (await label.boundingBox())!;
    const shownAtLabel = await page.evaluate(
      ([x, y]) => document.elementFromPoint(x!, y!)?.closest('nav')?.getAttribute('aria-label'),
      [labelBox.x + labelBox.width / 2, labelBox.y + labelBox.height / 2],
    );
    expect(shownAtLabel).toBe('On this page');
    const tocBox = (await toc.boundingBox())!;
    const firstSection = (await page.locator('article h2').first().boundingBox())!;
    expect(tocBox.y + tocBox.height).toBeLessThanOrEqual(firstSection.y);
    expect(tocBox.y + tocBox.height).toBeLessThan(800 / 2);
  });
}

test('on a wide screen the table of contents is beside the article, unfolded', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 800 });
  await page.goto('day1/02_observability/');
  const toc = page.getByRole('navigation', { name: 'On this page' });
  await expect(toc.getByRole('link', { name: 'Collectors' })).toBeVisible();
  const article = (await page.locator('article').boundingBox())!;
  expect((await toc.boundingBox())!.x).toBeGreaterThanOrEqual(article.x + article.width);
});

test('previous and next stay within the day; breadcrumbs and sidebar show where the reader is', async ({ page }) => {
  await page.goto('day1/02_observability/');
  const pager = page.getByRole('navigation', { name: 'Previous and next note' });
  await expect(pager.locator('a[rel=prev]')).toContainText('Opening keynote');
  await expect(pager.locator('a[rel=next]')).toContainText('Alpha talk with a shared weight');
  await pager.locator('a[rel=next]').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Alpha talk with a shared weight');

  const sidebar = page.getByRole('navigation', { name: 'Days and notes' });
  await expect(sidebar.locator('[aria-current=page]')).toHaveText('Alpha talk with a shared weight');

  const breadcrumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
  await expect(breadcrumbs.locator('li')).toHaveText(['Home', 'Day 1', 'Alpha talk with a shared weight']);
  await breadcrumbs.getByRole('link', { name: 'Day 1' }).click();
  await expect(page).toHaveURL(/\/day1\/$/);

  await page.goto('day1/03_unweighted/');
  await expect(page.locator('a[rel=next]')).toHaveCount(0);
  await expect(page.locator('a[rel=prev]')).toContainText('Beta talk with a shared weight');
});

test('the theme toggle overrides the system theme and persists across pages', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('day1/');
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const lightBackground = await background();

  await page.getByRole('button', { name: 'Switch to dark theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const darkBackground = await background();
  expect(darkBackground).not.toBe(lightBackground);

  await page.locator('main').getByRole('link', { name: 'Opening keynote' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Opening keynote');
  expect(await background()).toBe(darkBackground);
  await expect(page.getByRole('button', { name: 'Switch to light theme' })).toBeVisible();

  await page.reload();
  expect(await background()).toBe(darkBackground);
  await page.getByRole('button', { name: 'Switch to light theme' }).click();
  expect(await background()).toBe(lightBackground);
});

test('a chosen theme is set before the page shows anything, not after it paints', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('./');
  await page.evaluate(() => localStorage.setItem('theme', 'dark'));
  // Runs before any script of the page. The parser's mutations are recorded in
  // the order they happen: the theme must be set before the first element of
  // <body> that draws anything is inserted, and be there in the first frame
  // that shows the page's content.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { themeOrder: string[] }).themeOrder = seen;
    new MutationObserver((records) => {
      for (const record of records) {
        if (record.type === 'attributes') seen.push(`theme ${document.documentElement.getAttribute('data-theme')}`);
        for (const node of record.addedNodes) {
          if (node instanceof Element && node.parentElement === document.body && node.tagName !== 'SCRIPT') seen.push(`content ${node.tagName}`);
        }
      }
    }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-theme'] });
    // The first frame drawn with the page's content in it.
    const firstFrame = () => {
      if (document.querySelector('main')) seen.push(`first frame ${document.documentElement.getAttribute('data-theme')}`);
      else requestAnimationFrame(firstFrame);
    };
    requestAnimationFrame(firstFrame);
  });
  await page.goto('day1/01_keynote/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Opening keynote');
  const order = await page.evaluate(() => (window as unknown as { themeOrder: string[] }).themeOrder);
  expect(order.filter((entry) => !entry.startsWith('first frame')).slice(0, 2)).toEqual(['theme dark', expect.stringMatching(/^content /)]);
  expect(order.filter((entry) => entry.startsWith('first frame'))).toEqual(['first frame dark']);
});

test('with no choice made, the page follows prefers-color-scheme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('./');
  const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.emulateMedia({ colorScheme: 'light' });
  const light = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(dark).not.toBe(light);
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
});

test('with storage blocked, or a stored theme that is not one, the page renders, follows the system and the toggle still works', async ({ page }) => {
  const backgroundIn = async (scheme: 'light' | 'dark') => {
    await page.emulateMedia({ colorScheme: scheme });
    return page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  };
  await page.goto('./');
  const [light, dark] = [await backgroundIn('light'), await backgroundIn('dark')];

  await page.evaluate(() => localStorage.setItem('theme', 'purple'));
  await page.reload();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
  expect(await backgroundIn('dark')).toBe(dark);

  // A private window, or a browser set to refuse site data: reading storage throws.
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get: () => { throw new DOMException('storage is blocked', 'SecurityError'); } });
  });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.emulateMedia({ colorScheme: 'light' });
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await backgroundIn('light')).toBe(light);
  await page.getByRole('button', { name: 'Switch to dark theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await backgroundIn('light')).toBe(dark);
  expect(errors).toEqual([]);
});

test('a missing page gets the 404 page, with a way back', async ({ page }) => {
  const response = await page.goto('no/such/note/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await page.getByRole('link', { name: 'Browse the days' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('KubeCon + CloudNativeCon Europe 2024');

  await page.goto('no/such/note/');
  await page.getByRole('link', { name: 'Browse the tags' }).click();
  await expect(page).toHaveURL(/\/tags\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tags');
  await expect(page.locator('.tag-index li')).toHaveCount(6);
});

test('a link written from the site root in a note works, under a base path too', async ({ page }) => {
  await page.goto('day2/03_no_tags/');
  await page.locator('.prose').getByRole('link', { name: 'opening keynote' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Opening keynote');
});
