// Builds every test site before Playwright starts, one after another: two
// cores are better spent on one build at a time than on three fighting.
import { spawnSync } from 'node:child_process';
import { siteEnv, testSites } from './sites.ts';

// Names on the command line rebuild only those sites (`node tests/e2e/build-sites.ts hugo`).
const only = process.argv.slice(2);
const unknown = only.filter((name) => !testSites.some((site) => site.name === name));
if (unknown.length > 0) {
  console.error(`e2e: no test site named ${unknown.join(', ')}; the sites are ${testSites.map((site) => site.name).join(', ')}`);
  process.exit(1);
}

for (const site of testSites.filter((candidate) => only.length === 0 || only.includes(candidate.name))) {
  console.log(`e2e: building ${site.name} (${site.notesDir} under ${site.basePath})`);
  const result = spawnSync('astro', ['build', '--silent'], {
    stdio: 'inherit',
    env: { ...process.env, ...siteEnv(site) },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
