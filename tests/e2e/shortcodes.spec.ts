// Notes as they come from a Hugo site: shortcodes of several themes and
// GitHub alerts render as the site's own callouts, code, diagrams, details and
// links, and talk recordings load nothing from the video host until the reader
// presses play. Runs at the site root and under BASE_PATH=/kubecon24/; paths
// passed to goto() are relative to the base.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { diagramSheets, expectDiagramsStyled, stylesheetsFetched } from './diagram-styles.ts';

const notes = ['day1/01_callouts/', 'day1/02_recordings/', 'day2/01_code/'];
const themes = ['light', 'dark'] as const;
// A mermaid diagram: as a shortcode in a note and in a day's text, and fenced in the home page's text (_index.md).
const diagramPages = { 'a note': 'day2/01_code/', "a day's text": 'day2/', "the home page's text": '' };
const videoHosts = /youtube|vimeo|ytimg/;

/** The callouts on the page: their kind (from the class), their visible label (after the icon) and its colour. */
async function callouts(page: Page): Promise<{ kind: string; label: string; colour: string }[]> {
  return page.getByRole('note').evaluateAll((boxes) =>
    boxes.map((box) => {
      const title = box.querySelector('.callout-title')!;
      return { kind: [...box.classList].find((name) => name.startsWith('callout-'))!, label: title.lastChild!.textContent!.trim(), colour: getComputedStyle(title).color };
    }),
  );
}

test('every callout kind, from each theme\'s shortcode and each GitHub alert, shows its role and label in both themes', async ({ page }) => {
  const colours: Record<(typeof themes)[number], string[]> = { light: [], dark: [] };
  for (const theme of themes) {
    await page.emulateMedia({ colorScheme: theme });
    await page.goto('day1/01_callouts/');
    const found = await callouts(page);
    expect(found.map(({ kind, label }) => `${kind}: ${label}`)).toEqual([
      'callout-note: Note',
      'callout-warning: Mind the upgrade',
      'callout-caution: Caution',
      'callout-tip: Docsy says',
      'callout-important: Important',
      'callout-note: Note',
      'callout-tip: Tip',
      'callout-important: Important',
      'callout-warning: Warning',
      'callout-caution: Caution',
    ]);
    colours[theme] = found.map(({ colour }) => colour);
    // The alert's own marker is gone; its text is the callout's.
    await expect(page.getByRole('note').filter({ hasText: 'Urgent info' })).not.toContainText('[!WARNING]');
    await expect(page.getByRole('note').first()).toContainText('ztunnel runs per node');
  }
  // Each kind is coloured for the theme it is read in.
  colours.light.forEach((light, i) => expect(light, `callout ${i + 1}`).not.toBe(colours.dark[i]));
});

test('shortcodes in code spans and fences stay as written, and no other page shows a shortcode', async ({ page }) => {
  await page.goto('day1/01_callouts/');
  await expect(page.locator('article code').filter({ hasText: '{{< youtube id="abc123def45" >}}' })).toHaveCount(1);
  await expect(page.locator('article pre').filter({ hasText: '{{% notice tip %}}' })).toHaveCount(1);
  for (const path of ['./', 'day1/', 'day2/', 'tags/hugo/', ...notes]) {
    await page.goto(path);
    const text = await page.locator('body').evaluate((body) => {
      const copy = body.cloneNode(true) as HTMLElement;
      for (const code of copy.querySelectorAll('pre, code')) code.remove();
      return copy.textContent ?? '';
    });
    expect(text, path).not.toMatch(/\{\{[<%]|[>%]\}\}/);
  }
});

for (const [host, title, player] of [
  ['YouTube', 'Keynote: the future of service mesh', /^https:\/\/www\.youtube-nocookie\.com\/embed\/dQw4w9WgXcQ\?autoplay=1$/],
  ['Vimeo', 'Vimeo video 146022717', /^https:\/\/player\.vimeo\.com\/video\/146022717\?dnt=1&autoplay=1$/],
] as const) {
  test(`a ${host} recording loads nothing from ${host} until play is pressed, then plays from the privacy-enhanced player`, async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (request) => {
      if (videoHosts.test(new URL(request.url()).hostname)) requested.push(request.url());
    });
    // The network is closed to the test; the player answers with a stand-in page.
    await page.route(player, (route) => route.fulfill({ contentType: 'text/html', body: `<title>${host} player</title><p>Playing</p>` }));
    await page.goto('day1/02_recordings/');
    const facade = page.locator('figure.video-facade').filter({ hasText: title });
    await expect(facade.locator('.video-title')).toHaveText(title);
    await expect(facade.getByRole('link', { name: `Watch on ${host}` })).toBeVisible();
    const play = facade.getByRole('button', { name: `Play video: ${title}` });
    await expect(play).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(requested).toEqual([]);

    await play.click();
    const frame = facade.locator('iframe');
    await expect(frame).toHaveAttribute('src', player);
    await expect(frame).toHaveAttribute('title', title);
    await expect(page.frameLocator(`iframe[title="${title}"]`).getByText('Playing')).toBeVisible();
    expect(requested.length).toBeGreaterThan(0);
    for (const url of requested) expect(url).toMatch(player);
  });
}

test('the policy allows frames from the two privacy-enhanced players and nowhere else', async ({ page }) => {
  await page.goto('day1/02_recordings/');
  const policy = (await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content'))!;
  const frames = policy.split(';').map((part) => part.trim()).filter((part) => part.startsWith('frame-src ') || part.startsWith('child-src '));
  expect(frames).toEqual(['frame-src https://www.youtube-nocookie.com https://player.vimeo.com']);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('each recording is a link to the video on its host', async ({ page }) => {
    await page.goto('day1/02_recordings/');
    await expect(page.getByRole('link', { name: 'Play on YouTube: Keynote: the future of service mesh' })).toHaveAttribute('href', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ');
    await expect(page.getByRole('link', { name: 'Play on Vimeo: Vimeo video 146022717' })).toHaveAttribute('href', 'https://vimeo.com/146022717');
    await expect(page.locator('iframe')).toHaveCount(0);
  });
});

test('a figure shows its image, caption and link', async ({ page }) => {
  await page.goto('day1/02_recordings/');
  const figure = page.locator('article figure').filter({ hasText: 'The logo, shown at every talk' });
  await expect(figure.getByRole('link', { name: 'The conference logo' })).toHaveAttribute('href', 'https://example.com/logo');
  await expect(figure.getByRole('img', { name: 'The conference logo' })).toBeVisible();
  await expect(figure.locator('figcaption')).toHaveText('The logo, shown at every talk');
});

test('ref and relref links lead to the note and heading they name', async ({ page, baseURL }) => {
  await page.goto('day2/01_code/');
  await page.getByRole('link', { name: 'the callouts', exact: true }).click();
  await expect(page).toHaveURL(`${baseURL}day1/01_callouts/#github-alerts`);
  await expect(page.getByRole('heading', { name: 'GitHub alerts' })).toBeInViewport();
  await page.goBack();
  await page.getByRole('link', { name: 'recordings', exact: true }).click();
  await expect(page).toHaveURL(`${baseURL}day1/02_recordings/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Talk recordings');
});

test('highlight is a Shiki code block, mermaid an inline SVG diagram, and details open', async ({ page }) => {
  await page.goto('day2/01_code/');
  const code = page.locator('pre.astro-code[data-language="go"]');
  await expect(code).toContainText('println("hello, mesh")');
  await expect(code.locator('span[style*="--shiki-light"]').first()).toBeVisible();
  const diagram = page.locator('figure.diagram svg');
  await expect(diagram).toHaveAttribute('role', 'img');
  await expect(diagram).toContainText('ztunnel');
  const details = page.locator('article details').filter({ hasText: 'What ambient mode changes' });
  await expect(details.getByText('waypoints where L7 is needed')).toBeHidden();
  await details.getByText('What ambient mode changes').click();
  await expect(details).toHaveAttribute('open', '');
  await expect(details.getByText('waypoints where L7 is needed')).toBeVisible();
  await expect(page.locator('article details').filter({ hasText: "Book's details, open" })).toHaveAttribute('open', '');
});

for (const [where, path] of Object.entries(diagramPages)) {
  for (const theme of themes) {
    test(`a diagram in ${where} gets the diagrams' stylesheet: framed, in the ${theme} theme's colours`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
      expect(diagramSheets(await stylesheetsFetched(page, path))).toHaveLength(1);
      await expectDiagramsStyled(page, theme);
    });
  }
}

test('a day without diagrams in its text does not download their stylesheet', async ({ page }) => {
  expect(diagramSheets(await stylesheetsFetched(page, 'day1/'))).toEqual([]);
});

for (const path of notes) {
  for (const theme of themes) {
    test(`${path} has no WCAG A/AA violations in the ${theme} theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(path);
      await expect(page.getByRole('search')).toBeVisible();
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
}
