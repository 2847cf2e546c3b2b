// The shapes lib works on: collection entries as the schema types them.
import type { DayData, NoteData } from '../collections/schema.ts';

export interface Note {
  id: string;
  data: NoteData;
}

export interface DayEntry {
  id: string;
  data: DayData;
}
