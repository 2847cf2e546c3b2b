// Search shows at most 20 results and says how many more there are: the
// hostile corpus has a day of 21 notes that all mention the kubelet.
import { expect, test } from '@playwright/test';

test('a search matching more notes than are shown says so and shows the first 20', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('searchbox', { name: 'Search notes' }).fill('kubelet');
  await expect(page.getByRole('status')).toHaveText('21 notes, first 20 shown');
  const titles = page.getByRole('list', { name: 'Search results' }).getByRole('link').locator('.search-result-title');
  await expect(titles).toHaveCount(20);
  expect(new Set(await titles.allTextContents()).size).toBe(20);
  for (const title of await titles.allTextContents()) expect(title).toMatch(/^Crowded talk \d\d$/);
});
