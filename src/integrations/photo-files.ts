// Puts the notes' photos into the site, instead of Astro's image step
// (src/markdown/photo-files.ts says why). After a build, every photo address
// the pages name gets its file: a WebP width from the cache, encoded first if
// the cache lacks it, or the original, hard-linked in. Reading the addresses
// from the pages, not from the Markdown step, keeps the files right when
// Astro reused a note's rendering from its content store. The dev server
// makes each file when a page asks for it.
import { createReadStream } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, extname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { cachedPhoto, encodePhoto, parsePhotoPath, photoCacheDir, type PhotoFile, photoPathsIn, photoSitePath, placeFile } from '../markdown/photo-files.ts';
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

/**
 * Every photo file the site's pages name, once each. An address no build
 * makes would be a broken image: it stops the build, naming the page. (A
 * note rendered by an older version of the site, kept in Astro's content
 * store, has addresses of an older shape.)
 */
async function photoFilesIn(site: string, base: string, contentStore: string): Promise<PhotoFile[]> {
  const entries = await readdir(site, { recursive: true, withFileTypes: true });
  const pages = entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).map((entry) => join(entry.parentPath, entry.name));
  const files = new Map<string, PhotoFile>();
  for (const page of pages) {
    for (const path of photoPathsIn(await readFile(page, 'utf8'), base)) {
      const file = parsePhotoPath(path);
      if (!file) throw new Error(`${relative(process.cwd(), page)} shows ${base}${path}, which names no photo; if the page came from an older build's content store, delete ${relative(process.cwd(), contentStore)} and build again`);
      files.set(path, file);
    }
  }
  return [...files.values()];
}

/** Where a build's photo files come from and go; set once Astro's config is known. */
interface Places {
  notes: string;
  keys: PhotoKeys;
  base: string;
  cacheDir: string;
  contentStore: string;
}

const original = (places: Places, file: PhotoFile) => join(places.notes, file.source);

/** Where the cache keeps a width of the photo as it is now: a page rendered before it changed still gets the current photo. */
const cached = async (places: Places, file: PhotoFile & { width: number }) => cachedPhoto(places.cacheDir, await places.keys.of(original(places, file)), file.width);

/** Puts `file` into the site at `site`; true when it had to be encoded first. */
async function place(places: Places, file: PhotoFile, site: string): Promise<boolean> {
  const target = join(site, photoSitePath(file));
  if (file.width === undefined) {
    await placeFile(original(places, file), target);
    return false;
  }
  const from = await cached(places, { ...file, width: file.width });
  // Linking is the test for the cache: one call instead of a stat and a link.
  const found = await placeFile(from, target).then(() => true, (error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? false : Promise.reject(error)));
  if (found) return false;
  await encodePhoto(original(places, file), file.width, from);
  await placeFile(from, target);
  return true;
}

/** The dev server's answer to a photo's address: the file, made first if need be. */
function devMiddleware(places: Places) {
  return (request: IncomingMessage, response: ServerResponse, next: () => void): void => {
    const path = request.url?.split('?')[0] ?? '';
    // Astro takes the base off before Vite's middleware sees the address; a request from outside Vite still has it.
    const file = parsePhotoPath(path.startsWith(places.base) ? path.slice(places.base.length) : path.slice(1));
    if (!file) return next();
    const served = async () => {
      if (file.width === undefined) return original(places, file);
      const from = await cached(places, { ...file, width: file.width });
      await encodePhoto(original(places, file), file.width, from);
      return from;
    };
    served().then((served) => {
      response.setHeader('Content-Type', mediaTypes[extname(served).toLowerCase()] ?? 'application/octet-stream');
      createReadStream(served).on('error', () => next()).pipe(response);
    }, () => next());
  };
}

export function photoFiles({ notesDir, keys, root = process.cwd() }: PhotoFilesOptions): AstroIntegration {
  const places: Places = { notes: resolve(root, notesDir), keys, base: '/', cacheDir: '', contentStore: '' };
  return {
    name: 'photo-files',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        // A Vite plugin, so the dev server asks it before Astro's pages, which would answer a photo's address with a 404 page.
        updateConfig({ vite: { plugins: [{ name: 'photo-files', configureServer: (server) => void server.middlewares.use(devMiddleware(places)) }] } });
      },
      'astro:config:done': ({ config }) => {
        places.base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        places.cacheDir = photoCacheDir(fileURLToPath(config.cacheDir));
        places.contentStore = join(fileURLToPath(config.cacheDir), 'data-store.json');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const files = await photoFilesIn(site, places.base, places.contentStore);
        if (files.length === 0) return;
        // A note's files share a folder, made once.
        for (const folder of new Set(files.map((file) => dirname(join(site, photoSitePath(file)))))) await mkdir(folder, { recursive: true });
        let encoded = 0;
        await eachAtMost(availableParallelism(), files, async (file) => {
          if (await place(places, file, site)) encoded++;
        });
        await keys.save();
        logger.info(`${files.length} photo files: ${encoded} encoded, ${files.length - encoded} from the cache or the notes`);
      },
    },
  };
}
