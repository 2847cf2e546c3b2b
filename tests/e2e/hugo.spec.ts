// A notes folder copied from a Hugo site reads as it did there: nested
// sections, page bundles, notes at the root, the text of each _index.md, and
// old addresses that lead to the moved note. Runs at the site root and under
// BASE_PATH=/kubecon24/; paths passed to goto() are relative to the base.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

test('the home page shows the root _index.md text, the days and the notes placed at the root', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('KubeCon notes');
  await expect(page.locator('main .section-text')).toContainText('Welcome to our shared notebook');
  await expect(page.locator('.day-cards .day-title')).toHaveText(['Day 1 – Wednesday', 'Day 2 – Thursday', 'Background reading']);
  await page.locator('main').getByRole('link', { name: 'About these notes' }).click();
  await expect(page).toHaveURL(/\/about\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('About these notes');
});

test('a day shows its _index.md text, and its nested sections with their notes by weight', async ({ page }) => {
  await page.goto('day2/');
  await expect(page.locator('main .section-text')).toContainText('Thursday was all about operations');
  const workshops = page.locator('main .subsection').filter({ has: page.getByRole('heading', { name: 'Workshops' }) });
  await expect(workshops.locator('.note-list').first().locator('.note-link')).toHaveText(['Workshop introduction', 'Hands-on with eBPF']);
  await workshops.getByRole('link', { name: 'advanced' }).click();
  await expect(page).toHaveURL(/\/day2\/workshops\/advanced\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('advanced');
  await expect(page.locator('.breadcrumbs a')).toHaveText(['Home', 'Day 2 – Thursday', 'Workshops']);
});

test('the sidebar nests sections as the folders do, and leads to a nested note', async ({ page }) => {
  await page.goto('./');
  // The sidebar opens the folders on the way to the page, one at a time.
  const sidebar = page.locator('#sidebar');
  await sidebar.getByRole('link', { name: 'Day 2 – Thursday' }).click();
  await sidebar.getByRole('link', { name: 'Workshops', exact: true }).click();
  const workshops = page.locator('#sidebar li').filter({ has: page.locator('> a', { hasText: 'Workshops' }) });
  await expect(workshops.locator('> ul > li > a')).toHaveText(['Workshop introduction', 'Hands-on with eBPF', 'advanced']);
  await expect(sidebar.getByRole('link', { name: 'Deep dive' })).toHaveCount(0);
  await workshops.getByRole('link', { name: 'advanced', exact: true }).click();
  await workshops.getByRole('link', { name: 'Deep dive' }).click();
  await expect(page).toHaveURL(/\/day2\/workshops\/advanced\/01_deep_dive\/$/);
  await expect(page.locator('#sidebar a[aria-current="page"]')).toHaveText('Deep dive');
});

test('a page bundle is a note at its folder, and notes in TOML, JSON, CRLF and with a BOM read as any other', async ({ page }) => {
  for (const [path, title] of [
    ['day1/04_bundle/', 'A talk in a page bundle'],
    ['day1/02_toml_talk/', 'Platform engineering in TOML'],
    ['day1/03_json_talk/', 'Service mesh in JSON'],
    ['day1/05_crlf/', 'Notes with Windows line endings'],
    ['day1/06_bom/', 'Notes with a byte order mark'],
  ]) {
    const response = await page.goto(path!);
    expect(response?.status(), path).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title!);
    await expect(page.locator('article .prose')).not.toContainText('"title"');
  }
});

test('an old address from aliases leads to the note, and a slug names its URL', async ({ page }) => {
  for (const alias of ['talks/old-renamed/', 'day1/07_old_name/']) {
    await page.goto(alias);
    await expect(page).toHaveURL(/\/day1\/renamed-talk\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('A renamed talk');
  }
});

test('a link written to an alias lands on the note', async ({ page }) => {
  await page.goto('day2/01_ops/');
  await page.locator('article a[href$="/talks/old-renamed/"]').click();
  await expect(page).toHaveURL(/\/day1\/renamed-talk\/$/);
});

test('a description shows in listings and link previews; a summary stands in for it in previews', async ({ page }) => {
  await page.goto('day1/');
  await expect(page.locator('main .note-list > li').first().locator('.note-description')).toHaveText('Opening keynote summary for previews.');
  await page.goto('day1/01_keynote/');
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', 'Opening keynote summary for previews.');
  await expect(page.locator('.note-footer time')).toHaveAttribute('datetime', /^2024-04-02/);
  await page.goto('day2/01_ops/');
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', 'A hand-written summary of operating clusters.');
});

test('the home page, a day with nested sections, a nested section and a JSON note have no WCAG A/AA violations', async ({ page }) => {
  for (const path of ['./', 'day2/', 'day2/workshops/advanced/', 'day1/03_json_talk/']) {
    await page.goto(path);
    await expect(page.getByRole('search')).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`), path).toEqual([]);
  }
});
