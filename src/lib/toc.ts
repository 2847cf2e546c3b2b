// The table of contents on a note page: h2 sections with their h3 subsections.

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocEntry {
  slug: string;
  text: string;
  children: TocEntry[];
}

// remark-gfm labels the footnotes with a visually hidden h2; readers never see it as a section.
const FOOTNOTES_LABEL = 'footnote-label';

/** h2 and h3 as a two-level tree; an h3 before the first h2 stands at the top level. */
export function tableOfContents(headings: readonly Heading[]): TocEntry[] {
  const entries: TocEntry[] = [];
  let section: TocEntry | undefined;
  for (const { depth, slug, text } of headings) {
    if ((depth !== 2 && depth !== 3) || slug === FOOTNOTES_LABEL) continue;
    const entry: TocEntry = { slug, text, children: [] };
    if (depth === 3 && section) section.children.push(entry);
    else entries.push(entry);
    if (depth === 2) section = entry;
  }
  return entries;
}
