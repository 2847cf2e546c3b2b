// Reads the notes folder once per build: each note's aliases become redirect
// pages (Astro's own, which no sitemap lists), and before any page is written
// the build stops on two pages at one address, an alias onto a page, a
// link to a note, section, tag or heading that does not exist, a Hugo
// shortcode the site cannot render, MDX that does not parse, or an image that is missing, not an image
// or an HTML `<img>` of a file beside the note (the content loader stops on
// the shortcodes and Markdown images of .md notes first; .mdx notes compile
// after this), with one `file:line: message` each.
import type { AstroIntegration } from 'astro';
import { checkSite, type CheckedSite, type SiteCheckOptions } from '../links/check-site.ts';
import { imageFindings } from '../links/images.ts';
import { siteProblems } from '../links/problems.ts';
import type { NoteSource } from '../links/sources.ts';
import { NoteInputError } from '../lib/problem.ts';
import { withBase } from '../lib/urls.ts';

/** The images no note's render stops the build on: an .mdx note's (compiled after build:start), and HTML `<img>` tags, which the Markdown pipeline passes through. */
function imagesNoRenderChecks(notes: readonly NoteSource[]): NoteSource[] {
  return notes.map((note) => ({ ...note, images: note.images.filter((image) => image.html || note.file.endsWith('.mdx')) }));
}

interface SiteCheckIntegrationOptions extends Omit<SiteCheckOptions, 'root'> {
  root?: string;
  /** Hears of the notes as soon as they are read, at config setup, before any note renders. */
  onNotesRead?: (notes: readonly NoteSource[]) => void;
}

export function siteCheck({ notesDir, publicDir, root = process.cwd(), onNotesRead }: SiteCheckIntegrationOptions): AstroIntegration {
  let checked: Promise<CheckedSite> | undefined;
  const check = () => (checked ??= checkSite({ root, notesDir, publicDir }));
  return {
    name: 'site-check',
    hooks: {
      'astro:config:setup': async ({ config, updateConfig }) => {
        const { map, sources } = await check();
        onNotesRead?.(sources.notes);
        // Astro writes these without the base, so the target carries it.
        updateConfig({ redirects: Object.fromEntries(map.redirects.map(({ from, to }) => [from, withBase(config.base, to)])) });
      },
      'astro:build:start': async () => {
        const { sources, problems } = await check();
        const images = await imageFindings(imagesNoRenderChecks(sources.notes), root, publicDir, notesDir);
        const found = siteProblems(sources, problems, images.problems);
        if (found.length > 0) throw NoteInputError.of(found);
      },
    },
  };
}
