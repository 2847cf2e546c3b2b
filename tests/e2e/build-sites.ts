// Builds every test site before Playwright starts, one after another: two
// cores are better spent on one build at a time than on three fighting.
import { spawnSync } from 'node:child_process';
import { siteEnv, testSites } from './sites.ts';

for (const site of testSites) {
  console.log(`e2e: building ${site.name} (${site.notesDir} under ${site.basePath})`);
  const result = spawnSync('astro', ['build', '--silent'], {
    stdio: 'inherit',
    env: { ...process.env, ...siteEnv(site) },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
