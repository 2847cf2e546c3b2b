// A content-addressed disk cache of finished SVGs, so a build whose diagrams
// did not change launches no browser. One file per key; a write goes to a
// temporary file in the same folder and is renamed into place, so a reader
// never sees a partial entry, even if a build is killed mid-write.
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface CachedDiagram {
  /** mermaid's diagram type id, e.g. "sequence". */
  diagramType: string;
  /**
   * The sanitized, themed, labelled SVG as HTML, cut wherever an id prefix
   * goes: joined with an occurrence's prefix (placeSvg below), it is
   * that occurrence's markup. Markup, not a hast tree, because a .md note
   * takes it into its HTML as it is, unparsed (svg/splice.ts).
   */
  markup: string[];
  /** What a screen reader calls the diagram, for its scroll container's name. */
  name: string;
  /** The labels a reader sees, for search (svg/labels.ts). */
  labels: string;
  /** The narrowest the SVG may be drawn with its labels readable, in px; 0 when it may shrink freely. */
  minWidth: number;
}

/**
 * One occurrence of a cached diagram, with ids unique under `prefix`. The
 * entry is not sanitized again: the cache holds the build's own output, as
 * trusted as the rest of node_modules/.
 */
export function placeSvg(entry: CachedDiagram, prefix: string): string {
  return entry.markup.join(prefix);
}

/** Where rendered diagrams are kept unless told otherwise; deleting it makes the next build cold. */
export const defaultDiagramCacheDir = 'node_modules/.cache/mermaid-svg';

/** sha256 over everything that changes the output. */
export function cacheKey(parts: Record<string, unknown>): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}

export function createDiagramCache(dir: string) {
  const fileOf = (key: string) => join(dir, `${key}.json`);
  return {
    has: (key: string): boolean => existsSync(fileOf(key)),
    // Read synchronously: a build reads each entry twice (a note's render, then
    // its page), and pages render one after another, so an asynchronous read
    // overlapped nothing and only waited on the thread pool: filling 400
    // diagrams into their pages took 0.40–0.46 s that way, 0.05–0.12 s so.
    get(key: string): CachedDiagram | undefined {
      try {
        return JSON.parse(readFileSync(fileOf(key), 'utf8')) as CachedDiagram;
      } catch {
        return undefined;
      }
    },
    async set(key: string, entry: CachedDiagram): Promise<void> {
      const temporary = join(dir, `.${key}.${randomUUID()}.tmp`);
      const contents = JSON.stringify(entry);
      try {
        // The folder is made only when a write finds it missing: making it before each of a cold
        // build's 400 writes cost the build's main thread 0.4 s (a CPU profile).
        await writeFile(temporary, contents).catch(async (error: NodeJS.ErrnoException) => {
          if (error.code !== 'ENOENT') throw error;
          await mkdir(dir, { recursive: true });
          await writeFile(temporary, contents);
        });
        await rename(temporary, fileOf(key));
      } catch (error) {
        await rm(temporary, { force: true });
        throw error;
      }
    },
  };
}
