// The first real note, restored from GitHub's rendering, built from content/.
import { expect, test } from '@playwright/test';

test('the sidecarless note reads as its author wrote it', async ({ page }) => {
  await page.goto('day2/11_sidecarless/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Comparing sidecarless service mesh from cilium and istio');
  await expect(page.locator('article .tag')).toHaveText(['platform', 'network']);
  const prose = page.locator('.prose');
  await expect(prose.locator('h2')).toHaveText([
    'History', 'Why not node-proxy?', 'Why sidecar?', 'Sidecar drawbacks', 'Our lord and savior',
    'Why sidecarless', 'Architecture', 'Cilium', 'Istio',
  ]);
  await expect(prose.locator('li').first()).toHaveText('LinkerD 1.X was the first moder servicemesh and basicly a opt-in serviceproxy');
  await expect(prose.locator('li').last()).toHaveText('The zTunnel creates a HBONE (http overlay network) tunnel with mTLS');
  await expect(prose).toContainText('L7 Proxy lives somewhere™ and traffic get\'s routed through it as an "extra hop" aka waypoint');
});

test('the home page and the tags index count the seed note', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('.day-cards li')).toHaveText([/Day 2\s*1 note/]);
  await page.goto('tags/');
  await expect(page.locator('.tag-index li')).toHaveText([/^network\s+1 note$/, /^platform\s+1 note$/]);
});

test.describe('diagrams rendered at build time', () => {
  test('both diagrams show as SVG with their labels, and no script loads mermaid', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.goto('day2/11_sidecarless/');
    const diagrams = page.locator('figure.diagram svg[role=img]');
    await expect(diagrams).toHaveCount(2);
    await expect(diagrams.first()).toBeVisible();
    await expect(diagrams.first()).toHaveAccessibleName(/flowchart/i);
    for (const label of ['kubeserver', 'kubeapi', 'control1', 'data3']) {
      await expect(diagrams.nth(0).locator('text', { hasText: new RegExp(`^${label}$`) }).first()).toBeVisible();
    }
    for (const label of ['xDS', 'dataplane1', 'node2']) {
      await expect(diagrams.nth(1).locator('text', { hasText: new RegExp(`^${label}$`) }).first()).toBeVisible();
    }
    // The only script is the search box's own small bundle (Pagefind loads when search opens).
    expect(scripts).toHaveLength(1);
    expect(scripts[0]).toMatch(/\/_astro\/Search\.[^/]+\.js$/);
    await expect(page.locator('pre code.language-mermaid, pre[data-language=mermaid]')).toHaveCount(0);
  });

  test('diagram colours follow the theme toggle', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('day2/11_sidecarless/');
    const node = page.locator('figure.diagram svg').first().locator('.node rect, .node polygon, .node path').first();
    const fill = () => node.evaluate((element) => getComputedStyle(element).fill);
    const light = await fill();
    await page.getByRole('button', { name: 'Switch to dark theme' }).click();
    const dark = await fill();
    expect(dark).not.toBe(light);
    const label = page.locator('figure.diagram svg').first().locator('text').first();
    const labelColour = await label.evaluate((element) => getComputedStyle(element).fill);
    expect(labelColour).not.toBe(dark);
  });

  test('the mermaid source sits beneath each diagram, folded', async ({ page }) => {
    await page.goto('day2/11_sidecarless/');
    const source = page.locator('figure.diagram').nth(1).locator('details');
    await expect(source.locator('pre')).toBeHidden();
    await source.getByText('Diagram source').click();
    await expect(source.locator('pre')).toBeVisible();
    await expect(source.locator('pre')).toContainText('kubeapi-->xDS');
  });

  test('no id is used twice on the page', async ({ page }) => {
    await page.goto('day2/11_sidecarless/');
    const ids = await page.locator('[id]').evaluateAll((elements) => elements.map((element) => element.id));
    expect(ids.length).toBeGreaterThan(20);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  test('on a phone a diagram fits the column and the page does not scroll sideways', async ({ browser }) => {
    const page = await browser.newPage({ viewport: { width: 375, height: 740 } });
    await page.goto('day2/11_sidecarless/');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const box = await page.locator('figure.diagram svg').nth(1).boundingBox();
    const column = await page.locator('.prose').boundingBox();
    expect(box!.width).toBeLessThanOrEqual(column!.width + 1);
    await page.close();
  });
});
