// Photos in notes: from a page bundle, a shared images folder, public/ and
// another site, in .md and .mdx notes, inline and by reference. They load at the size the screen needs, nothing shifts while
// they load, the dialog opens one at full resolution, and the page passes
// axe. Runs at the root and under BASE_PATH.
//
// The fixture JPEGs (tests/fixtures/photos/) are committed files, made once
// with tools/bench/photo.ts at 1600×1200 and quality 60 (about 150 kB each):
// large enough for a srcset to choose from, small for the repository, and
// the same bytes on every run, with no generating step before the e2e build.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { diagramSheets, dialogSheets, stylesheetsFetched } from './diagram-styles.ts';

const notePath = 'day1/01_stage/';
const remote = 'https://images.example.com/slides/keynote.png';
// The fixture photos are 1600×1200 JPEGs; the public screenshot is 1280×760.
const originalWidth = 1600;
const firstPhoto = 'The keynote stage from the back of the hall';
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const basePath = (baseURL: string | undefined) => new URL(baseURL!).pathname;
const optimized = (page: Page) => page.locator('.photo img[srcset]');
const dialog = (page: Page) => page.getByRole('dialog');

// The other site does not exist on the test network; the build never asked it either.
test.beforeEach(async ({ page }) => {
  await page.route('https://images.example.com/**', (route) => route.abort());
});

/** Scrolls each photo into view so lazy ones load, and waits until every one has. */
async function loadAll(page: Page): Promise<void> {
  const photos = page.locator('.photo img');
  for (let i = 0; i < (await photos.count()); i++) {
    await photos.nth(i).scrollIntoViewIfNeeded();
    await expect.poll(() => photos.nth(i).evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  }
}

/** For each optimized photo: its drawn width in CSS pixels and the pixel width of the file the browser picked from its srcset. */
function chosenFiles(page: Page): Promise<{ alt: string; drawn: number; file: number }[]> {
  return optimized(page).evaluateAll((imgs) =>
    Promise.all(
      (imgs as HTMLImageElement[]).map(async (img) => {
        // Loaded on its own, the chosen file reports its real pixel width (the photo's naturalWidth is scaled by the srcset's density).
        const file = new Image();
        file.src = img.currentSrc;
        await file.decode();
        return { alt: img.alt, drawn: img.getBoundingClientRect().width, file: file.naturalWidth };
      }),
    ),
  );
}

const screens = [
  { name: 'a 390 px phone', viewport: { width: 390, height: 844 }, deviceScaleFactor: 3 },
  { name: 'a 1280 px desktop', viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 },
];

for (const screen of screens) {
  test.describe(`on ${screen.name}`, () => {
    test.use({ viewport: screen.viewport, deviceScaleFactor: screen.deviceScaleFactor });

    test('each photo loads a file about as wide as it is drawn, not the original', async ({ page }) => {
      await page.goto(notePath);
      await loadAll(page);
      const chosen = await chosenFiles(page);
      expect(chosen.map(({ alt }) => alt)).toEqual([firstPhoto, 'The roadmap slide, photographed from the third row', 'The exhibition hall at lunch time']);
      for (const { alt, drawn, file } of chosen) {
        const needed = drawn * screen.deviceScaleFactor;
        expect(file, `${alt}: drawn ${drawn} px at ${screen.deviceScaleFactor}×`).toBeGreaterThanOrEqual(Math.floor(needed));
        expect(file, `${alt}: drawn ${drawn} px at ${screen.deviceScaleFactor}×`).toBeLessThanOrEqual(needed * 1.25);
        expect(file).toBeLessThan(originalWidth);
      }
    });

    test('nothing shifts while the photos load, however slowly', async ({ page }) => {
      await page.addInitScript(() => {
        const shifts: { at: number; value: number }[] = [];
        (window as unknown as { shifts: typeof shifts }).shifts = shifts;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) shifts.push({ at: entry.startTime, value: entry.value });
        }).observe({ type: 'layout-shift', buffered: true });
      });
      // Every photo is held back until the page has settled without them.
      let release = () => {};
      const released = new Promise<void>((resolve) => (release = resolve));
      await page.route(/\/(_photos\/.+\.webp|screenshot\.png)$/, async (route) => {
        await released;
        await route.continue();
      });
      // Not "load", which would wait for the first photo.
      await page.goto(notePath, { waitUntil: 'domcontentloaded' });
      // The web font swapping in and the search box appearing move text on any page; that is not the photos' doing,
      // so the count starts once both are done, while every photo is still on its way.
      await expect(page.getByRole('search')).toBeVisible();
      const start = await page.evaluate(async () => {
        await document.fonts.ready;
        return performance.now();
      });
      expect(await page.locator('.photo img').evaluateAll((imgs) => imgs.filter((img) => (img as HTMLImageElement).naturalWidth > 0).length)).toBe(0);
      // Scroll anchoring would hide a shift by scrolling along with it; the reserved boxes must do it alone.
      await page.addStyleTag({ content: 'html { overflow-anchor: none; }' });
      release();
      await loadAll(page);
      const shifts = await page.evaluate((after) => (window as unknown as { shifts: { at: number; value: number }[] }).shifts.filter(({ at }) => at >= after), start);
      expect(shifts.reduce((total, { value }) => total + value, 0)).toBe(0);
    });
  });
}

test('optimized photos are WebP with a srcset, sizes and dimensions; only the first loads eagerly', async ({ page, baseURL }) => {
  await page.goto(notePath);
  const photos = optimized(page);
  await expect(photos).toHaveCount(3);
  for (let i = 0; i < 3; i++) {
    const photo = photos.nth(i);
    await expect(photo).toHaveAttribute('src', new RegExp(`^${basePath(baseURL)}_photos/day1/.+\\.jpg\\.[0-9a-f]{16}\\.1600w\\.webp$`));
    // Every file of the srcset is WebP; none is wider than the original.
    expect((await photo.getAttribute('srcset'))!.split(', ').map((candidate) => candidate.split(' ')[1])).toEqual(['640w', '828w', '1080w', '1600w']);
    await expect(photo).toHaveAttribute('srcset', /^(\S+\.webp \d+w(, |$))+$/);
    await expect(photo).toHaveAttribute('width', String(originalWidth));
    await expect(photo).toHaveAttribute('height', '1200');
    await expect(photo).toHaveAttribute('sizes', /46rem/);
    await expect(photo).toHaveAttribute('decoding', 'async');
    await expect(photo).toHaveAttribute('loading', i === 0 ? 'eager' : 'lazy');
  }
  // From public/: served as is, under the base path, with the file's own size.
  const screenshot = page.getByRole('img', { name: "The site's own screenshot" });
  await expect(screenshot).toHaveAttribute('src', `${basePath(baseURL)}screenshot.png`);
  await expect(screenshot).toHaveAttribute('width', '1280');
  await expect(screenshot).toHaveAttribute('height', '760');
  await expect(screenshot).toHaveAttribute('loading', 'lazy');
});

test('a remote image stays exactly as written', async ({ page }) => {
  await page.goto(notePath);
  const image = page.getByRole('img', { name: 'A slide hosted elsewhere' });
  await expect(image).toHaveAttribute('src', remote);
  for (const attribute of ['srcset', 'width', 'loading']) await expect(image).not.toHaveAttribute(attribute, /.*/);
  // Not made openable: it is not the site's to show full size.
  await expect(page.locator('.photo img[src^="https:"]')).toHaveCount(0);
});

test('a click on a photo opens it at full resolution in the dialog; Esc closes it', async ({ page }) => {
  await page.goto(notePath);
  await page.getByRole('img', { name: firstPhoto }).click();
  await expect(dialog(page)).toBeVisible();
  await expect(dialog(page)).toHaveAccessibleName(firstPhoto);
  const full = dialog(page).getByRole('img', { name: firstPhoto });
  await expect.poll(() => full.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(originalWidth);
  // Larger than in the column.
  const inline = (await page.locator('.prose').getByRole('img', { name: firstPhoto }).boundingBox())!;
  expect((await full.boundingBox())!.width).toBeGreaterThan(inline.width);
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  await expect(page.getByRole('button', { name: `Full size: ${firstPhoto}` })).toBeFocused();
});

test('the "Full size" button opens a photo from public/ too; the close button closes it', async ({ page }) => {
  await page.goto(notePath);
  await page.getByRole('button', { name: "Full size: The site's own screenshot" }).click();
  const full = dialog(page).getByRole('img', { name: "The site's own screenshot" });
  await expect.poll(() => full.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(1280);
  await dialog(page).getByRole('button', { name: 'Close' }).click();
  await expect(dialog(page)).toBeHidden();
});

test('an .mdx note\'s photos, inline and by reference, are optimized as a .md note\'s are, and open in the dialog', async ({ page, baseURL }) => {
  await page.goto('day1/03_panel/');
  await expect(page.locator('.prose')).toContainText('4 panellists on stage');
  const photos = optimized(page);
  await expect(photos).toHaveCount(2);
  for (let i = 0; i < 2; i++) {
    await expect(photos.nth(i)).toHaveAttribute('src', new RegExp(`^${basePath(baseURL)}_photos/day1/images/hall\\.jpg\\.[0-9a-f]{16}\\.1600w\\.webp$`));
    await expect(photos.nth(i)).toHaveAttribute('width', String(originalWidth));
    await expect(photos.nth(i)).toHaveAttribute('sizes', /46rem/);
    await expect(photos.nth(i)).toHaveAttribute('loading', i === 0 ? 'eager' : 'lazy');
  }
  const byReference = 'The hall from the balcony, by reference';
  await page.getByRole('button', { name: `Full size: ${byReference}` }).click();
  const full = dialog(page).getByRole('img', { name: byReference });
  await expect.poll(() => full.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(originalWidth);
});

test('a note with photos and no diagram gets the dialog\'s styles but not the diagrams\' stylesheet', async ({ page }) => {
  const sheets = await stylesheetsFetched(page, notePath);
  expect(diagramSheets(sheets).map(({ url }) => url)).toEqual([]);
  expect(dialogSheets(sheets)).toHaveLength(1);
  // Styled: the button sits on the photo's corner, and the open dialog fills most of the window.
  const button = page.getByRole('button', { name: `Full size: ${firstPhoto}` });
  await expect(button).toHaveCSS('position', 'absolute');
  await button.click();
  await expect(dialog(page)).toHaveCSS('display', 'flex');
  const box = (await dialog(page).boundingBox())!;
  expect(box.width).toBeGreaterThan(page.viewportSize()!.width / 2);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a photo links to its full-size file', async ({ page }) => {
    await page.goto(notePath);
    await expect(page.getByRole('button', { name: /Full size/ })).toHaveCount(0);
    const href = await page.getByRole('link', { name: firstPhoto }).getAttribute('href');
    // The photo's own file, as the author saved it, not one of the WebP copies.
    expect(href).toMatch(/_photos\/day1\/01_stage\/stage\.jpg\.[0-9a-f]{16}\.jpg$/);
    await page.goto(href!);
    expect(await page.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(originalWidth);
  });
});

for (const theme of ['light', 'dark'] as const) {
  test(`the photo note has no WCAG A/AA violations in the ${theme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    await page.goto(notePath);
    await loadAll(page);
    const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
    expect(results.violations.flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`))).toEqual([]);
  });
}
