// Under BASE_PATH every page, link and asset must stay inside the sub-path:
// crawl the whole site from its home page and request everything it references,
// and check every request the browser itself makes on the way (fonts from the
// CSS, dynamically imported chunks, Pagefind's files once search is used).
import { expect, test, type Page } from '@playwright/test';

/** Every request the page makes that fails: a network error, or a status of 400 or more. */
function recordFailedRequests(page: Page): string[] {
  const failures: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failures.push(`${response.status()} ${response.url()}`);
  });
  page.on('requestfailed', (request) => failures.push(`${request.failure()?.errorText} ${request.url()}`));
  return failures;
}

/** Every URL the page requests, so the test can show it saw fonts, chunks and Pagefind. */
function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  return urls;
}

test('every link and asset resolves under the base path', async ({ page, request, baseURL }) => {
  const failures = recordFailedRequests(page);
  const requested = recordRequests(page);
  const base = new URL(baseURL!);
  const seen = new Set<string>();
  const queue = [base.href];
  while (queue.length > 0) {
    const url = queue.shift()!;
    if (seen.has(url)) continue;
    seen.add(url);
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(200);
    // Let the fonts and any late script finish loading before leaving the page.
    await page.waitForLoadState('networkidle');
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

  // Search loads Pagefind's script, WebAssembly, index and fragments on demand.
  await page.goto(base.href);
  await page.getByRole('searchbox', { name: 'Search notes' }).fill('observability');
  await expect(page.getByRole('list', { name: 'Search results' }).getByRole('link').first()).toBeVisible();
  await page.waitForLoadState('networkidle');

  expect(failures, `failed requests:\n${failures.join('\n')}`).toEqual([]);
  const sameSite = requested.filter((url) => new URL(url).origin === base.origin);
  for (const url of sameSite) expect(new URL(url).pathname, url).toMatch(/^\/kubecon24\//);
  // The browser really fetched what the crawl above cannot see.
  expect(sameSite.filter((url) => url.endsWith('.woff2')), 'fonts from the CSS').not.toEqual([]);
  expect(sameSite.filter((url) => url.includes('/pagefind/pagefind.js')), "Pagefind's script").not.toEqual([]);
  expect(sameSite.filter((url) => /\/pagefind\/fragment\//.test(url)), "Pagefind's result fragments").not.toEqual([]);
});
