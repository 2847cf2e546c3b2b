// A diagram opens full size in a dialog: by a click on it, or its "Full size"
// button (Enter or Space); Esc, the close button or the backdrop closes it.
// Runs at the root and under BASE_PATH.
import { expect, test, type Page, type Response } from '@playwright/test';

const notePath = 'workshops/01_hands_on/';
const fullSize = (page: Page) => page.getByRole('button', { name: 'Full size: Flowchart diagram' });
const dialog = (page: Page) => page.getByRole('dialog', { name: 'Flowchart diagram' });
const idsOnPage = (page: Page) => page.locator('[id]').evaluateAll((elements) => elements.map((element) => element.id));

test('a click opens the diagram full size; Esc closes it and puts it back', async ({ page }) => {
  await page.goto(notePath);
  const inline = await page.locator('figure.diagram svg').boundingBox();
  await page.getByRole('img', { name: 'Flowchart diagram' }).click();
  await expect(dialog(page)).toBeVisible();
  const svg = dialog(page).locator('svg[role=img]');
  await expect(svg).toHaveAccessibleName('Flowchart diagram');
  await expect(svg.locator('text', { hasText: 'Gatekeeper policy' })).toBeVisible();
  // Larger than in the column, and never below the diagram's own size.
  const full = (await svg.boundingBox())!;
  const natural = await svg.evaluate((element) => (element as SVGSVGElement).viewBox.baseVal.width);
  expect(full.width).toBeGreaterThan(inline!.width);
  expect(full.width).toBeGreaterThanOrEqual(natural - 1);
  // The SVG moved rather than being copied: its ids stay unique.
  const ids = await idsOnPage(page);
  expect(new Set(ids).size).toBe(ids.length);
  await expect(page.locator('figure.diagram svg')).toHaveCount(0);

  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  await expect(page.locator('figure.diagram svg[role=img]')).toBeVisible();
  await expect(fullSize(page)).toBeFocused();
  expect((await page.locator('figure.diagram svg').boundingBox())!.width).toBeCloseTo(inline!.width, 0);
});

test('opened again at once after closing, before the close event comes, it shows the diagram', async ({ page }) => {
  await page.goto(notePath);
  await fullSize(page).click();
  await expect(dialog(page)).toBeVisible();
  // A reader's Esc and Space in quick succession: the dialog closes and the button is pressed in one task,
  // a task before the dialog's close event (the race behind a keyboard test that failed about once in 8 runs).
  await page.evaluate(() => {
    document.querySelector<HTMLButtonElement>('.diagram-dialog-close')!.click();
    document.querySelector<HTMLButtonElement>('.diagram-expand')!.click();
  });
  await expect(dialog(page)).toBeVisible();
  await expect(dialog(page).locator('svg[role=img] text', { hasText: 'Gatekeeper policy' })).toBeVisible();
  await expect(page.locator('figure.diagram svg')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  await expect(page.locator('figure.diagram svg[role=img]')).toBeVisible();
  await expect(fullSize(page)).toBeFocused();
});

test('the keyboard alone opens and closes it: Enter, Space, the close button', async ({ page }) => {
  await page.goto(notePath);
  // Tabbing through the note reaches the diagram's button.
  await page.getByRole('heading', { name: 'Admission flow' }).getByRole('link').focus();
  await page.keyboard.press('Tab');
  await expect(fullSize(page)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog(page)).toBeVisible();
  // Focus starts on the pannable frame, so arrow keys scroll it at once.
  await expect(dialog(page).getByRole('region', { name: 'Diagram, scroll to pan' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(dialog(page).getByRole('button', { name: 'Close' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog(page)).toBeHidden();
  await expect(fullSize(page)).toBeFocused();

  await page.keyboard.press(' ');
  await expect(dialog(page)).toBeVisible();
  await dialog(page).getByRole('button', { name: 'Close' }).click();
  await expect(dialog(page)).toBeHidden();
});

test('a click on the backdrop closes it', async ({ page }) => {
  await page.goto(notePath);
  await fullSize(page).click();
  await expect(dialog(page)).toBeVisible();
  await page.mouse.click(4, 4);
  await expect(dialog(page)).toBeHidden();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });

  test('the dialog shows the diagram at its own size and pans across it', async ({ page }) => {
    await page.goto(notePath);
    // Touch screens show no zoom cursor; the visible button says the diagram opens.
    await fullSize(page).tap();
    await expect(dialog(page)).toBeVisible();
    const frame = dialog(page).getByRole('region', { name: 'Diagram, scroll to pan' });
    const box = (await dialog(page).boundingBox())!;
    expect(box.width).toBeLessThanOrEqual(375);
    const { scrollWidth, clientWidth } = await frame.evaluate((element) => ({ scrollWidth: element.scrollWidth, clientWidth: element.clientWidth }));
    expect(scrollWidth).toBeGreaterThan(clientWidth * 2);
    // The far end of the diagram is reachable by panning.
    const last = dialog(page).locator('text', { hasText: 'etcd' });
    await expect(last).not.toBeInViewport();
    await frame.evaluate((element) => element.scrollTo({ left: element.scrollWidth }));
    await expect(last).toBeInViewport();
    // The page behind does not scroll while the dialog is open.
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).overflow)).toBe('hidden');
  });
});

test('a mouse drags the diagram to pan it', async ({ page }) => {
  await page.setViewportSize({ width: 700, height: 600 });
  await page.goto(notePath);
  await fullSize(page).click();
  const frame = dialog(page).getByRole('region', { name: 'Diagram, scroll to pan' });
  const box = (await frame.boundingBox())!;
  expect(await frame.evaluate((element) => element.scrollLeft)).toBe(0);
  await page.mouse.move(box.x + box.width - 20, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + 20, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  expect(await frame.evaluate((element) => element.scrollLeft)).toBeGreaterThan(box.width / 2);
  await expect(dialog(page)).toBeVisible();
});

/**
 * Where the page gets the dialog's code from: every script the browser
 * fetches (scripts, modulepreloads, dynamic imports) and every inline script,
 * named by URL, or "inline", when its text builds the dialog.
 */
async function dialogScripts(page: Page, path: string): Promise<string[]> {
  const fetched: Promise<string | undefined>[] = [];
  const onResponse = (response: Response) => {
    if (response.request().resourceType() !== 'script') return;
    const body = response.text().catch(() => '');
    fetched.push(body.then((text) => (isDialogCode(response.url()) || isDialogCode(text) ? response.url() : undefined)));
  };
  page.on('response', onResponse);
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  page.off('response', onResponse);
  const preloads = await page.locator('link[rel=modulepreload]').evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).href));
  const inline = await page.locator('script:not([src])').evaluateAll((elements) => elements.map((element) => element.textContent ?? ''));
  return [
    ...(await Promise.all(fetched)).filter((url) => url !== undefined),
    ...preloads.filter(isDialogCode),
    ...inline.filter(isDialogCode).map(() => 'inline'),
  ];
}
/** The dialog's module by file name, or its code by the class of the dialog it builds. */
const isDialogCode = (text: string) => /diagram-dialog|DiagramDialog|dialog\.ts/.test(text);

test('pages without diagrams load no dialog script', async ({ page }) => {
  // The check sees the dialog's code where it is used...
  expect(await dialogScripts(page, notePath)).not.toEqual([]);
  // ...and not on a note without diagrams.
  expect(await dialogScripts(page, 'day1/02_observability/')).toEqual([]);
  const scripts = await page.locator('script').evaluateAll((elements) => elements.map((element) => element.textContent ?? ''));
  expect(scripts.filter((script) => script.includes('diagram-dialog'))).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the diagram is a plain image in the page, and the source still unfolds', async ({ page }) => {
    await page.goto(notePath);
    await expect(page.getByRole('img', { name: 'Flowchart diagram' })).toBeVisible();
    await expect(page.locator('figure.diagram button')).toHaveCount(0);
    await page.locator('figure.diagram svg').click();
    await expect(page.locator('dialog')).toHaveCount(0);
    await page.getByText('Diagram source').click();
    await expect(page.locator('.diagram-source code')).toContainText('Gatekeeper policy');
  });
});
