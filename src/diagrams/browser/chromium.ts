// Finds the Chromium that Playwright drives, for the end-to-end tests and the
// build-time diagram renderer. Playwright's own download is often blocked, so
// a system Chromium is an equal citizen here.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, join } from 'node:path';
import type { BrowserType } from 'playwright';

/**
 * Playwright's Chromium driver, loaded on first use: importing Playwright takes
 * 0.6 s, which every build would pay at config load even when every diagram is
 * cached. A synchronous require, because an `import()` from plugin code that
 * Vite loaded fails once Vite's module runner has closed (late in a build, as
 * .mdx notes compile).
 */
export function playwrightChromium(): BrowserType {
  return (createRequire(import.meta.url)('playwright') as typeof import('playwright')).chromium;
}

/** The environment variable that names a Chromium executable explicitly. */
export const CHROMIUM_ENV = 'CHROMIUM_PATH';

const SYSTEM_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

export const CHROMIUM_HELP =
  `No Chromium found: run \`sudo apt-get install -y chromium\` or \`npx playwright install chromium\`, or set ${CHROMIUM_ENV}=/path/to/chrome.`;

function onPath(name: string, path = process.env.PATH ?? ''): string | undefined {
  return path
    .split(delimiter)
    .filter(Boolean)
    .map((dir) => join(dir, name))
    .find((candidate) => existsSync(candidate));
}

/** First match of: the environment, Playwright's managed browser, the system Chromium. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const fromEnv = env[CHROMIUM_ENV];
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  const managed = playwrightChromium().executablePath();
  if (managed && existsSync(managed)) return managed;
  for (const name of SYSTEM_NAMES) {
    const found = onPath(name, env.PATH);
    if (found) return found;
  }
  return undefined;
}

/** Launch options for a headless Chromium on a machine with a closed network, possibly as root. */
export function chromiumLaunchOptions(executablePath: string) {
  const args = [
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
    '--disable-gpu',
  ];
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  return { executablePath, args, headless: true };
}
