// `npm run dev` shows notes as they are saved: with a note open in a tab, a
// changed paragraph, a new note, a renamed day, a renamed note and a deleted
// note appear without the reader reloading; broken front matter, a broken
// link or an unknown Hugo shortcode shows an error box over the page until it
// is fixed, and one already there when the server starts shows at once; a
// `ref` follows the note it names as it is added and re-slugged; and edits still
// show after the dev server restarts itself (as it does when package.json, tsconfig.json or astro.config.ts
// change), when Astro's own watcher goes deaf. Runs a real `astro dev` over a
// copy of the fixture notes, on the port of this project's baseURL.
import { randomUUID } from 'node:crypto';
import { appendFile, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startDevServer, type DevServer } from './dev-server.ts';
import { expectDiagramsStyled } from './diagram-styles.ts';

// One server, edited in turn. Its project runs one worker: two `astro dev` in
// one checkout would share the content store Astro keeps in .astro/.
test.describe.configure({ mode: 'serial' });

const shown = { timeout: 10_000 };
const notePath = 'day1/02_observability/';
let server: DevServer;

const devServer = (port: number, edit?: (notesDir: string) => Promise<void>) =>
  startDevServer({ notes: 'tests/fixtures/content', port, outDir: 'dist-test/live-preview', edit });

test.beforeAll(async ({}, testInfo) => {
  testInfo.setTimeout(90_000);
  server = await devServer(Number(new URL(testInfo.project.use.baseURL!).port));
});

test.afterAll(async ({}, testInfo) => {
  if (testInfo.status !== testInfo.expectedStatus) await testInfo.attach('astro dev output', { body: server?.output() ?? '' });
  await server?.stop();
});

const file = (path: string) => join(server.notesDir, path);
const sidebar = (page: Page) => page.getByRole('navigation', { name: 'Days and notes' });

/** Opens the note and waits until its tab listens for the dev server's reloads, as a tab a reader has open does. */
async function openNote(page: Page): Promise<void> {
  // An edit saved before Vite's client has connected is never heard of: the heading alone can show first.
  const listening = page.waitForEvent('console', (message) => message.text().startsWith('[vite] connected'));
  await page.goto(notePath);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Observability at scale');
  await listening;
}

test('a paragraph appended to the open note appears in the tab, with no reload by the reader', async ({ page }) => {
  await openNote(page);
  await appendFile(file('day1/02_observability.md'), '\nA paragraph written while the tab was open.\n');
  await expect(page.locator('.prose')).toContainText('A paragraph written while the tab was open.', shown);
});

test('a new note appears in the open tab’s sidebar, and its address answers', async ({ page }) => {
  await openNote(page);
  await writeFile(file('day1/07_added_live.md'), '---\ntitle: Added while the tab was open\nweight: 7\n---\n\nA brand new note.\n');
  await expect(sidebar(page).getByRole('link', { name: 'Added while the tab was open' })).toBeVisible(shown);
  // Asked aside, so that no reload of the open tab can cut the request short.
  const response = await page.request.get('day1/07_added_live/');
  expect(response.status()).toBe(200);
  expect(await response.text()).toContain('A brand new note.');
});

test('a day renamed in its _index.md is renamed in the open tab', async ({ page }) => {
  await openNote(page);
  const index = file('day1/_index.md');
  await writeFile(index, (await readFile(index, 'utf8')).replace('title: Day 1', 'title: The first day, renamed'));
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toContainText('The first day, renamed', shown);
  await expect(sidebar(page)).toContainText('The first day, renamed');
});

test('a deleted note leaves the open tab’s sidebar, and its address answers 404', async ({ page }) => {
  await openNote(page);
  const gone = sidebar(page).getByRole('link', { name: 'Beta talk with a shared weight' });
  await expect(gone).toBeVisible();
  await rm(file('day1/04_beta.md'));
  await expect(gone).toHaveCount(0, shown);
  const response = await page.request.get('day1/04_beta/');
  expect(response.status()).toBe(404);
  expect(await response.text()).toContain('Page not found');
});

test('a note’s diagrams are framed and in the theme’s colours, as in the build', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('workshops/01_hands_on/');
  await expectDiagramsStyled(page, 'dark');
});

test('a diagram changed, broken and fixed in the open note follows in the tab; only the changed diagram renders again', async ({ page }) => {
  const note = file('workshops/01_hands_on.md');
  const original = await readFile(note, 'utf8');
  await appendFile(note, '\n```mermaid\npie\n    "kept as it was": 1\n```\n');
  await page.goto('workshops/01_hands_on/');
  const diagrams = page.locator('article figure.diagram svg');
  await expect(diagrams).toHaveCount(2, shown);

  // A label no earlier run rendered, so the changed diagram is new to the render cache.
  const label = `etcd store ${randomUUID().slice(0, 8)}`;
  const from = server.output().length;
  await writeFile(note, (await readFile(note, 'utf8')).replace('etcd[(etcd)]', `etcd[(${label})]`));
  await expect(diagrams.first()).toContainText(label, shown);
  await server.waitForOutput(/01_hands_on\.md: rendered 1 of 2 diagrams/, { from, timeout: 10_000 });

  await writeFile(note, (await readFile(note, 'utf8')).replace('flowchart LR', 'flowchart LR\n    broken -->> [oops'));
  await expect(page.locator('article .diagram-error')).toContainText('mermaid could not parse', shown);

  await writeFile(note, `${original}\n\`\`\`mermaid\npie\n    "kept as it was": 1\n\`\`\`\n`);
  await expect(page.locator('article .diagram-error')).toHaveCount(0, shown);
  await expect(diagrams).toHaveCount(2, shown);
});

test('a renamed note moves to its new address in the open tab’s sidebar; the old one answers 404', async ({ page }) => {
  await openNote(page);
  const link = sidebar(page).getByRole('link', { name: 'Alpha talk with a shared weight' });
  await expect(link).toHaveAttribute('href', /\/day1\/05_alpha\/$/);
  await rename(file('day1/05_alpha.md'), file('day1/05_alpha_renamed.md'));
  await expect(link).toHaveAttribute('href', /\/day1\/05_alpha_renamed\/$/, shown);
  expect((await page.request.get('day1/05_alpha/')).status()).toBe(404);
  // A rename reloads the tab twice, about 0.4 s apart (Astro's glob() reloads the added file itself, then
  // the refresh writes the store): a click between the two is undone by the second, as a reader's would be.
  await expect(async () => {
    await link.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Alpha talk with a shared weight', { timeout: 2_000 });
  }).toPass(shown);
  expect(new URL(page.url()).pathname).toBe('/day1/05_alpha_renamed/');
});

/** Astro's error overlay over the open page: the message, and the file it names. */
const overlay = (page: Page) => page.locator('vite-error-overlay #message-content');

test('broken front matter shows an error box over the page, naming the file and field; fixing it clears the box', async ({ page, context }) => {
  await openNote(page);
  const note = file('day1/02_observability.md');
  const original = await readFile(note, 'utf8');
  await writeFile(note, original.replace(/^weight: \d+$/m, 'weight: high'));
  await expect(overlay(page)).toContainText('02_observability.md: front matter field "weight": expected a whole number', shown);
  // A tab opened while the problem lasts shows it too.
  const second = await context.newPage();
  await second.goto(notePath);
  await expect(overlay(second)).toContainText('front matter field "weight"', shown);

  await writeFile(note, `${original}\nWritten once the front matter was fixed.\n`);
  await expect(page.locator('.prose')).toContainText('Written once the front matter was fixed.', shown);
  await expect(page.locator('vite-error-overlay')).toHaveCount(0);
});

test('a link to a note that does not exist shows an error box naming the line; fixing the link clears it', async ({ page }) => {
  await openNote(page);
  const note = file('day1/02_observability.md');
  const original = await readFile(note, 'utf8');
  await writeFile(note, `${original}\nSee [the missing talk](../09_missing/).\n`);
  await expect(overlay(page)).toContainText(/02_observability\.md:\d+: .*\.\.\/09_missing\//, shown);
  await writeFile(note, `${original}\nSee [the keynote](../01_keynote/).\n`);
  await expect(page.locator('.prose').getByRole('link', { name: 'the keynote' })).toBeVisible(shown);
  await expect(page.locator('vite-error-overlay')).toHaveCount(0);
});

test('a Hugo shortcode the site does not know shows an error box naming the line; removing it clears the box', async ({ page }) => {
  await openNote(page);
  const note = file('day1/02_observability.md');
  const original = await readFile(note, 'utf8');
  const line = original.split('\n').length + 1;
  await writeFile(note, `${original}\n{{< tweet user="kubecon" id="1" >}}\n`);
  await expect(overlay(page)).toContainText(`02_observability.md:${line}: unknown Hugo shortcode "tweet"; link to the post instead`, shown);
  await writeFile(note, `${original}\nSee [the post](https://x.com/kubecon/status/1).\n`);
  await expect(page.locator('.prose').getByRole('link', { name: 'the post' })).toBeVisible(shown);
  await expect(page.locator('vite-error-overlay')).toHaveCount(0);
});

test('a ref finds a note added after it, and follows that note to its new slug', async ({ page }) => {
  const launch = (slug: string) => `---\ntitle: The launch\nweight: 1\n${slug}---\n\nWhat was launched.\n`;
  await writeFile(file('day3/02_recap.md'), '---\ntitle: The recap\nweight: 2\n---\n\nAs said at [the launch]({{< ref "01_launch.md" >}}).\n');
  await page.goto('day3/02_recap/');
  await expect(overlay(page)).toContainText('02_recap.md:6: ref "01_launch.md" names no note', shown);

  await writeFile(file('day3/01_launch.md'), launch(''));
  const link = page.locator('.prose').getByRole('link', { name: 'the launch' });
  await expect(link).toHaveAttribute('href', '/day3/01_launch/', shown);
  await expect(page.locator('vite-error-overlay')).toHaveCount(0);

  await writeFile(file('day3/01_launch.md'), launch('slug: liftoff\n'));
  await expect(link).toHaveAttribute('href', '/day3/liftoff/', shown);
  await link.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The launch');
  expect(new URL(page.url()).pathname).toBe('/day3/liftoff/');
});

test('after the dev server restarts itself, edits still appear', async ({ page }) => {
  // Astro restarts on any added file named like its config, the notes folder included:
  // the one way to restart it here without touching the project's own files.
  const from = server.output().length;
  await writeFile(file('astro.config.mjs'), 'export default {};\n');
  await server.waitForOutput(/server restarted/, { from, timeout: 30_000 });
  await openNote(page);
  await appendFile(file('day1/02_observability.md'), '\nA paragraph written after the restart.\n');
  await expect(page.locator('.prose')).toContainText('A paragraph written after the restart.', shown);
});

test('a broken link already in the notes when the dev server starts shows an error box on the first page opened', async ({ page }, testInfo) => {
  testInfo.setTimeout(90_000);
  await server.stop();
  server = await devServer(Number(new URL(testInfo.project.use.baseURL!).port), (notesDir) =>
    appendFile(join(notesDir, 'day1/02_observability.md'), '\nSee [the missing talk](../09_missing/).\n'),
  );
  await page.goto(notePath);
  await expect(overlay(page)).toContainText(/02_observability\.md:\d+: .*\.\.\/09_missing\//, shown);
  // Over the note, as it renders all the same.
  await expect(page.locator('main h1')).toHaveText('Observability at scale');
});
