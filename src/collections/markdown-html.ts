// The HTML a page shows for a note's or section's Markdown, when Astro's
// render() alone would leave its diagrams out: a .md note's rendered HTML
// holds placeholders, filled here from the diagram cache (diagrams/splice.ts).
import { createDiagramCache } from '../diagrams/cache.ts';
import { fillDiagrams, MissingDiagramError, splicedDiagramsOf } from '../diagrams/splice.ts';
import { buildEnvironment } from '../environment.ts';
import type { NoteEntry, SectionEntry } from './queries.ts';

const { diagramCacheDir } = buildEnvironment();
const cache = createDiagramCache(diagramCacheDir);

/**
 * The entry's HTML with its diagrams, given the front matter its render()
 * returned; undefined when Astro's own Content shows it whole (no diagrams,
 * or an .mdx note, whose diagrams are compiled in).
 */
export function htmlWithDiagrams(entry: NoteEntry | SectionEntry, frontmatter: Record<string, unknown>): string | undefined {
  const spliced = splicedDiagramsOf(frontmatter);
  const html = entry.rendered?.html;
  if (!spliced || html === undefined) return undefined;
  try {
    return fillDiagrams(html, spliced, (key) => cache.get(key));
  } catch (error) {
    if (!(error instanceof MissingDiagramError)) throw error;
    // The loader renders such a note again at the start of a build (collections/loader.ts); only a cache deleted since can get here.
    throw new Error(`${entry.filePath ?? entry.id}: ${error.message}, which was deleted (${diagramCacheDir}) after the note was rendered; build again, or restart astro dev`, { cause: error });
  }
}
