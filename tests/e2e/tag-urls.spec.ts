// Tags with #, +, . and / in their names (tests/fixtures/hostile): the folder
// the build writes, the link the site prints and the page's title agree, and
// `astro preview`, a static server like any other, opens the page from the
// link, at the root and under BASE_PATH. CI/CD, CI-CD and CI CD are one tag.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { testSites } from './sites.ts';

// Each tag, the folder its page is written to under tags/, and its notes.
const tags = [
  { name: 'C#', folder: 'c-sharp', notes: ['Raw HTML that must not run', 'Languages with punctuation in their names'] },
  { name: 'C++', folder: 'c++', notes: ['Languages with punctuation in their names'] },
  {
    name: 'CI/CD',
    folder: 'ci-cd',
    notes: ['Raw HTML that must not run', 'Languages with punctuation in their names', 'Pipelines written with a hyphen', 'Pipelines written with a space'],
  },
  { name: 'Node.js', folder: 'node.js', notes: ['Languages with punctuation in their names', 'Pipelines written with a space'] },
];

const count = (notes: string[]) => `${notes.length} ${notes.length === 1 ? 'note' : 'notes'}`;

test('the tag index lists each tag once, CI/CD, CI-CD and CI CD merged, named as most notes spell it', async ({ page }) => {
  await page.goto('tags/');
  await expect(page.locator('.tag-index li')).toHaveText(tags.map(({ name, notes }) => new RegExp(`^${name.replace(/[.+]/g, '\\$&')}\\s+${count(notes)}$`)));
});

for (const { name, folder, notes } of tags) {
  test(`${name}: its page is written to tags/${folder}/, linked there, and opens from the link`, async ({ page, request, baseURL }, testInfo) => {
    const site = testSites.find((candidate) => candidate.name === testInfo.project.name)!;
    expect(existsSync(join(site.outDir, 'tags', folder, 'index.html')), `tags/${folder}/index.html was not written`).toBe(true);

    await page.goto('tags/');
    const link = page.locator('.tag-index').getByRole('link', { name, exact: true });
    const target = new URL((await link.getAttribute('href'))!, page.url());
    // The link names the folder: decoding it, as a static server does, gives the folder's name.
    expect(decodeURIComponent(target.pathname)).toBe(`${new URL(baseURL!).pathname}tags/${folder}/`);
    expect((await request.get(target.href)).status()).toBe(200);

    await link.click();
    await expect(page).toHaveURL(target.href);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Notes tagged “${name}”`);
    await expect(page.locator('main .note-link')).toHaveText(notes);

    // A note's own tag links lead to the same page.
    await page.locator('main .note-link').first().click();
    await expect(page.locator('article .tags').getByRole('link', { name, exact: true })).toHaveAttribute('href', target.pathname);
  });
}
