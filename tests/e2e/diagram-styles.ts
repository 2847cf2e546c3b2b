// What a reader's browser fetches and draws of the diagrams' styles: the
// stylesheets a page downloads, and whether its diagrams are framed and drawn
// in the theme's colours. Shared by the specs of the corpora that have
// diagrams in notes, in .mdx, in Hugo shortcodes and in a day's text, or photos.
import { expect, type Page } from '@playwright/test';
import { diagramThemeCss } from '../../src/diagrams/theme/theme.ts';

export const themes = ['light', 'dark'] as const;
type Theme = (typeof themes)[number];

interface Stylesheet {
  url: string;
  css: string;
}

/** Opens `path` and returns every stylesheet the page downloaded, with its text. */
export async function stylesheetsFetched(page: Page, path: string): Promise<Stylesheet[]> {
  const sheets: Promise<Stylesheet>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'stylesheet') sheets.push(response.text().then((css) => ({ url: response.url(), css })));
  });
  await page.goto(path);
  return Promise.all(sheets);
}

// What only each stylesheet holds: a diagram's colours or frame, and the dialog's frame.
export const diagramSheets = (sheets: Stylesheet[]) => sheets.filter(({ css }) => css.includes('--mm-textColor') || css.includes('.diagram-hint'));
export const dialogSheets = (sheets: Stylesheet[]) => sheets.filter(({ css }) => css.includes('.diagram-dialog-frame'));

/** The colour the theme gives diagram text in light and in dark (src/diagrams/theme/theme.ts). */
function textColour(theme: Theme): string {
  const pair = /--mm-textColor: light-dark\((#[0-9a-f]+), (#[0-9a-f]+)\);/i.exec(diagramThemeCss);
  if (!pair) throw new Error('the diagram theme no longer sets --mm-textColor to light-dark() of two hex colours; update this test');
  return theme === 'light' ? pair[1]! : pair[2]!;
}

/** `colour` as the page computes it (`rgb(…)`), to compare with computed styles. */
function computedColour(page: Page, colour: string): Promise<string> {
  return page.evaluate((value) => {
    const probe = document.createElement('span');
    probe.style.color = value;
    document.body.append(probe);
    const computed = getComputedStyle(probe).color;
    probe.remove();
    return computed;
  }, colour);
}

/**
 * Every diagram on the page is framed by the diagrams' stylesheet and draws its
 * text in the theme's colour for `theme`. Without that stylesheet the figure
 * keeps the browser's 40 px indent and the text falls back to black.
 */
export async function expectDiagramsStyled(page: Page, theme: Theme): Promise<void> {
  const figures = page.locator('figure.diagram');
  // Waits, as a tab in astro dev may still be reloading after the last edit.
  await expect(figures.first()).toBeVisible();
  const text = await computedColour(page, textColour(theme));
  for (const figure of await figures.all()) {
    await expect(figure).toHaveCSS('margin-left', '0px');
    await expect(figure.locator('.diagram-scroll')).toHaveCSS('overflow-x', 'auto');
    await expect(figure.locator('.diagram-scroll > svg')).toHaveCSS('fill', text);
  }
}
