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

const subPath = '/kubecon24/';

/** A site built into `dist-test/<name>`, on port `portBase + offset`. */
function site(name: string, notesDir: string, offset: number, basePath = '/'): TestSite {
  return { name, notesDir, outDir: `dist-test/${name}`, basePath, port: portBase + offset };
}

/** A corpus at the root and under a sub-path (`<name>-base-path`), on two ports in a row. */
function atRootAndSubPath(name: string, notesDir: string, offset: number): TestSite[] {
  return [site(name, notesDir, offset), site(`${name}-base-path`, notesDir, offset + 1, subPath)];
}

export const testSites: TestSite[] = [
  site('fixtures', 'tests/fixtures/content', 0),
  site('base-path', 'tests/fixtures/content', 1, subPath),
  site('content', 'content', 2),
  // A notes folder as Hugo sites have them: bundles, nested sections, root notes, aliases, TOML and JSON.
  ...atRootAndSubPath('hugo', 'tests/fixtures/hugo', 3),
  // Hugo shortcodes of several themes, GitHub alerts and talk recordings.
  ...atRootAndSubPath('shortcodes', 'tests/fixtures/shortcodes', 5),
  // Photos in a page bundle, in a shared images folder, from public/ and from another site.
  ...atRootAndSubPath('photos', 'tests/fixtures/photos', 7),
  // One note per mermaid diagram type, for the legibility and unique-id checks.
  site('diagram-types', 'tests/fixtures/diagram-types', 9),
  // (portBase + 10 is the live preview's.)
  // Notes that try to run script (raw <script>, onerror, javascript: links, an iframe), tags with #, +, . and / in
  // them, and a day of 21 notes, more than search shows at once.
  ...atRootAndSubPath('hostile', 'tests/fixtures/hostile', 11),
];

export function siteEnv(site: TestSite): Record<string, string> {
  return { NOTES_DIR: site.notesDir, OUT_DIR: site.outDir, BASE_PATH: site.basePath };
}
