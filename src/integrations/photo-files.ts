// Puts the notes' photos into the site, instead of Astro's image step
// (src/markdown/photo-files.ts says why). After a build, every photo address
// the pages name gets its file: a WebP width from the cache, encoded first if
// the cache lacks it, or the original, hard-linked in. Reading the addresses
// from the pages, not from the Markdown step, keeps the files right when
// Astro reused a note's rendering from its content store. The dev server
// makes each file when a page asks for it.
import { createReadStream } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { cachedPhoto, encodePhoto, photoCacheDir, parsePhotoPath, type PhotoFile, photoPathsIn, photoSitePath, placeFile } from '../markdown/photo-files.ts';
import type { PhotoKeys } from '../markdown/photo-keys.ts';

export interface PhotoFilesOptions {
  notesDir: string;
  keys: PhotoKeys;
  root?: string;
}

const mediaTypes: Record<string, string> = { '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.png': 'image/png', '.webp': 'image/webp', '.gif': 'image/gif', '.avif': 'image/avif' };

/** Runs `work` on every item, at most `limit` at a time (sharp holds a decoded photo in memory for each). */
async function eachAtMost<T>(limit: number, items: readonly T[], work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).map((entry) => join(entry.parentPath, entry.name));
}

export function photoFiles({ notesDir, keys, root = process.cwd() }: PhotoFilesOptions): AstroIntegration {
  const notes = resolve(root, notesDir);
  let base = '/';
  let cacheDir = '';

  /** The file on disk that serves `file` (encoding it into the cache first if need be); true when it was encoded. */
  const fileFor = async (file: PhotoFile): Promise<{ path: string; encoded: boolean }> => {
    const original = join(notes, file.source);
    if (file.width === undefined) return { path: original, encoded: false };
    // The key of the photo as it is now: a page rendered before it changed still gets the current photo.
    const path = cachedPhoto(cacheDir, await keys.of(original), file.width);
    return { path, encoded: await encodePhoto(original, file.width, path) };
  };

  return {
    name: 'photo-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        cacheDir = photoCacheDir(fileURLToPath(config.cacheDir));
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          const path = request.url?.split('?')[0] ?? '';
          const file = path.startsWith(base) ? parsePhotoPath(path.slice(base.length)) : undefined;
          if (!file) return next();
          fileFor(file).then(({ path: served }) => {
            response.setHeader('Content-Type', mediaTypes[extname(served).toLowerCase()] ?? 'application/octet-stream');
            createReadStream(served).on('error', () => next()).pipe(response);
          }, () => next());
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const paths = new Set<string>();
        for (const page of await htmlFiles(site)) for (const path of photoPathsIn(await readFile(page, 'utf8'), base)) paths.add(path);
        const files = [...paths].map(parsePhotoPath).filter((file): file is PhotoFile => file !== undefined);
        if (files.length === 0) return;
        await keys.save();
        let encoded = 0;
        await eachAtMost(availableParallelism(), files, async (file) => {
          const made = await fileFor(file);
          if (made.encoded) encoded++;
          await placeFile(made.path, join(site, photoSitePath(file)));
        });
        logger.info(`${files.length} photo files: ${encoded} encoded, ${files.length - encoded} from the cache or the notes`);
      },
    },
  };
}
