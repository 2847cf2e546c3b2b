// The shapes lib works on: collection entries as the schema types them.
import type { NoteData, SectionData } from '../collections/schema.ts';

export interface Note {
  id: string;
  data: NoteData;
}

export interface SectionEntry {
  id: string;
  data: SectionData;
}
