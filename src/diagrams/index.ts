/**
 * Build-time mermaid: every ```mermaid fence in a note becomes inline SVG.
 *
 * Why our own renderer: rehype-mermaid launches a Chromium per file, which
 * makes a build of many notes crawl, and its ids restart at mermaid-0 in each
 * file, so two diagrams on one page share markers and CSS. Client-side mermaid
 * would cost every reader 3.6 MB of JavaScript. Here one Chromium per build
 * (browser/) renders through a small page pool; a content-addressed disk
 * cache (cache.ts) means unchanged diagrams never start it; rendering.ts
 * joins the two and is shared by the build and `npm run check`. Each diagram
 * is rendered once with sentinel colours that become light-dark() custom
 * properties (theme/), in the site's own font (browser/font.ts), then
 * sanitized, namespaced per occurrence and labelled for screen readers
 * (svg/). dialog/ is the reader's full-size view.
 */
export { rehypeMermaid, type RehypeMermaidOptions } from './plugin.ts';
export { createDiagramRendering, diagramOutputVersion, type DiagramRendering } from './rendering.ts';
