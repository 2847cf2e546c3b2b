import { defineCollection } from 'astro:content';
import { strictGlob } from './collections/loader.ts';
import { noteSchema, sectionSchema } from './collections/schema.ts';
import { buildEnvironment } from './environment.ts';
import { noteFiles, sectionFiles } from './lib/note-files.ts';

const { notesDir, diagramCacheDir } = buildEnvironment();

export const collections = {
  sections: defineCollection({
    loader: strictGlob({ base: notesDir, pattern: sectionFiles, schema: sectionSchema, diagramCacheDir }),
    schema: sectionSchema,
  }),
  notes: defineCollection({
    loader: strictGlob({ base: notesDir, pattern: noteFiles, schema: noteSchema, diagramCacheDir }),
    schema: noteSchema,
  }),
};
