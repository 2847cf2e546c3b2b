// Front matter schemas: the one boundary where note data is checked and typed.
import { z } from 'astro/zod';
import { tagSlug } from '../lib/tag-slug.ts';

const title = z
  .string({ error: (issue) => (issue.input == null ? 'required: a non-empty title' : 'expected text') })
  .trim()
  .min(1, { error: 'required: a non-empty title' });

// Hugo's weight: an integer, where 0 (or none) means "unweighted, sort last".
// Hugo also accepts it quoted, as in `weight: "3"`.
const weightError = 'expected a whole number, such as `weight: 3`';
const weight = z
  .union([z.int(), z.string().regex(/^\s*-?\d+\s*$/).transform(Number)], { error: weightError })
  .default(0);

const tag = z
  .string({ error: 'expected each tag to be text' })
  .refine((value) => tagSlug(value) !== '', { error: 'expected a tag with at least one letter or digit' });

const tags = z
  .union([tag, z.array(tag)], {
    error: 'expected a list of tags, such as `tags: [platform, network]`, or a single tag',
  })
  // `tags:` with no value is no tags, as in Hugo.
  .nullish()
  .transform((value) => (value == null ? [] : typeof value === 'string' ? [value] : value));

// YAML and TOML read an unquoted 2024-03-20 as a date; quoted, or in JSON, it arrives as text.
const date = z
  .union([z.date(), z.iso.date().transform((text) => new Date(text)), z.iso.datetime({ offset: true }).transform((text) => new Date(text))], {
    error: 'expected a date, such as `date: 2024-03-20`',
  })
  .optional();

const text = z.string({ error: 'expected text' }).optional();

// Hugo's `slug` replaces the last segment of the URL, so it is one segment.
const slug = z
  .string({ error: 'expected text' })
  .trim()
  .refine((value) => value !== '' && !value.includes('/'), { error: 'expected one URL segment, without "/"' })
  .optional();

// Old addresses of a moved note; each becomes a page that redirects to it.
const aliases = z
  .union([z.string(), z.array(z.string({ error: 'expected each alias to be text, such as /day1/old-name/' }))], {
    error: 'expected a list of old addresses, such as `aliases: [/day1/old-name/]`',
  })
  .optional()
  .transform((value) => (value === undefined ? [] : typeof value === 'string' ? [value] : value));

// Hugo notes carry extra keys (author, …), so unknown keys pass through.
export const noteSchema = z.looseObject({
  title,
  weight,
  tags,
  draft: z.boolean({ error: 'expected true or false' }).default(false),
  /** For listings, the feed and link previews. */
  description: text,
  /** A hand-written summary, used where there is no description, instead of the first paragraph. */
  summary: text,
  date,
  /** When the note last changed; it wins over the git date. */
  lastmod: date,
  slug,
  aliases,
});

export const sectionSchema = z.looseObject({
  title,
  weight,
  description: text,
  date,
});

export type NoteData = z.output<typeof noteSchema>;
export type SectionData = z.output<typeof sectionSchema>;
