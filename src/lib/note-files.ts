// Which files under the notes folder are what, as Hugo sees them: every
// `_index.md` (or `_index.mdx`) describes its folder's section (the root one, the home page);
// every other Markdown file is a note, a page bundle's `index.md` included.
// Other files beside a bundle's `index.md` are its resources, not pages; a
// Markdown file there would be a note inside the bundle's address, which the
// site check reports as a collision.

/** Glob patterns, relative to the notes folder, for Astro's glob() loader and the note checker alike. */
export const sectionFiles = ['**/_index.{md,mdx}'];
export const noteFiles = ['**/*.{md,mdx}', '!**/_index.{md,mdx}'];
