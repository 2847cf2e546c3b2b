// What the site tells machines: the feed, the sitemap, robots.txt, canonical
// and preview metadata, and each note's edit link and last-updated date. Runs
// at the site root and under BASE_PATH=/kubecon24/: every URL keeps the base,
// and absolute URLs start with the site URL.
import { execFileSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { site } from '../../src/site.config.ts';

/** The published address of a site path, as the test sites (no SITE_URL) build it. */
function published(baseURL: string | undefined, path = ''): string {
  return new URL(path, new URL(new URL(baseURL!).pathname, site.url)).href;
}

const locs = (xml: string, tag: string) => [...xml.matchAll(new RegExp(`<${tag}>([^<]*)</${tag}>`, 'g'))].map((match) => match[1]!);

const publishedNotes = [
  'day1/01_keynote/', 'day1/02_observability/', 'day1/05_alpha/', 'day1/04_beta/', 'day1/03_unweighted/',
  'day2/01_mdx_note/', 'day2/02_unicode/', 'day2/03_no_tags/', 'workshops/01_hands_on/',
];

test('the RSS feed lists every published note at its absolute URL, with a summary', async ({ request, baseURL }) => {
  const response = await request.get('rss.xml');
  expect(response.status()).toBe(200);
  const xml = await response.text();
  const links = locs(xml, 'link');
  // The channel links to the home page, then one link per note in site order.
  expect(links).toEqual([published(baseURL), ...publishedNotes.map((path) => published(baseURL, path))]);
  expect(xml).toContain('<description>Notes on running OpenTelemetry collectors for a large fleet.</description>');
  expect(xml).not.toContain('06_draft');
});

test('the sitemap lists every page under the base, and robots.txt points at it', async ({ request, baseURL }) => {
  const index = await (await request.get('sitemap-index.xml')).text();
  expect(locs(index, 'loc')).toEqual([published(baseURL, 'sitemap-0.xml')]);
  const sitemap = await request.get('sitemap-0.xml');
  expect(sitemap.status()).toBe(200);
  const pages = locs(await sitemap.text(), 'loc');
  // Home, tag index, 4 days, 9 notes, 6 tags: the pages the crawl in links.spec.ts finds.
  expect(pages).toHaveLength(21);
  for (const page of pages) expect(page.startsWith(published(baseURL))).toBe(true);
  for (const note of publishedNotes) expect(pages).toContain(published(baseURL, note));
  expect(pages).not.toContain(published(baseURL, '404/'));

  const robots = await request.get('robots.txt');
  expect(robots.status()).toBe(200);
  expect(await robots.text()).toContain(`Sitemap: ${published(baseURL, 'sitemap-index.xml')}\n`);
});

test('a note page has its canonical URL, preview metadata and the feed in its head', async ({ page, request, baseURL }) => {
  await page.goto('day1/02_observability/');
  const url = published(baseURL, 'day1/02_observability/');
  const head = page.locator('head');
  await expect(head.locator('link[rel=canonical]')).toHaveAttribute('href', url);
  await expect(head.locator('meta[property="og:url"]')).toHaveAttribute('content', url);
  await expect(head.locator('meta[property="og:title"]')).toHaveAttribute('content', 'Observability at scale');
  await expect(head.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
  await expect(head.locator('meta[property="og:site_name"]')).toHaveAttribute('content', site.title);
  await expect(head.locator('meta[property="og:description"]')).toHaveAttribute('content', 'Notes on running OpenTelemetry collectors for a large fleet.');
  await expect(head.locator('meta[property="og:image"]')).toHaveAttribute('content', published(baseURL, 'screenshot.png'));
  await expect(head.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
  await expect(head.locator('link[rel=alternate][type="application/rss+xml"]')).toHaveAttribute('href', `${new URL(baseURL!).pathname}rss.xml`);
  expect((await request.get('screenshot.png')).status()).toBe(200);
});

test('other pages are websites with their own canonical URL; the 404 page has none', async ({ page, baseURL }) => {
  await page.goto('tags/');
  await expect(page.locator('link[rel=canonical]')).toHaveAttribute('href', published(baseURL, 'tags/'));
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'website');
  await page.goto('no/such/page/');
  await expect(page.locator('link[rel=canonical]')).toHaveCount(0);
  await expect(page.locator('meta[name=robots]')).toHaveAttribute('content', 'noindex');
});

for (const [path, file] of [
  ['day1/02_observability/', 'tests/fixtures/content/day1/02_observability.md'],
  ['day2/01_mdx_note/', 'tests/fixtures/content/day2/01_mdx_note.mdx'],
]) {
  test(`${path} links to its real file for editing and shows when git last changed it`, async ({ page }) => {
    await page.goto(path);
    const footer = page.locator('article .note-footer');
    await expect(footer.getByRole('link', { name: 'Edit this page' })).toHaveAttribute('href', `${site.repository}/edit/${site.branch}/${file}`);
    // The test sites are built from this checkout, where the fixtures are committed. The exact
    // dates of a made-up history are asserted in tests/build/dated-notes.test.ts.
    await expect(footer).toContainText('Last updated');
    await expect(footer.locator('time')).toHaveAttribute('datetime', lastCommitted(file).toISOString());
  });
}

/** When git last committed `file`, read as seconds since the epoch, not in the ISO format the site reads. */
function lastCommitted(file: string): Date {
  const seconds = execFileSync('git', ['log', '-1', '--format=%ct', '--', file], { encoding: 'utf8' }).trim();
  expect(seconds, `git has no commit of ${file}`).toMatch(/^\d+$/);
  return new Date(Number(seconds) * 1000);
}
