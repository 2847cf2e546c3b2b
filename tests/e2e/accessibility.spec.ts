// The accessibility gate: axe-core finds no WCAG 2.x A or AA violation on
// any kind of page, in either theme. Runs on the fixture corpus (tables,
// footnotes, task lists, highlighted code) and on the real notes in content/
// (mermaid diagrams); each project visits its own page of each kind.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

// axe-core's result type, without importing axe-core (a dependency of @axe-core/playwright).
type Violation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

type Theme = 'light' | 'dark';
const themes: Theme[] = ['light', 'dark'];
const other = (theme: Theme): Theme => (theme === 'light' ? 'dark' : 'light');

// Page kind → the path of a page of that kind on each project's site.
const pages: Record<string, Record<string, string>> = {
  home: { fixtures: './', content: './' },
  day: { fixtures: 'day1/', content: 'day2/' },
  note: { fixtures: 'day1/02_observability/', content: 'day2/11_sidecarless/' },
  'tag index': { fixtures: 'tags/', content: 'tags/' },
  tag: { fixtures: 'tags/observability/', content: 'tags/platform/' },
  'not found (404)': { fixtures: 'no/such/note/', content: 'no/such/note/' },
};

const toggle = (page: Page) => page.locator('[data-theme-toggle]');

/** One line per failing element: rule, impact, what to do, where, and axe's own account of why. */
function describeViolations(violations: Violation[]): string[] {
  return violations.flatMap((violation) =>
    violation.nodes.map((node) => {
      const why = (node.failureSummary ?? '').replace(/\s*\n\s*/g, ' ').trim();
      return `${violation.id} (${violation.impact}): ${violation.help} at ${node.target.join(' ')} :: ${why} [${violation.helpUrl}]`;
    }),
  );
}

async function violations(page: Page): Promise<string[]> {
  // The search box is shown by its script; check it too.
  await expect(page.getByRole('search')).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  return describeViolations(results.violations);
}

for (const [kind, paths] of Object.entries(pages)) {
  for (const theme of themes) {
    test(`${kind} page has no WCAG A/AA violations in the ${theme} theme`, async ({ page }, testInfo) => {
      const path = paths[testInfo.project.name];
      expect(path, `no ${kind} page is listed for project ${testInfo.project.name}`).toBeDefined();

      // 1. The system asks for this theme and the reader has not chosen one.
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(path);
      await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
      await expect(toggle(page)).toBeVisible();
      await expect(toggle(page)).toHaveAttribute('aria-label', `Switch to ${other(theme)} theme`);
      const followingSystem = await violations(page);
      // Soft, so a failure reports both passes.
      expect.soft(followingSystem, `following the system's ${theme} scheme, at ${page.url()}`).toEqual([]);

      // 2. The system asks for the other theme; the reader picks this one
      //    with the toggle, and it is restored from localStorage on reload.
      await page.emulateMedia({ colorScheme: other(theme) });
      await toggle(page).click();
      await page.reload();
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await expect(toggle(page)).toBeVisible();
      await expect(toggle(page)).toHaveAttribute('aria-label', `Switch to ${other(theme)} theme`);
      const chosen = await violations(page);
      expect(chosen, `with ${theme} chosen by the toggle over a ${other(theme)} system, at ${page.url()}`).toEqual([]);
    });
  }
}

// A note with diagrams on each project's site, for the open diagram dialog.
const diagramNotes: Record<string, string> = { fixtures: 'workshops/01_hands_on/', content: 'day2/11_sidecarless/' };

for (const theme of themes) {
  test(`the open diagram dialog has no WCAG A/AA violations in the ${theme} theme`, async ({ page }, testInfo) => {
    await page.emulateMedia({ colorScheme: theme });
    await page.goto(diagramNotes[testInfo.project.name]!);
    await page.getByRole('button', { name: /^Full size: / }).first().click();
    await expect(page.getByRole('dialog')).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
    expect(describeViolations(results.violations)).toEqual([]);
  });
}
