// robots.txt: everything may be crawled, and crawlers are told where the sitemap is.

/** The robots.txt body for a site whose sitemap index is at `sitemapUrl` (absolute, as the format requires). */
export function robotsTxt(sitemapUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}
