// Every page carries a Content Security Policy that lets no inline script run
// unless its hash is listed, and no script from another origin. The site's
// own scripts (theme, toggle, search, diagram dialog) work under it.
import { createHash } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { recordViolationEvents } from './csp-violations.ts';

// Every page type: home, day, note, note with a diagram, tag index, tag, 404.
const pages = ['./', 'day1/', 'day1/02_observability/', 'workshops/01_hands_on/', 'tags/', 'tags/platform/', 'no/such/page/'];

/** Every CSP violation the page reports from its first script on, across navigations: the event, and Chromium's console error. */
async function recordViolations(page: Page): Promise<string[]> {
  const seen = await recordViolationEvents(page);
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) seen.push(message.text());
  });
  return seen;
}

// A request the policy blocks (default-src 'self'), made last so that its report
// arrives after any earlier violation's, both as the event and as Chromium's console errors.
const barrier = 'https://csp-barrier.invalid/';

/**
 * Waits until every violation up to now has been reported, then checks there
 * were none. Polled: a violation reported after the page settled still fails it.
 */
async function expectNoViolations(page: Page, violations: string[]): Promise<void> {
  // After the next frames are drawn and their fonts loaded, so loads that styling set off are in.
  await page.evaluate(async (url) => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    await frame();
    await frame();
    await document.fonts.ready;
    void fetch(url).catch(() => undefined);
  }, barrier);
  await expect(() => {
    const reported = violations.filter((violation) => violation.includes(barrier));
    expect(reported, 'the barrier, as an event').toContain(`connect-src ${barrier}`);
    expect(reported.length, 'the barrier, also as a console error').toBeGreaterThan(1);
    expect(violations.filter((violation) => !violation.includes(barrier))).toEqual([]);
  }).toPass({ timeout: 5_000 });
}

function scriptSources(policy: string): string[] {
  const directive = policy.split(';').map((part) => part.trim()).find((part) => part.startsWith('script-src '));
  return directive ? directive.split(/\s+/).slice(1) : [];
}

for (const path of pages) {
  test(`${path}: one policy, before any script, allowing only this site's scripts and hashed inline ones, and no violation`, async ({ page }) => {
    const violations = await recordViolations(page);
    await page.goto(path);
    const policies = page.locator('meta[http-equiv="content-security-policy"]');
    await expect(policies).toHaveCount(1);
    const policy = (await policies.getAttribute('content'))!;
    const sources = scriptSources(policy);
    expect(sources.length).toBeGreaterThan(0);
    for (const source of sources) expect(source).toMatch(/^('self'|'wasm-unsafe-eval'|'sha256-[A-Za-z0-9+/]+=*')$/);
    expect(policy).toMatch(/object-src 'none'/);
    expect(policy).toMatch(/base-uri 'self'/);

    const beforePolicy = await page.evaluate(() => {
      const meta = document.querySelector('meta[http-equiv="content-security-policy"]')!;
      return [...document.scripts].filter((script) => meta.compareDocumentPosition(script) & Node.DOCUMENT_POSITION_PRECEDING).length;
    });
    expect(beforePolicy).toBe(0);

    const inline = await page.locator('script:not([src])').evaluateAll((scripts) => scripts.map((script) => script.textContent ?? ''));
    for (const script of inline) expect(sources).toContain(`'sha256-${createHash('sha256').update(script).digest('base64')}'`);
    const external = await page.locator('script[src]').evaluateAll((scripts) => scripts.map((script) => (script as HTMLScriptElement).src));
    for (const src of external) expect(new URL(src).origin).toBe(new URL(page.url()).origin);

    await expectNoViolations(page, violations);
  });
}

test('the policy is enforced: an injected inline script does not run', async ({ page }) => {
  const violations = await recordViolations(page);
  await page.goto('day1/02_observability/');
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.injected = true';
    document.body.append(script);
  });
  expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
  await expect.poll(() => violations).toContain('script-src-elem inline');
});

test('search, the theme toggle, highlighted code and the diagram dialog work under the policy, with no violation', async ({ page }) => {
  const violations = await recordViolations(page);
  await page.goto('workshops/01_hands_on/');

  // Theme: the toggle switches it, and the inline head script restores it on the next page.
  const scheme = () => page.evaluate(() => getComputedStyle(document.documentElement).colorScheme);
  const before = await scheme();
  await page.locator('[data-theme-toggle]').click();
  const after = await scheme();
  expect(after).not.toBe(before);
  await page.goto('day1/');
  expect(await scheme()).toBe(after);

  // Search: Pagefind's script and WebAssembly load and answer.
  await page.getByLabel('Search notes').fill('DaemonSet');
  await expect(page.getByRole('list', { name: 'Search results' }).getByRole('link')).toHaveCount(1);

  // Code highlighted by Shiki keeps its colours: inline style attributes are allowed.
  await page.goto('day1/02_observability/');
  const token = page.locator('pre.astro-code span[style]').filter({ hasText: 'receivers' }).first();
  const text = await page.locator('.prose p').first().evaluate((element) => getComputedStyle(element).color);
  expect(await token.evaluate((element) => getComputedStyle(element).color)).not.toBe(text);

  // Diagram dialog.
  await page.goto('workshops/01_hands_on/');
  await page.getByRole('button', { name: 'Full size: Flowchart diagram' }).click();
  await expect(page.getByRole('dialog', { name: 'Flowchart diagram' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();

  expect(violations).toEqual([]);
  await expectNoViolations(page, violations);
});
