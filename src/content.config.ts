import { defineCollection } from 'astro:content';
import { strictGlob } from './collections/loader.ts';
import { daySchema, noteSchema } from './collections/schema.ts';

// NOTES_DIR lets tests and benchmarks build other corpora with the same site.
const base = process.env.NOTES_DIR ?? 'content';

export const collections = {
  days: defineCollection({
    loader: strictGlob({ base, pattern: '*/_index.md', schema: daySchema }),
    schema: daySchema,
  }),
  notes: defineCollection({
    loader: strictGlob({ base, pattern: '*/[!_]*.{md,mdx}', schema: noteSchema }),
    schema: noteSchema,
  }),
};
