// Makes sure a Chromium is available before building or testing: the one the
// environment names, Playwright's, or the system's. When none is found it
// installs one where it can, otherwise it stops with a one-line instruction.
import { spawnSync } from 'node:child_process';
import { CHROMIUM_ENV, CHROMIUM_HELP, findChromium } from '../src/diagrams/browser/chromium.ts';

function run(command: string, args: string[]): boolean {
  const result = spawnSync(command, args, { stdio: 'inherit', timeout: 300_000 });
  return result.status === 0;
}

function install(): string | undefined {
  if (process.env[CHROMIUM_ENV]) return undefined;
  console.log('setup: no Chromium found, trying Playwright\'s download…');
  if (run('npx', ['--no-install', 'playwright', 'install', 'chromium'])) {
    const found = findChromium();
    if (found) return found;
  }
  if (process.platform === 'linux' && process.getuid?.() === 0) {
    console.log('setup: trying Debian\'s chromium package…');
    if (run('apt-get', ['update', '-q']) && run('apt-get', ['install', '-y', '-q', 'chromium'])) {
      return findChromium();
    }
  }
  return undefined;
}

const chromium = findChromium() ?? install();
if (!chromium) {
  console.error(process.env[CHROMIUM_ENV] ? `${CHROMIUM_ENV}=${process.env[CHROMIUM_ENV]} does not exist.` : CHROMIUM_HELP);
  process.exit(1);
}
console.log(`setup: Chromium at ${chromium}`);
