import { defineConfig } from '@playwright/test';
import { CHROMIUM_HELP, chromiumLaunchOptions, findChromium } from './src/diagrams/browser/chromium.ts';
import { livePreviewPort, siteEnv, testSites } from './tests/e2e/sites.ts';

const chromium = findChromium();
if (!chromium) throw new Error(CHROMIUM_HELP);

const project = (name: string, testMatch: RegExp) => {
  const site = testSites.find((candidate) => candidate.name === name)!;
  return { name, testMatch, use: { baseURL: `http://localhost:${site.port}${site.basePath}` } };
};

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    launchOptions: chromiumLaunchOptions(chromium),
    trace: 'retain-on-failure',
  },
  projects: [
    // The reader's journey runs twice: at the root and under a sub-path.
    project('fixtures', /(site|reading|metadata|search|diagram-dialog|diagram-ids|diagram-styles|csp|accessibility|layout-shift)\.spec\.ts/),
    project('base-path', /(site|links|metadata|search|diagram-dialog|diagram-styles|csp|layout-shift)\.spec\.ts/),
    project('content', /(seed|accessibility)\.spec\.ts/),
    project('hugo', /hugo\.spec\.ts/),
    project('hugo-base-path', /hugo\.spec\.ts/),
    project('diagram-types', /(diagram-legibility|diagram-ids)\.spec\.ts/),
    project('shortcodes', /shortcodes\.spec\.ts/),
    project('shortcodes-base-path', /shortcodes\.spec\.ts/),
    project('hostile', /(hostile-html|tag-urls|search-limit)\.spec\.ts/),
    project('hostile-base-path', /(hostile-html|tag-urls)\.spec\.ts/),
    project('photos', /photos\.spec\.ts/),
    project('photos-base-path', /photos\.spec\.ts/),
    // Starts its own `astro dev` on a copy of the fixture notes; one worker, as two dev servers would share .astro/.
    { name: 'live-preview', testMatch: /live-preview\.spec\.ts/, workers: 1, use: { baseURL: `http://localhost:${livePreviewPort}/` } },
  ],
  webServer: testSites.map((site) => ({
    command: `astro preview --ignore-lock --port ${site.port}`,
    env: siteEnv(site),
    url: `http://localhost:${site.port}${site.basePath}`,
    reuseExistingServer: false,
    timeout: 60_000,
  })),
});
