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
