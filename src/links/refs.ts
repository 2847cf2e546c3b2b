// Hugo's `ref` and `relref` shortcodes name a note by its file, not its URL:
// `{{< ref "day2/11_sidecarless.md#history" >}}`, `"/day2/11_sidecarless"`,
// `"11_sidecarless"`. This finds the page that file became, as Hugo does:
// from the notes folder when the path starts with `/`, else beside the note
// that refers, else anywhere when only one file has that name.
import { posix } from 'node:path';
import { closest } from 'fastest-levenshtein';

export interface RefPage {
  /** The file, relative to the notes folder: `day2/11_sidecarless.md`, `day2/_index.md`. */
  entry: string;
  /** Its page: `/day2/11_sidecarless/`. */
  path: string;
}

/** A file as refs name it: without extension, a bundle or section by its folder, in lower case. */
function refKey(entry: string): string {
  return entry
    .replace(/\.mdx?$/i, '')
    .replace(/(^|\/)_?index$/i, '')
    .replace(/^\/+|\/+$/g, '')
    .toLowerCase();
}

export type RefResolution = { url: string } | { problem: string };

/** The URL (`/day2/11_sidecarless/#history`) that `ref`, written in the note `from`, leads to, or what is wrong with it. */
export function resolveRef(ref: string, from: RefPage, pages: readonly RefPage[]): RefResolution {
  const hash = ref.indexOf('#');
  const [target, anchor] = hash === -1 ? [ref, ''] : [ref.slice(0, hash), ref.slice(hash)];
  if (target.trim() === '') return { url: `${from.path}${anchor}` };
  const key = refKey(target.trim());
  const byKey = (wanted: string) => pages.filter((page) => refKey(page.entry) === wanted);
  const candidates = target.startsWith('/')
    ? [byKey(key)]
    : [
        byKey(refKey(posix.join(posix.dirname(from.entry), key))),
        byKey(refKey(posix.join(posix.dirname(refKey(from.entry)), key))),
        pages.filter((page) => refKey(page.entry) === key || refKey(page.entry).endsWith(`/${key}`)),
      ];
  const found = candidates.find((list) => list.length > 0) ?? [];
  if (found.length === 1) return { url: `${found[0]!.path}${anchor}` };
  if (found.length > 1) {
    return { problem: `ref "${ref}" could be ${found.map((page) => page.entry).join(' or ')}; write the path from the notes folder, such as "/${found[0]!.entry}"` };
  }
  // Measured from where the ref looks first, among the other notes.
  const others = pages.filter((page) => page.entry !== from.entry);
  const wanted = target.startsWith('/') ? key : refKey(posix.join(posix.dirname(from.entry), key));
  const nearest = others.length > 0 ? `; the nearest note is ${others.find((page) => refKey(page.entry) === closest(wanted, others.map((page) => refKey(page.entry))))!.entry}` : '';
  return { problem: `ref "${ref}" names no note${nearest}` };
}
