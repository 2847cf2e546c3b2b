// No id repeats on any page: mermaid repeats some ids inside one diagram
// (src/diagrams/svg/unique-ids.ts), and two diagrams on a page must not share
// theirs (svg/namespace.ts). Runs over every page the sitemap lists, on the
// diagram-types corpus and on the fixture notes.
import { expect, test } from '@playwright/test';

async function sitemapPages(request: import('@playwright/test').APIRequestContext): Promise<string[]> {
  const sitemap = await (await request.get('sitemap-0.xml')).text();
  return [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
}

test('no page repeats an id, diagrams included', async ({ page, request }) => {
  // Visits every page of the site, about forty.
  test.setTimeout(180_000);
  const paths = await sitemapPages(request);
  expect(paths.length).toBeGreaterThan(5);
  const repeats: string[] = [];
  let diagrams = 0;
  for (const path of paths) {
    await page.goto(path.replace(/^\//, ''));
    const { repeated, svgCount } = await page.evaluate(() => {
      const counts = new Map<string, number>();
      for (const element of document.querySelectorAll('[id]')) counts.set(element.id, (counts.get(element.id) ?? 0) + 1);
      return { repeated: [...counts].filter(([, n]) => n > 1).map(([id, n]) => `${id} ×${n}`), svgCount: document.querySelectorAll('figure.diagram svg').length };
    });
    diagrams += svgCount;
    if (repeated.length > 0) repeats.push(`${path}: ${repeated.join(', ')}`);
  }
  expect(diagrams).toBeGreaterThan(0);
  expect(repeats).toEqual([]);
});
