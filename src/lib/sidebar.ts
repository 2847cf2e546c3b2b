// What the sidebar shows on a page: every top-level section (the days) and the
// notes at the root, with only the day the page belongs to opened up to its
// nested folders and notes. The other days are links to their own pages, which
// list their notes, so a page's size does not grow with the number of days.
import type { Section } from './sections.ts';
import type { Note } from './types.ts';
import { sectionPath } from './urls.ts';

/** The top-level section a site path (`/day2/workshops/x/`) belongs to, if any. */
export function dayOf<N extends Note>(root: Section<N>, sitePath: string): Section<N> | undefined {
  return root.sections.find((day) => sitePath.startsWith(sectionPath(day.path)));
}

/** The tree the sidebar renders for the page at `sitePath`: other days keep their titles and links but not their contents. */
export function sidebarTree<N extends Note>(root: Section<N>, sitePath: string): Section<N> {
  const open = dayOf(root, sitePath);
  return { ...root, sections: root.sections.map((day) => (day === open ? day : { ...day, notes: [], sections: [] })) };
}
