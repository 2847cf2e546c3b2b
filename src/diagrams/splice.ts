// A .md note's diagrams stay out of its rendered HTML until a page shows it.
// The Markdown pipeline leaves a placeholder comment where each goes and
// records, in the render's front matter, which cached diagram fills it; the
// page fills them from the diagram cache (fillDiagrams). Two costs grew with
// the SVG bytes when the markup went through the pipeline:
// - Astro runs rehype-raw and rehype-stringify after every plugin of ours,
//   and with the SVG as hast both walked each of its elements again (0.6 s
//   of CPU in a build of 400 cached diagrams);
// - Astro keeps each note's rendered HTML in its content store, serialises
//   it, bundles it into the build as a JavaScript module and reads it back
//   for the pages: with the SVGs in it, Vite's build of the pages took 1.07 s
//   instead of 0.44 s for the same 400 diagrams.
import { randomUUID } from 'node:crypto';
import type { Comment } from 'hast';
import { type CachedDiagram, placeSvg } from './cache.ts';

/** One occurrence of a cached diagram: its cache key and the prefix that keeps its ids unique on the page. */
export interface DiagramPlacement {
  key: string;
  prefix: string;
}

/** What a rendered note needs to get its diagrams back, kept in its render's front matter. */
export interface SplicedDiagrams {
  /** Random for each render, so the note's own text cannot forge a placeholder. */
  nonce: string;
  placements: DiagramPlacement[];
}

const frontmatterKey = 'splicedDiagrams';

type Frontmatter = Record<string, unknown>;

/** Starts a note's record in its front matter; each placeholder() adds one diagram to it. */
export function startSplice(frontmatter: Frontmatter): SplicedDiagrams {
  const spliced: SplicedDiagrams = { nonce: randomUUID(), placements: [] };
  frontmatter[frontmatterKey] = spliced;
  return spliced;
}

/** A comment that stands in for the diagram until fillDiagrams() puts it there. */
export function diagramPlaceholder(spliced: SplicedDiagrams, placement: DiagramPlacement): Comment {
  spliced.placements.push(placement);
  return { type: 'comment', value: `mermaid-svg ${spliced.nonce} ${spliced.placements.length - 1}` };
}

/** The note's record, from its render result's front matter; undefined when it has no spliced diagrams. */
export function splicedDiagramsOf(frontmatter: Frontmatter | undefined): SplicedDiagrams | undefined {
  return frontmatter?.[frontmatterKey] as SplicedDiagrams | undefined;
}

/** A stored note whose diagrams are gone from the cache must be rendered again before a page can show it. */
export class MissingDiagramError extends Error {}

/** `html` with each of the note's placeholders replaced by its diagram's markup, read with `read`. */
export function fillDiagrams(html: string, { nonce, placements }: SplicedDiagrams, read: (key: string) => CachedDiagram | undefined): string {
  return html.replace(new RegExp(`<!--mermaid-svg ${nonce} (\\d+)-->`, 'g'), (placeholder, index: string) => {
    const placement = placements[Number(index)];
    const entry = placement && read(placement.key);
    if (!placement || !entry) throw new MissingDiagramError(`the diagram cache no longer holds diagram ${placement?.key ?? placeholder}`);
    return placeSvg(entry, placement.prefix);
  });
}
