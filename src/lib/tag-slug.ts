// A tag's URL segment. Kept apart from tags.ts and free of imports, because
// the front matter schema needs it too, and lib's types come from the schema.

/**
 * The URL segment of a tag: `Service Mesh` → `service-mesh`, `CI/CD` → `ci-cd`,
 * `C++` → `c++`, `C#` → `c-sharp`; letters outside ASCII are kept. Written
 * by hand because github-slugger drops `+` and `#`, which would merge `C`,
 * `C++` and `C#`. `#` is spelled out because a page at `/tags/c%23/` cannot
 * be opened: static servers, GitHub Pages among them, decode the link to
 * `/tags/c#/` and look for that folder, while the page is written to `c%23`.
 */
export function tagSlug(tag: string): string {
  return tag
    .normalize('NFC')
    .trim()
    .toLowerCase()
    .replaceAll('#', '-sharp')
    .replace(/[\s/\\]+/g, '-')
    .replace(/[^\p{L}\p{M}\p{N}\-_.+]/gu, '')
    .replace(/^[-.]+|[-.]+$/g, '');
}
