// NOTES_DIR lets tests and benchmarks build other corpora with the same site.
// The collections load it, and git is asked for its history.

/** The folder of notes, relative to the project root. */
export const notesDir = process.env.NOTES_DIR ?? 'content';
