// The notes as an RSS feed, in site order: each section's notes, then its sections'.
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { siteContent } from '../collections/queries.ts';
import { notePages } from '../lib/site-pages.ts';
import { noteDescription } from '../lib/summary.ts';
import { absoluteUrl, homePath, notePath } from '../lib/urls.ts';
import { site } from '../site.config.ts';

export const GET: APIRoute = async (context) => {
  const { root, tags, lastUpdated } = await siteContent();
  const base = import.meta.env.BASE_URL;
  // astro.config.ts always sets `site` (SITE_URL, or the url in site.config.ts).
  const origin = context.site!;
  return rss({
    title: site.title,
    description: `${site.conference}: ${site.description}`,
    // The channel links to the home page, base included.
    site: absoluteUrl(origin, base, homePath),
    items: notePages(root, tags).map(({ note, trail, tags: noteTags }) => ({
      title: note.data.title,
      link: absoluteUrl(origin, base, notePath(note)),
      description: noteDescription(note, trail.at(-1)?.title ?? site.title),
      pubDate: lastUpdated.get(note.id),
      categories: noteTags.map((tag) => tag.name),
    })),
  });
};
