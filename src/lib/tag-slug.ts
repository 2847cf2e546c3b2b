// A tag's URL segment. Kept apart from tags.ts and free of imports, because
// the front matter schema needs it too, and lib's types come from the schema.

/**
 * The URL segment of a tag: `Service Mesh` → `service-mesh`, `CI/CD` → `ci-cd`,
 * `C++` → `c++`; letters outside ASCII are kept. Written by hand because
 * github-slugger drops `+` and `#`, which would merge `C`, `C++` and `C#`.
 */
export function tagSlug(tag: string): string {
  return tag
    .normalize('NFC')
    .trim()
    .toLowerCase()
    .replace(/[\s/\\]+/g, '-')
    .replace(/[^\p{L}\p{M}\p{N}\-_.+#]/gu, '')
    .replace(/^[-.]+|[-.]+$/g, '');
}
