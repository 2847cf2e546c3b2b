// Reads the notes folder once per build: each note's aliases become redirect
// pages (Astro's own, which no sitemap lists), and before any page is written
// the build stops on two pages at one address, an alias onto a page, or a
// link to a note, section, tag or heading that does not exist, with one
// `file:line: message` each.
import type { AstroIntegration } from 'astro';
import { checkSite, type CheckedSite, type SiteCheckOptions } from '../links/check-site.ts';
import { NoteInputError } from '../lib/problem.ts';
import { withBase } from '../lib/urls.ts';

export function siteCheck({ notesDir, publicDir, root = process.cwd() }: Omit<SiteCheckOptions, 'root'> & { root?: string }): AstroIntegration {
  let checked: Promise<CheckedSite> | undefined;
  const check = () => (checked ??= checkSite({ root, notesDir, publicDir }));
  return {
    name: 'site-check',
    hooks: {
      'astro:config:setup': async ({ config, updateConfig }) => {
        const { map } = await check();
        // Astro writes these without the base, so the target carries it.
        updateConfig({ redirects: Object.fromEntries(map.redirects.map(({ from, to }) => [from, withBase(config.base, to)])) });
      },
      'astro:build:start': async () => {
        const { addresses, links } = (await check()).problems;
        if (addresses.length + links.length > 0) throw NoteInputError.of([...addresses, ...links]);
      },
    },
  };
}
