// The sites the end-to-end tests run against: each is one build of the app
// over a corpus, served by `astro preview` on its own port.
export interface TestSite {
  name: string;
  notesDir: string;
  outDir: string;
  basePath: string;
  port: number;
}

export const testSites: TestSite[] = [
  { name: 'fixtures', notesDir: 'tests/fixtures/content', outDir: 'dist-test/fixtures', basePath: '/', port: 4400 },
  { name: 'base-path', notesDir: 'tests/fixtures/content', outDir: 'dist-test/base-path', basePath: '/kubecon24/', port: 4401 },
  { name: 'content', notesDir: 'content', outDir: 'dist-test/content', basePath: '/', port: 4402 },
  // A notes folder as Hugo sites have them: bundles, nested sections, root notes, aliases, TOML and JSON.
  { name: 'hugo', notesDir: 'tests/fixtures/hugo', outDir: 'dist-test/hugo', basePath: '/', port: 4403 },
  { name: 'hugo-base-path', notesDir: 'tests/fixtures/hugo', outDir: 'dist-test/hugo-base-path', basePath: '/kubecon24/', port: 4404 },
];

export function siteEnv(site: TestSite): Record<string, string> {
  return { NOTES_DIR: site.notesDir, OUT_DIR: site.outDir, BASE_PATH: site.basePath };
}
