import { defineCollection } from 'astro:content';
import { strictGlob } from './collections/loader.ts';
import { buildEnvironment } from './environment.ts';
import { daySchema, noteSchema } from './collections/schema.ts';

const { notesDir } = buildEnvironment();

export const collections = {
  days: defineCollection({
    loader: strictGlob({ base: notesDir, pattern: '*/_index.md', schema: daySchema }),
    schema: daySchema,
  }),
  notes: defineCollection({
    loader: strictGlob({ base: notesDir, pattern: '*/[!_]*.{md,mdx}', schema: noteSchema }),
    schema: noteSchema,
  }),
};
