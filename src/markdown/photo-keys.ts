// What the build knows about each photo: the key of its contents (the start
// of its SHA-256, which names its files, photo-files.ts) and its size in
// pixels. Reading and hashing 120 phone photos (300 MB) took 0.4 s of CPU
// and reading their sizes another 0.3 s on every build, a third of what the
// photos added to a warm build; so what is learned is kept, in memory and in
// a file in the build's cache, for as long as the file's size, modification
// time and inode stay the same (as git's index does for the files it tracks;
// not the change time, which the site's hard link to the original moves).
import { hash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

export interface PhotoFacts {
  key: string;
  width: number;
  height: number;
}

interface Entry {
  stamp: string;
  key: string;
  size?: { width: number; height: number };
}

async function stampOf(file: string): Promise<string> {
  const { size, mtimeMs, ino } = await stat(file);
  return `${size}:${mtimeMs}:${ino}`;
}

export class PhotoKeys {
  readonly #store: string | undefined;
  readonly #remembered: Record<string, Entry>;
  /** What this process has used, by file: only that is stored again. */
  readonly #used = new Map<string, Promise<Entry>>();

  /** `store`, when given, is the file kept between builds. */
  constructor(store?: string) {
    this.#store = store;
    let remembered: Record<string, Entry> = {};
    try {
      if (store) remembered = JSON.parse(readFileSync(store, 'utf8')) as Record<string, Entry>;
    } catch {
      // None kept yet, or from a build that stopped half-way: learned again.
    }
    this.#remembered = remembered;
  }

  async #entry(file: string): Promise<Entry> {
    const stamp = await stampOf(file);
    const used = await this.#used.get(file);
    if (used?.stamp === stamp) return used;
    const remembered = this.#remembered[file];
    const entry = remembered?.stamp === stamp ? Promise.resolve(remembered) : readFile(file).then((bytes) => ({ stamp, key: hash('sha256', bytes).slice(0, 16) }));
    this.#used.set(file, entry);
    return entry;
  }

  /** The key of `file`'s contents. */
  async of(file: string): Promise<string> {
    return (await this.#entry(file)).key;
  }

  /** The key and size of `file` if both are known for it as it is now. */
  async known(file: string): Promise<PhotoFacts | undefined> {
    const entry = await this.#entry(file).catch(() => undefined);
    return entry?.size ? { key: entry.key, ...entry.size } : undefined;
  }

  /** The key of `file`, remembered with its `size` as read from the file. */
  async learn(file: string, size: { width: number; height: number }): Promise<PhotoFacts> {
    const entry = await this.#entry(file);
    entry.size = size;
    return { key: entry.key, ...size };
  }

  /** Keeps what this process used for the next build. */
  async save(): Promise<void> {
    if (!this.#store) return;
    const entries = await Promise.all([...this.#used].map(async ([file, entry]) => [file, await entry.catch(() => undefined)] as const));
    const kept = Object.fromEntries(entries.filter(([, entry]) => entry !== undefined));
    await mkdir(dirname(this.#store), { recursive: true });
    const partial = `${this.#store}.${process.pid}.partial`;
    await writeFile(partial, JSON.stringify(kept));
    await rename(partial, this.#store);
  }
}
