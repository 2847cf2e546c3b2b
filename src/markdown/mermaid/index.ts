/**
 * Build-time mermaid: every ```mermaid fence in a note becomes inline SVG.
 *
 * Why our own renderer: rehype-mermaid launches a Chromium per file, which
 * makes a build of many notes crawl, and its ids restart at mermaid-0 in each
 * file, so two diagrams on one page share markers and CSS. Client-side mermaid
 * would cost every reader 3.6 MB of JavaScript. Here one shared Chromium
 * (browser.ts) renders through a small page pool; a content-addressed disk
 * cache (cache.ts) means unchanged diagrams never start it; each diagram is
 * rendered once with sentinel colours that become light-dark() custom
 * properties (theme.ts), in the site's own font (font.ts), then sanitized,
 * namespaced per occurrence and labelled for screen readers.
 */
import { diagramLayoutCss } from './figure.ts';
import { diagramThemeCss } from './theme.ts';

export {
  closeMermaidRenderer,
  defaultDiagramCacheDir,
  diagramCacheKey,
  diagramOutputVersion,
  rehypeMermaid,
  type RehypeMermaidOptions,
} from './plugin.ts';

/** All CSS diagrams need: the theme's custom properties and the figure layout. Also in diagram.css. */
export const diagramCss = diagramThemeCss + diagramLayoutCss;
