// Front matter schemas: the one boundary where note data is checked and typed.
import { z } from 'astro/zod';
import { tagSlug } from '../lib/tags.ts';

const title = z
  .string({ error: (issue) => (issue.input === undefined ? 'required: a non-empty title' : 'expected text') })
  .trim()
  .min(1, { error: 'required: a non-empty title' });

// Hugo's weight: an integer, where 0 (or none) means "unweighted, sort last".
const weight = z.int({ error: 'expected a whole number, such as `weight: 3`' }).default(0);

const tag = z
  .string({ error: 'expected each tag to be text' })
  .refine((value) => tagSlug(value) !== '', { error: 'expected a tag with at least one letter or digit' });

const tags = z
  .union([tag, z.array(tag)], {
    error: 'expected a list of tags, such as `tags: [platform, network]`, or a single tag',
  })
  .default([])
  .transform((value) => (typeof value === 'string' ? [value] : value));

// Hugo notes carry extra keys (description, author, …), so unknown keys pass through.
export const noteSchema = z.looseObject({
  title,
  weight,
  tags,
  draft: z.boolean({ error: 'expected true or false' }).default(false),
});

export const daySchema = z.looseObject({
  title,
  weight,
  description: z.string({ error: 'expected text' }).optional(),
  date: z.coerce.date({ error: 'expected a date, such as `date: 2024-03-20`' }).optional(),
});

export type NoteData = z.output<typeof noteSchema>;
export type DayData = z.output<typeof daySchema>;
