// Every internal link goes through here, so the site works under a sub-path
// (BASE_PATH) exactly as it does at the root. Paths keep Hugo's URLs.

/** Joins the configured base (`/` or `/kubecon24/`) with a site path that starts with `/`. */
export function withBase(base: string, path: string): string {
  return base.replace(/\/+$/, '') + path;
}

export const homePath = '/';
export const tagIndexPath = '/tags/';

/** A section's page: `/day2/`, `/day2/workshops/`; the root section is the home page. */
export function sectionPath(path: string): string {
  return path === '' ? homePath : `/${path}/`;
}

/** A note's page: its id is its URL path, as Hugo builds it (see sections.ts). */
export function notePath(note: { id: string }): string {
  return `/${note.id}/`;
}

export function tagPath(tagSlug: string): string {
  return `/tags/${encodeURIComponent(tagSlug)}/`;
}

export const rssPath = '/rss.xml';
export const robotsPath = '/robots.txt';
/** Written by @astrojs/sitemap, which names the index after its default `filenameBase`. */
export const sitemapIndexPath = '/sitemap-index.xml';
/** The picture link previews show: the README's screenshot, from public/. */
export const socialImagePath = '/screenshot.png';

/**
 * The absolute URL of a site path, for canonical links, feeds and previews:
 * `site` is the origin (SITE_URL), and the base stays part of the path.
 */
export function absoluteUrl(site: URL | string, base: string, path: string): string {
  return new URL(withBase(base, path), site).href;
}

/**
 * The repository's web editor for a file, such as
 * `https://github.com/o/r/edit/main/content/day2/11_sidecarless.md`.
 * `filePath` is relative to the repository root; each segment is encoded.
 */
export function editUrl(repository: string, branch: string, filePath: string): string {
  const encoded = filePath.split('/').map(encodeURIComponent).join('/');
  return `${repository.replace(/\/+$/, '')}/edit/${branch}/${encoded}`;
}
