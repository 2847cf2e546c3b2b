// Under BASE_PATH every page, link and asset must stay inside the sub-path:
// crawl the whole site from its home page and request everything it references.
import { expect, test } from '@playwright/test';

test('every link and asset resolves under the base path', async ({ page, request, baseURL }) => {
  const base = new URL(baseURL!);
  const seen = new Set<string>();
  const queue = [base.href];
  while (queue.length > 0) {
    const url = queue.shift()!;
    if (seen.has(url)) continue;
    seen.add(url);
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(200);
    const references = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('a[href], link[href], script[src], img[src]')].map(
        (element) => element.getAttribute('href') ?? element.getAttribute('src')!,
      ),
    );
    for (const reference of references) {
      const target = new URL(reference, url);
      if (target.origin !== base.origin) continue;
      expect(target.pathname, `${reference} on ${url}`).toMatch(/^\/kubecon24\//);
      target.hash = '';
      if (target.pathname.endsWith('/')) queue.push(target.href);
      else expect((await request.get(target.href)).status(), `${reference} on ${url}`).toBe(200);
    }
  }
  // Home, tag index, 4 days, 9 notes, 6 tags.
  expect(seen.size).toBe(21);
});
