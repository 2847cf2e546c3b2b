// Full-text search over the notes, with Pagefind's index built after the site.
// Runs at the site root and under BASE_PATH=/kubecon24/.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const box = (page: Page) => page.getByRole('searchbox', { name: 'Search notes' });
const results = (page: Page) => page.getByRole('list', { name: 'Search results' }).getByRole('link');

test('a word in only one note finds that note, with its day and the match highlighted', async ({ page }) => {
  await page.goto('./');
  await box(page).fill('DaemonSet');
  await expect(results(page)).toHaveCount(1);
  const result = results(page).first();
  await expect(result.locator('.search-result-title')).toHaveText('Observability at scale');
  await expect(result.locator('.search-result-day')).toHaveText('Day 1');
  await expect(result.locator('mark')).toHaveText('DaemonSet');
  await expect(page.getByRole('status')).toHaveText('1 note');
});

test('only note text is indexed: not the header, footer or other pages', async ({ page }) => {
  await page.goto('./');
  // Every page's footer says "Source on GitHub" and every note's "Edit this page"; no note's text does.
  for (const word of ['GitHub', 'Edit']) {
    await box(page).fill(word);
    await expect(page.getByRole('status')).toHaveText('No notes match.');
    await expect(results(page)).toHaveCount(0);
  }
  // "breakout" is only in Day 1's description, shown on the home page and the Day 1 page; no note says it.
  await expect(page.getByRole('main')).toContainText('first breakout sessions');
  await box(page).fill('breakout');
  await expect(page.getByRole('status')).toHaveText('No notes match.');
  await expect(results(page)).toHaveCount(0);
});

test('diagram labels are searchable, and the diagram source is not', async ({ page }) => {
  await page.goto('./');
  await box(page).fill('Gatekeeper');
  await expect(results(page)).toHaveCount(1);
  await expect(results(page).locator('.search-result-title')).toHaveText('Hands-on workshop');
  await expect(results(page).locator('mark')).toHaveText('Gatekeeper');
  await expect(results(page)).not.toContainText('-->');
  // A mermaid comment is only in the folded source, which is not indexed.
  await box(page).fill('presenter');
  await expect(page.getByRole('status')).toHaveText('No notes match.');
});

test('filters by tag and by day narrow the results', async ({ page }) => {
  await page.goto('tags/');
  await box(page).fill('observability');
  const titles = results(page).locator('.search-result-title');
  await expect(titles).toHaveCount(2);
  expect((await titles.allTextContents()).sort()).toEqual(['Observability at scale', 'Überwachung — 観測 and observability']);
  await page.getByRole('combobox', { name: 'Tag' }).selectOption('Überwachung');
  await expect(titles).toHaveText(['Überwachung — 観測 and observability']);
  await page.getByRole('combobox', { name: 'Tag' }).selectOption('');
  await page.getByRole('combobox', { name: 'Day' }).selectOption('Day 1');
  await expect(titles).toHaveText(['Observability at scale']);
});

const dayMenu = (page: Page) => page.getByRole('combobox', { name: 'Day' });
const tagMenu = (page: Page) => page.getByRole('combobox', { name: 'Tag' });
const titles = (page: Page) => results(page).locator('.search-result-title');

/** The titles of the results, in any order, once the status says how many there are. */
async function expectTitles(page: Page, expected: string[]): Promise<void> {
  await expect(page.getByRole('status')).toHaveText(expected.length === 0 ? 'No notes match.' : `${expected.length} ${expected.length === 1 ? 'note' : 'notes'}`);
  await expect(titles(page)).toHaveCount(expected.length);
  expect((await titles(page).allTextContents()).sort()).toEqual(expected.toSorted());
}

test("the filter menus count the notes of each day and each tag, a tag's spellings counted as one", async ({ page }) => {
  await page.goto('./');
  await box(page).fill('a');
  await expect(page.getByRole('status')).toHaveText('9 notes');
  await expect(dayMenu(page).locator('option')).toHaveText(['All days', 'Day 1 (5)', 'Day 2 (3)', 'workshops (1)']);
  await expect(tagMenu(page).locator('option')).toHaveText(['All tags', 'Keynote (1)', 'MDX (1)', 'Observability (2)', 'platform (4)', 'Service Mesh (4)', 'Überwachung (1)']);
});

test('a merged tag filters to every note, whichever spelling it uses; day and tag filters combine', async ({ page }) => {
  await page.goto('./');
  await box(page).fill('a');
  // Written "Platform", "platform " and "platform" in the notes.
  await tagMenu(page).selectOption('platform');
  await expectTitles(page, ['Opening keynote', 'Observability at scale', 'An MDX note', 'Hands-on workshop']);
  await dayMenu(page).selectOption('Day 1');
  await expectTitles(page, ['Opening keynote', 'Observability at scale']);
  await dayMenu(page).selectOption('Day 2');
  await expectTitles(page, ['An MDX note']);
  await tagMenu(page).selectOption('Service Mesh');
  await expectTitles(page, []);
  await tagMenu(page).selectOption('');
  await expectTitles(page, ['An MDX note', 'Überwachung — 観測 and observability', 'A note without tags']);
});

test('Enter in the box opens the first result', async ({ page }) => {
  await page.goto('./');
  await box(page).fill('DaemonSet');
  await expect(results(page)).toHaveCount(1);
  await box(page).press('Enter');
  await expect(page).toHaveURL(/\/day1\/02_observability\/$/);
});

test('ArrowUp from the first result goes back to the box, and Escape closes the results', async ({ page }) => {
  await page.goto('./');
  await box(page).fill('talk');
  await expect(results(page)).toHaveCount(3);
  await box(page).press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(results(page).nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(results(page).first()).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(box(page)).toBeFocused();

  await page.keyboard.press('Escape');
  await expect(page.getByRole('list', { name: 'Search results' })).toBeHidden();
  await expect(box(page)).toBeFocused();
  await expect(page).toHaveURL(/\/$/);
  // From a result, Escape closes them too and puts the reader back in the box.
  await page.keyboard.type('s');
  await expect(results(page).first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(results(page).first()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('list', { name: 'Search results' })).toBeHidden();
  await expect(box(page)).toBeFocused();
});

test("without Pagefind's files, the box says search is not available", async ({ page }) => {
  await page.route(/\/pagefind\//, (route) => route.abort());
  await page.goto('./');
  await box(page).fill('DaemonSet');
  await expect(page.getByRole('status')).toHaveText('Search is not available: the index is written by `npm run build`.');
  await expect(results(page)).toHaveCount(0);
});

for (const { device, viewport } of [
  { device: 'a desktop', viewport: { width: 1280, height: 800 } },
  { device: 'a phone', viewport: { width: 390, height: 844 } },
]) {
  for (const theme of ['light', 'dark'] as const) {
    test(`the open results have no WCAG A/AA violations on ${device}, in the ${theme} theme`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme: theme });
      await page.goto('day1/');
      await box(page).fill('observability');
      await expect(results(page)).toHaveCount(2);
      await expect(results(page).first().locator('mark').first()).toBeVisible();
      const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(violations.flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${violation.help} at ${node.target.join(' ')}`))).toEqual([]);
    });
  }
}

test('the keyboard alone searches and opens a result', async ({ page }) => {
  await page.goto('day2/');
  await page.locator('body').press('/');
  await expect(box(page)).toBeFocused();
  await page.keyboard.type('DaemonSet');
  await expect(results(page)).toHaveCount(1);
  await page.keyboard.press('ArrowDown');
  await expect(results(page).first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/day1\/02_observability\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Observability at scale');
});

test('"/" does not steal keys typed into a field', async ({ page }) => {
  await page.goto('./');
  await box(page).fill('a/b');
  await expect(box(page)).toHaveValue('a/b');
});

test('reading a note fetches nothing of Pagefind until search is opened', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto('day1/02_observability/');
  await page.mouse.wheel(0, 600);
  await page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: 'Storage' }).click();
  await page.waitForLoadState('networkidle');
  expect(requests.filter((url) => url.includes('pagefind'))).toEqual([]);

  await box(page).focus();
  await expect.poll(() => requests.filter((url) => url.includes('/pagefind/pagefind.js')).length).toBe(1);
  const base = new URL(page.url()).pathname.replace(/day1\/02_observability\/$/, '');
  expect(requests.find((url) => url.includes('/pagefind/pagefind.js'))).toContain(`${base}pagefind/pagefind.js`);
});

test('the 404 page offers to search for the missing address', async ({ page }) => {
  const response = await page.goto('day9/02_observability/');
  expect(response?.status()).toBe(404);
  await page.getByRole('button', { name: 'Search for “observability”' }).click();
  await expect(box(page)).toHaveValue('observability');
  await expect(results(page).filter({ hasText: 'Observability at scale' })).toHaveCount(1);
  await results(page).filter({ hasText: 'Observability at scale' }).click();
  await expect(page).toHaveURL(/\/day1\/02_observability\/$/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the search box is hidden rather than doing nothing', async ({ page }) => {
    await page.goto('./');
    await expect(page.locator('form[data-search]')).toBeHidden();
    await page.goto('no/such/page/');
    await expect(page.locator('[data-search-for]')).toBeHidden();
  });
});
