// mermaid's browser bundle, read from node_modules so the render page needs no network.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const mermaidDir = dirname(createRequire(import.meta.url).resolve('mermaid/package.json'));

/** Part of the cache key: another mermaid may lay out the same source differently. */
export const mermaidVersion: string = JSON.parse(readFileSync(join(mermaidDir, 'package.json'), 'utf8')).version;

let script: string | undefined;

/** The 3.6 MB UMD bundle that defines `window.mermaid`, read once. */
export function mermaidScript(): string {
  script ??= readFileSync(join(mermaidDir, 'dist', 'mermaid.min.js'), 'utf8');
  return script;
}
