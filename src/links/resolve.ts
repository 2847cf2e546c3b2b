// Internal links in notes must land on a page and heading that exist. The
// site's pages and their headings are known before it is built, so a broken
// link is found from the sources alone, with the nearest target suggested.
import { closest } from 'fastest-levenshtein';

export interface SiteTargets {
  /** Every page path (`/day2/11_sidecarless/`) or public file (`/favicon.svg`), with the heading ids on it. */
  pages: ReadonlyMap<string, ReadonlySet<string>>;
  /** Paths of draft notes, which production builds leave out. */
  drafts: ReadonlySet<string>;
}

/** A link with a scheme (`https:`, `mailto:`) or a protocol-relative one leaves the site and is not checked. */
function isExternal(href: string): boolean {
  return /^[a-z][a-z\d+.-]*:/i.test(href) || href.startsWith('//');
}

/** Page paths end with a slash, as Hugo's and this site's URLs do; files keep their name. */
function pagePath(pathname: string): string {
  const decoded = decodeURIComponent(pathname).toLowerCase();
  return decoded.endsWith('/') || /\.[a-z\d]+$/.test(decoded) ? decoded : `${decoded}/`;
}

/**
 * What is wrong with `href` written on the page at `fromPath`, or undefined
 * when it resolves. Relative links resolve against the page, as a browser would.
 */
export function linkProblem(href: string, fromPath: string, targets: SiteTargets): string | undefined {
  if (isExternal(href)) return undefined;
  const url = new URL(href, `https://site.invalid${fromPath}`);
  const path = pagePath(url.pathname);
  const anchor = decodeURIComponent(url.hash.slice(1));
  if (targets.drafts.has(path)) return `links to ${href}, a draft, which is not published`;
  const headings = targets.pages.get(path);
  if (!headings) return `links to ${href}, which does not exist; the nearest page is ${closest(path, [...targets.pages.keys()])}`;
  if (anchor === '' || headings.has(anchor)) return undefined;
  const nearest = headings.size > 0 ? `; the nearest heading is #${closest(anchor, [...headings])}` : '';
  return `links to ${href}, but ${path} has no heading #${anchor}${nearest}`;
}
