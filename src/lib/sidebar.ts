// What the sidebar shows on a page: the top-level sections (the days) and the
// notes at the root, with the sections on the way to the page opened: each
// lists its notes and its folders, and only the folder holding the page is
// opened in turn. Every other section is a link to its own page, which lists
// its notes, so a page's size depends on the folders along its way, not on
// how many notes or days the site has.
import type { Section } from './sections.ts';
import type { Note } from './types.ts';
import { sectionPath } from './urls.ts';

const closed = <N extends Note>(section: Section<N>): Section<N> => ({ ...section, notes: [], sections: [] });

/** The tree the sidebar renders for the page at `sitePath` (`/day2/workshops/x/`): `section` with only the way to the page opened. */
export function sidebarTree<N extends Note>(section: Section<N>, sitePath: string): Section<N> {
  return {
    ...section,
    sections: section.sections.map((child) => (sitePath.startsWith(sectionPath(child.path)) ? sidebarTree(child, sitePath) : closed(child))),
  };
}
