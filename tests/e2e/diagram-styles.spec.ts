// The diagrams' styles (their frame and colours, most of the site's CSS) are
// a stylesheet of their own that only pages with diagrams download, and the
// full-size dialog's only pages with the dialog: the other pages wait on the
// site's own stylesheet alone before they paint. Runs at the root and under
// BASE_PATH. (A day's text with a Hugo mermaid shortcode: shortcodes.spec.ts;
// photos without diagrams: photos.spec.ts.)
import { expect, test } from '@playwright/test';
import { diagramSheets, dialogSheets, expectDiagramsStyled, stylesheetsFetched, themes } from './diagram-styles.ts';

const withoutDiagrams = ['', 'day1/', 'day1/02_observability/', 'tags/platform/'];
const withDiagrams = { 'a Markdown note': 'workshops/01_hands_on/', 'an .mdx note': 'day2/01_mdx_note/' };

for (const path of withoutDiagrams) {
  test(`/${path} downloads neither the diagrams' stylesheet nor the dialog's`, async ({ page }) => {
    const sheets = await stylesheetsFetched(page, path);
    expect(sheets.length).toBeGreaterThan(0);
    expect(diagramSheets(sheets).map(({ url }) => url)).toEqual([]);
    expect(dialogSheets(sheets).map(({ url }) => url)).toEqual([]);
  });
}

for (const [kind, path] of Object.entries(withDiagrams)) {
  for (const theme of themes) {
    test(`the diagram of ${kind} is framed and drawn in the ${theme} theme's colours`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
      const sheets = await stylesheetsFetched(page, path);
      expect(diagramSheets(sheets)).toHaveLength(1);
      expect(dialogSheets(sheets)).toHaveLength(1);
      await expectDiagramsStyled(page, theme);
      // The dialog's styles are there too: its button sits in the figure's top margin, not in the flow.
      await expect(page.locator('.diagram-expand').first()).toHaveCSS('position', 'absolute');
    });
  }
}
