// The notes as an RSS feed, in site order: days by weight, then each day's notes.
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { siteContent } from '../collections/queries.ts';
import { noteSummary } from '../lib/summary.ts';
import { tagsOf } from '../lib/tags.ts';
import { absoluteUrl, homePath, notePath } from '../lib/urls.ts';
import { site } from '../site.config.ts';

export const GET: APIRoute = async (context) => {
  const { days, tags, lastUpdated } = await siteContent();
  const base = import.meta.env.BASE_URL;
  // astro.config.ts always sets `site` (SITE_URL, or the url in site.config.ts).
  const origin = context.site!;
  return rss({
    title: site.title,
    description: `${site.conference}: ${site.description}`,
    // The channel links to the home page, base included.
    site: absoluteUrl(origin, base, homePath),
    items: days.flatMap((day) =>
      day.notes.map((note) => ({
        title: note.data.title,
        link: absoluteUrl(origin, base, notePath(note)),
        description: noteSummary(note, day.title),
        pubDate: lastUpdated.get(note.id),
        categories: tagsOf(note, tags).map((tag) => tag.name),
      })),
    ),
  });
};
