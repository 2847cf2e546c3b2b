// What a note's photos cost a phone: the built site is served by `astro
// preview`, a 390 px wide phone at 3× density (an iPhone 12 to 15) opens the
// note in Chromium and scrolls to the end so every lazy photo loads, and the
// body bytes of every image response are added up.
import { preview } from 'astro';
import { chromium } from 'playwright';
import { chromiumLaunchOptions, findChromium } from '../../src/diagrams/browser/chromium.ts';

export const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true };

/** Image bytes each of `paths` transfers on the phone, from the site built into `outDir` (served at /). */
export async function phoneImageBytes(outDir: string, paths: readonly string[]): Promise<number[]> {
  // astro.config.ts reads the output folder from the environment, as for a build.
  process.env.OUT_DIR = outDir;
  const server = await preview({ logLevel: 'error', server: { port: 4390 } });
  const browser = await chromium.launch(chromiumLaunchOptions(findChromium() ?? 'chromium'));
  try {
    const bytes: number[] = [];
    for (const path of paths) {
      const context = await browser.newContext(phone);
      const page = await context.newPage();
      const sizes: Promise<number>[] = [];
      page.on('requestfinished', (request) => {
        if (request.resourceType() === 'image') sizes.push(request.sizes().then((size) => size.responseBodySize));
      });
      await page.goto(`http://localhost:${server.port}${path}`);
      for (let y = 0; y < (await page.evaluate(() => document.body.scrollHeight)); y += 400) await page.mouse.wheel(0, 400);
      await page.waitForLoadState('networkidle');
      bytes.push((await Promise.all(sizes)).reduce((a, b) => a + b, 0));
      await context.close();
    }
    return bytes;
  } finally {
    await browser.close();
    await server.stop();
  }
}
