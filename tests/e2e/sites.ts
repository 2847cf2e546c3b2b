// The sites the end-to-end tests run against: each is one build of the app
// over a corpus, served by `astro preview` on its own port.
export interface TestSite {
  name: string;
  notesDir: string;
  outDir: string;
  basePath: string;
  port: number;
}

// E2E_PORT_BASE moves every port at once, so two checkouts can run their suites side by side.
const portBase = Number(process.env.E2E_PORT_BASE ?? 4400);
export const livePreviewPort = portBase + 10;

export const testSites: TestSite[] = [
  { name: 'fixtures', notesDir: 'tests/fixtures/content', outDir: 'dist-test/fixtures', basePath: '/', port: portBase + 0 },
  { name: 'base-path', notesDir: 'tests/fixtures/content', outDir: 'dist-test/base-path', basePath: '/kubecon24/', port: portBase + 1 },
  { name: 'content', notesDir: 'content', outDir: 'dist-test/content', basePath: '/', port: portBase + 2 },
  // A notes folder as Hugo sites have them: bundles, nested sections, root notes, aliases, TOML and JSON.
  { name: 'hugo', notesDir: 'tests/fixtures/hugo', outDir: 'dist-test/hugo', basePath: '/', port: portBase + 3 },
  { name: 'hugo-base-path', notesDir: 'tests/fixtures/hugo', outDir: 'dist-test/hugo-base-path', basePath: '/kubecon24/', port: portBase + 4 },
  // One note per mermaid diagram type, for the legibility and unique-id checks.
  { name: 'diagram-types', notesDir: 'tests/fixtures/diagram-types', outDir: 'dist-test/diagram-types', basePath: '/', port: portBase + 9 },
  // Hugo shortcodes of several themes, GitHub alerts and talk recordings.
  { name: 'shortcodes', notesDir: 'tests/fixtures/shortcodes', outDir: 'dist-test/shortcodes', basePath: '/', port: portBase + 5 },
  { name: 'shortcodes-base-path', notesDir: 'tests/fixtures/shortcodes', outDir: 'dist-test/shortcodes-base-path', basePath: '/kubecon24/', port: portBase + 6 },
  // Notes that try to run script (raw <script>, onerror, javascript: links, an iframe), tags with #, +, . and / in
  // them, and a day of 21 notes, more than search shows at once.
  { name: 'hostile', notesDir: 'tests/fixtures/hostile', outDir: 'dist-test/hostile', basePath: '/', port: portBase + 11 },
  { name: 'hostile-base-path', notesDir: 'tests/fixtures/hostile', outDir: 'dist-test/hostile-base-path', basePath: '/kubecon24/', port: portBase + 12 },
  // Photos in a page bundle, in a shared images folder, from public/ and from another site.
  { name: 'photos', notesDir: 'tests/fixtures/photos', outDir: 'dist-test/photos', basePath: '/', port: portBase + 7 },
  { name: 'photos-base-path', notesDir: 'tests/fixtures/photos', outDir: 'dist-test/photos-base-path', basePath: '/kubecon24/', port: portBase + 8 },
];

export function siteEnv(site: TestSite): Record<string, string> {
  return { NOTES_DIR: site.notesDir, OUT_DIR: site.outDir, BASE_PATH: site.basePath };
}
