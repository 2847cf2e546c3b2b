// Builds the search index over a finished site: Pagefind reads every HTML
// page in the output folder and writes its bundle (index, fragments and the
// pagefind.js the search box imports) into <outDir>/pagefind/. Only elements
// marked data-pagefind-body (the article of a note page) are indexed.
import path from 'node:path';
import { close, createIndex } from 'pagefind';

/** Indexes the site in `outDir` and returns how many pages Pagefind read (it indexes only those with data-pagefind-body). */
export async function indexSite(outDir: string): Promise<number> {
  const { index, errors } = await createIndex();
  try {
    if (!index) throw new Error(`search index: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: outDir });
    if (added.errors.length > 0) throw new Error(`search index: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`search index: ${written.errors.join('; ')}`);
    return added.page_count;
  } finally {
    // The index runs in a Pagefind binary beside Node; stop it so the build can exit.
    await close();
  }
}
