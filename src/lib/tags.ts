// Tags as readers see them: one tag regardless of case or spacing, shown in
// the spelling authors use most.
import { byHugoOrder } from './order.ts';
import { tagSlug } from './tag-slug.ts';
import type { Note } from './types.ts';

export interface Tag {
  slug: string;
  name: string;
  count: number;
}

/** The distinct tags of a note, by slug, in the order the author wrote them. */
export function noteTagSlugs(note: Note): string[] {
  return [...new Set(note.data.tags.map(tagSlug))];
}

/** Every tag with its note count, alphabetical by display name. */
export function tagIndex(notes: readonly Note[]): Tag[] {
  const spellings = new Map<string, Map<string, number>>();
  const counts = new Map<string, number>();
  for (const note of notes) {
    for (const slugOfTag of noteTagSlugs(note)) counts.set(slugOfTag, (counts.get(slugOfTag) ?? 0) + 1);
    // Each note votes once for each spelling it uses: one note writing PLATFORM three times does not outvote two writing platform.
    for (const raw of new Set(note.data.tags.map((tag) => tag.normalize('NFC').trim().replace(/\s+/g, ' ')))) {
      const bySpelling = spellings.get(tagSlug(raw)) ?? new Map<string, number>();
      bySpelling.set(raw, (bySpelling.get(raw) ?? 0) + 1);
      spellings.set(tagSlug(raw), bySpelling);
    }
  }
  return [...counts]
    .map(([slugOfTag, count]) => ({ slug: slugOfTag, name: mostUsed(spellings.get(slugOfTag)!), count }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }) || a.slug.localeCompare(b.slug));
}

function mostUsed(spellings: Map<string, number>): string {
  return [...spellings].sort(([a, countA], [b, countB]) => countB - countA || a.localeCompare(b))[0]![0];
}

/** The notes carrying each tag, by tag slug, in Hugo order: one pass over the notes, however many tags there are. */
export function notesByTag<T extends Note>(notes: readonly T[]): Map<string, T[]> {
  const byTag = new Map<string, T[]>();
  for (const note of notes) {
    for (const slugOfTag of noteTagSlugs(note)) {
      const tagged = byTag.get(slugOfTag) ?? [];
      tagged.push(note);
      byTag.set(slugOfTag, tagged);
    }
  }
  for (const tagged of byTag.values()) tagged.sort(byHugoOrder);
  return byTag;
}

// Every note page asks for its tags, so each index is turned into a lookup once, not once a note.
const lookups = new WeakMap<readonly Tag[], Map<string, Tag>>();

/** A note's tags as the tag index names them, in the order the author wrote them. */
export function tagsOf(note: Note, index: readonly Tag[]): Tag[] {
  const bySlug = lookups.get(index) ?? new Map(index.map((tag) => [tag.slug, tag]));
  lookups.set(index, bySlug);
  return noteTagSlugs(note).flatMap((slugOfTag) => bySlug.get(slugOfTag) ?? []);
}
