// `npm run lighthouse`: Lighthouse, as on a phone (its default: a mid-range
// device on a slow 4G connection), on a note, the home page, a day, a tag
// page and a note with a diagram of the fixture notes, built and served by `astro preview`. Prints the
// four category scores per page, the paint and layout metrics with what
// blocked rendering, and whatever cost points. A measurement, not a test.
// `--no-build` reuses the last build; `--page diagram` (or another kind, again
// for more) measures only those pages; `--runs 25` loads each that many times
// and adds how the scores and layout shifts spread, with what moved.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_HELP, findChromium } from '../src/diagrams/browser/chromium.ts';

const port = Number(process.env.LIGHTHOUSE_PORT ?? 4599);
const origin = `http://localhost:${port}`;
// The site's own origin, so canonical links point at the pages measured.
const env = { ...process.env, NOTES_DIR: 'tests/fixtures/content', OUT_DIR: 'dist-test/lighthouse', BASE_PATH: '/', SITE_URL: origin };
const allPages = [
  ['note', '/day1/02_observability/'],
  ['home', '/'],
  ['day', '/day1/'],
  ['tag', '/tags/platform/'],
  // The one kind of page that also waits on the diagrams' and the dialog's stylesheets.
  ['diagram', '/workshops/01_hands_on/'],
] as const;
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const metrics = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'] as const;
const chromeFlags = ['--headless=new', '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

const { values: options } = parseArgs({ options: { 'no-build': { type: 'boolean' }, page: { type: 'string', multiple: true }, runs: { type: 'string', default: '1' } } });
const runs = Number(options.runs);
const pages = allPages.filter(([kind]) => !options.page || options.page.includes(kind));
if (!Number.isInteger(runs) || runs < 1 || pages.length === 0) {
  throw new Error(`lighthouse: --runs takes a whole number from 1, --page one of ${allPages.map(([kind]) => kind).join(', ')}`);
}

if (!options['no-build']) {
  console.log('lighthouse: building the fixture notes…');
  const build = spawnSync('astro', ['build', '--silent'], { stdio: 'inherit', env });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

type Audit = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr']['audits'][string];

/** The render-blocking requests' transfer size and what Lighthouse estimates the first paint would gain without them. */
function renderBlocking(audit: Audit | undefined): string {
  const items = audit?.details?.type === 'table' ? audit.details.items : [];
  if (items.length === 0) return 'none';
  const bytes = items.reduce((sum, item) => sum + Number(item['totalBytes'] ?? 0), 0);
  return `${items.length} request(s), ${(bytes / 1024).toFixed(1)} KiB, FCP −${Math.round(audit?.metricSavings?.FCP ?? 0)} ms`;
}

/** The elements Lighthouse saw move in one load, each with its share of the layout shift. */
function shiftedElements(audit: Audit | undefined): string[] {
  const items = audit?.details?.type === 'table' ? audit.details.items : [];
  return items.map((item) => `${(item['node'] as { selector?: string } | undefined)?.selector ?? 'an element'} ${Number(item['score']).toFixed(3)}`);
}

/** `100 ×21, 99 ×1`: each value with how many loads gave it, the most frequent first. */
function tally(values: string[]): string {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).map(([value, count]) => `${value} ×${count}`).join(', ');
}

const loadAverage = () => loadavg()[0]!.toFixed(1);

async function servedPreview(): Promise<ChildProcess> {
  const preview = spawn('astro', ['preview', '--port', String(port)], { env, stdio: 'ignore' });
  for (let attempt = 0; attempt < 100; attempt++) {
    if (await fetch(origin).then((response) => response.ok, () => false)) return preview;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  preview.kill();
  throw new Error(`lighthouse: astro preview did not answer at ${origin}`);
}

const chromePath = process.env.CHROME_PATH ?? findChromium();
if (!chromePath) throw new Error(CHROMIUM_HELP);
const preview = await servedPreview();
const chrome = await chromeLauncher.launch({ chromePath, chromeFlags });
const rows: string[][] = [];
const metricRows: string[][] = [];
const losses: string[] = [];
// Per page, over its runs: the performance scores, the CLS values, and what moved in the loads that shifted.
const spreads = new Map<string, { performance: string[]; cls: string[]; shifted: string[] }>();
const loadAtStart = loadAverage();
try {
  for (const [kind, path] of pages) {
    const spread = { performance: [] as string[], cls: [] as string[], shifted: [] as string[] };
    spreads.set(kind, spread);
    for (let run = 1; run <= runs; run++) {
      const label = runs > 1 ? `${kind} #${run}` : kind;
      const load = loadAverage();
      const result = await lighthouse(`${origin}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...categories] });
      const lhr = result!.lhr;
      const scores = categories.map((id) => String(Math.round((lhr.categories[id]?.score ?? 0) * 100)));
      rows.push([label, path, ...scores]);
      metricRows.push([label, ...metrics.map((id) => lhr.audits[id]?.displayValue ?? '–'), renderBlocking(lhr.audits['render-blocking-insight'])]);
      const cls = lhr.audits['cumulative-layout-shift']?.numericValue ?? 0;
      spread.performance.push(scores[0]!);
      spread.cls.push(cls.toFixed(3));
      if (cls > 0) spread.shifted.push(`#${run} (load average ${load}): ${shiftedElements(lhr.audits['layout-shifts']).join(', ')}`);
      for (const id of categories) {
        for (const ref of lhr.categories[id]?.auditRefs ?? []) {
          const audit = lhr.audits[ref.id]!;
          if (ref.weight > 0 && audit.score !== null && audit.score < 1) losses.push(`${label}: ${id} · ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
        }
      }
    }
  }
} finally {
  chrome.kill();
  preview.kill();
}

const header = ['page', 'path', 'performance', 'accessibility', 'best practices', 'SEO'];
console.log(`\n| ${header.join(' | ')} |\n|${header.map(() => ' --- ').join('|')}|`);
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
const metricHeader = ['page', 'FCP', 'LCP', 'TBT', 'CLS', 'Speed Index', 'render-blocking'];
console.log(`\n| ${metricHeader.join(' | ')} |\n|${metricHeader.map(() => ' --- ').join('|')}|`);
for (const row of metricRows) console.log(`| ${row.join(' | ')} |`);
if (losses.length > 0) console.log(`\nWhat cost points:\n${losses.map((loss) => `- ${loss}`).join('\n')}`);
if (runs > 1) {
  console.log(`\n${runs} loads a page, load average ${loadAtStart} at the start, ${loadAverage()} at the end:`);
  for (const [kind, spread] of spreads) {
    console.log(`- ${kind}: performance ${tally(spread.performance)}; CLS ${tally(spread.cls)}`);
    for (const shifted of spread.shifted) console.log(`  - ${shifted}`);
  }
}
