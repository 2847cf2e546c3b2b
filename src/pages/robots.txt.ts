// robots.txt, pointing crawlers at the sitemap @astrojs/sitemap writes.
import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/robots.ts';
import { absoluteUrl, sitemapIndexPath } from '../lib/urls.ts';

export const GET: APIRoute = (context) =>
  // astro.config.ts always sets `site` (SITE_URL, or the url in site.config.ts).
  new Response(robotsTxt(absoluteUrl(context.site!, import.meta.env.BASE_URL, sitemapIndexPath)), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
