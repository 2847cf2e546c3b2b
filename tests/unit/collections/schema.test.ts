// The front matter authors write, as the build accepts or rejects it. Errors
// are checked as the author reads them: through describeIssues, one line per
// problem naming the file and the field.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { z } from 'astro/zod';
import { noteSchema, sectionSchema } from '../../../src/collections/schema.ts';
import { describeIssues } from '../../../src/collections/errors.ts';

const FILE = 'content/day1/01_note.md';

/** Parses like the loader does; returns the data, or the message the author would see. */
function parse(schema: z.ZodType, data: unknown): { data?: Record<string, unknown>; message?: string } {
  const result = schema.safeParse(data, { reportInput: true });
  return result.success ? { data: result.data as Record<string, unknown> } : { message: describeIssues(FILE, result.error) };
}

function rejects(schema: z.ZodType, data: unknown): string {
  const { data: parsed, message } = parse(schema, data);
  assert.equal(parsed, undefined, `expected ${JSON.stringify(data)} to be rejected`);
  return message!;
}

function accepts(schema: z.ZodType, data: unknown): Record<string, unknown> {
  const { data: parsed, message } = parse(schema, data);
  assert.equal(message, undefined, `expected ${JSON.stringify(data)} to be accepted`);
  return parsed!;
}

describe('note front matter', () => {
  describe('title', () => {
    test('is required', () => {
      assert.equal(rejects(noteSchema, { weight: 1 }), `${FILE}: front matter field "title": required: a non-empty title`);
    });

    test('is required when written with no value', () => {
      assert.match(rejects(noteSchema, { title: null }), /field "title": required: a non-empty title/);
    });

    test('may not be empty or only spaces', () => {
      assert.match(rejects(noteSchema, { title: '' }), /field "title": required: a non-empty title/);
      assert.match(rejects(noteSchema, { title: '   ' }), /field "title": required: a non-empty title/);
    });

    test('must be text', () => {
      assert.equal(rejects(noteSchema, { title: 2024 }), `${FILE}: front matter field "title": expected text (found 2024)`);
      assert.match(rejects(noteSchema, { title: ['a', 'b'] }), /field "title": expected text \(found \["a","b"\]\)/);
    });

    test('loses the spaces around it', () => {
      assert.equal(accepts(noteSchema, { title: '  Opening keynote \n' }).title, 'Opening keynote');
    });

    test('keeps characters outside ASCII', () => {
      assert.equal(accepts(noteSchema, { title: 'Überwachung — 観測' }).title, 'Überwachung — 観測');
    });
  });

  describe('weight', () => {
    test('accepts whole numbers, including negative ones', () => {
      assert.equal(accepts(noteSchema, { title: 'T', weight: 3 }).weight, 3);
      assert.equal(accepts(noteSchema, { title: 'T', weight: -2 }).weight, -2);
    });

    test('is 0 ("unweighted") when left out', () => {
      assert.equal(accepts(noteSchema, { title: 'T' }).weight, 0);
    });

    test('rejects a word, naming the field and what was expected', () => {
      assert.equal(
        rejects(noteSchema, { title: 'T', weight: 'abc' }),
        `${FILE}: front matter field "weight": expected a whole number, such as \`weight: 3\` (found "abc")`,
      );
    });

    test('rejects a fraction', () => {
      assert.equal(
        rejects(noteSchema, { title: 'T', weight: 1.5 }),
        `${FILE}: front matter field "weight": expected a whole number, such as \`weight: 3\` (found 1.5)`,
      );
    });

    test('accepts a quoted whole number, as Hugo does', () => {
      assert.equal(accepts(noteSchema, { title: 'T', weight: '3' }).weight, 3);
    });

    test('rejects quoted text that is not a whole number', () => {
      assert.match(rejects(noteSchema, { title: 'T', weight: '3.5' }), /field "weight": expected a whole number.*\(found "3.5"\)/);
    });
  });

  describe('tags', () => {
    test('accepts a list', () => {
      assert.deepEqual(accepts(noteSchema, { title: 'T', tags: ['platform', 'Service Mesh'] }).tags, ['platform', 'Service Mesh']);
    });

    test('is an empty list when written with no value, as in Hugo', () => {
      assert.deepEqual(accepts(noteSchema, { title: 'T', tags: null }).tags, []);
    });

    test('turns a single tag into a list of one', () => {
      assert.deepEqual(accepts(noteSchema, { title: 'T', tags: 'Service Mesh' }).tags, ['Service Mesh']);
    });

    test('is an empty list when left out', () => {
      assert.deepEqual(accepts(noteSchema, { title: 'T' }).tags, []);
    });

    test('accepts an empty list', () => {
      assert.deepEqual(accepts(noteSchema, { title: 'T', tags: [] }).tags, []);
    });

    test('rejects a number, saying what a tag list looks like', () => {
      assert.equal(
        rejects(noteSchema, { title: 'T', tags: 42 }),
        `${FILE}: front matter field "tags": expected a list of tags, such as \`tags: [platform, network]\`, or a single tag (found 42)`,
      );
    });

    test('rejects a list holding a number', () => {
      assert.match(rejects(noteSchema, { title: 'T', tags: ['platform', 7] }), /field "tags[^"]*": expected .*\(found .*7.*\)/);
    });

    test('rejects a tag with no letter or digit, pointing at its position', () => {
      assert.equal(
        rejects(noteSchema, { title: 'T', tags: ['platform', '!!'] }),
        `${FILE}: front matter field "tags.1": expected a tag with at least one letter or digit (found "!!")`,
      );
      assert.match(rejects(noteSchema, { title: 'T', tags: '   ' }), /field "tags": .*letter or digit/);
    });
  });

  describe('draft', () => {
    test('is false when left out', () => {
      assert.equal(accepts(noteSchema, { title: 'T' }).draft, false);
    });

    test('accepts true', () => {
      assert.equal(accepts(noteSchema, { title: 'T', draft: true }).draft, true);
    });

    test('rejects anything but true or false', () => {
      assert.equal(rejects(noteSchema, { title: 'T', draft: 'yes' }), `${FILE}: front matter field "draft": expected true or false (found "yes")`);
    });
  });

  describe('description and summary', () => {
    test('are kept as written', () => {
      const data = accepts(noteSchema, { title: 'T', description: 'For previews.', summary: 'By hand.' });
      assert.equal(data.description, 'For previews.');
      assert.equal(data.summary, 'By hand.');
    });

    test('may be left out', () => {
      const data = accepts(noteSchema, { title: 'T' });
      assert.equal(data.description, undefined);
      assert.equal(data.summary, undefined);
    });

    test('must be text', () => {
      assert.equal(rejects(noteSchema, { title: 'T', description: 42 }), `${FILE}: front matter field "description": expected text (found 42)`);
      assert.equal(rejects(noteSchema, { title: 'T', summary: ['a'] }), `${FILE}: front matter field "summary": expected text (found ["a"])`);
    });
  });

  describe('date and lastmod', () => {
    test('accept a date YAML or TOML already read, a date written as text, and a date and time with an offset', () => {
      assert.equal((accepts(noteSchema, { title: 'T', date: new Date('2024-03-20T00:00:00Z') }).date as Date).toISOString(), '2024-03-20T00:00:00.000Z');
      assert.equal((accepts(noteSchema, { title: 'T', date: '2024-03-20' }).date as Date).toISOString(), '2024-03-20T00:00:00.000Z');
      assert.equal((accepts(noteSchema, { title: 'T', lastmod: '2024-03-21T10:30:00+01:00' }).lastmod as Date).toISOString(), '2024-03-21T09:30:00.000Z');
    });

    test('reject what is not a date, saying what one looks like', () => {
      assert.equal(
        rejects(noteSchema, { title: 'T', date: 'soon' }),
        `${FILE}: front matter field "date": expected a date, such as \`date: 2024-03-20\` (found "soon")`,
      );
      assert.match(rejects(noteSchema, { title: 'T', lastmod: 2024 }), /field "lastmod": expected a date, such as `date: 2024-03-20` \(found 2024\)/);
    });
  });

  describe('slug', () => {
    test('is kept, without the spaces around it', () => {
      assert.equal(accepts(noteSchema, { title: 'T', slug: '  opening-keynote ' }).slug, 'opening-keynote');
    });

    test('is one URL segment: a "/" is rejected', () => {
      assert.equal(rejects(noteSchema, { title: 'T', slug: 'day1/keynote' }), `${FILE}: front matter field "slug": expected one URL segment, without "/" (found "day1/keynote")`);
    });

    test('may not be empty or only spaces', () => {
      assert.match(rejects(noteSchema, { title: 'T', slug: '   ' }), /field "slug": expected one URL segment/);
    });

    test('must be text', () => {
      assert.match(rejects(noteSchema, { title: 'T', slug: 7 }), /field "slug": expected text \(found 7\)/);
    });
  });

  describe('aliases', () => {
    test('accepts a list of old addresses', () => {
      assert.deepEqual(accepts(noteSchema, { title: 'T', aliases: ['/talks/old/', 'older'] }).aliases, ['/talks/old/', 'older']);
    });

    test('turns a single alias into a list of one', () => {
      assert.deepEqual(accepts(noteSchema, { title: 'T', aliases: '/talks/old/' }).aliases, ['/talks/old/']);
    });

    test('is an empty list when left out', () => {
      assert.deepEqual(accepts(noteSchema, { title: 'T' }).aliases, []);
    });

    test('rejects a number, saying what an alias list looks like', () => {
      assert.equal(
        rejects(noteSchema, { title: 'T', aliases: 3 }),
        `${FILE}: front matter field "aliases": expected a list of old addresses, such as \`aliases: [/day1/old-name/]\` (found 3)`,
      );
    });

    test('rejects a list holding a number', () => {
      assert.match(rejects(noteSchema, { title: 'T', aliases: ['/a/', 7] }), /field "aliases[^"]*": expected .*\(found .*7.*\)/);
    });
  });

  test('keeps keys the schema does not know, as Hugo notes carry them', () => {
    const data = accepts(noteSchema, { title: 'T', author: 'Someone', description: 'About it', slides: { url: 'https://example.com' } });
    assert.equal(data.author, 'Someone');
    assert.equal(data.description, 'About it');
    assert.deepEqual(data.slides, { url: 'https://example.com' });
  });

  test('gives the full defaults for a note with only a title', () => {
    assert.deepEqual(accepts(noteSchema, { title: 'T' }), { title: 'T', weight: 0, tags: [], draft: false, aliases: [] });
  });

  test('reports every broken field, one line each', () => {
    const lines = rejects(noteSchema, { weight: 'abc', tags: 42 }).split('\n');
    assert.equal(lines.length, 3);
    assert.match(lines[0]!, /field "title"/);
    assert.match(lines[1]!, /field "weight"/);
    assert.match(lines[2]!, /field "tags"/);
    for (const line of lines) assert.ok(line.startsWith(`${FILE}: `), line);
  });

  test('rejects front matter that is not a set of fields', () => {
    assert.match(rejects(noteSchema, 'just a sentence'), /^content\/day1\/01_note\.md: front matter field "\(front matter\)": /);
  });
});

describe('section front matter (_index.md)', () => {
  test('needs a title, like a note', () => {
    assert.match(rejects(sectionSchema, { weight: 1 }), /field "title": required: a non-empty title/);
  });

  test('has weight 0 when left out, and rejects a fraction', () => {
    assert.equal(accepts(sectionSchema, { title: 'Day 1' }).weight, 0);
    assert.match(rejects(sectionSchema, { title: 'Day 1', weight: 1.5 }), /field "weight": expected a whole number/);
  });

  test('turns a date written as text into a date', () => {
    const { date } = accepts(sectionSchema, { title: 'Day 1', date: '2024-03-20' });
    assert.ok(date instanceof Date);
    assert.equal(date.toISOString(), '2024-03-20T00:00:00.000Z');
  });

  test('keeps a date YAML already read as a date', () => {
    const { date } = accepts(sectionSchema, { title: 'Day 1', date: new Date('2024-03-21T00:00:00Z') });
    assert.ok(date instanceof Date);
    assert.equal(date.toISOString(), '2024-03-21T00:00:00.000Z');
  });

  test('may leave out the date and the description', () => {
    const data = accepts(sectionSchema, { title: 'Day 3' });
    assert.equal(data.date, undefined);
    assert.equal(data.description, undefined);
  });

  test('rejects a date that is not a date, saying what one looks like', () => {
    assert.match(rejects(sectionSchema, { title: 'Day 1', date: 'next Tuesday' }), /field "date": expected a date, such as `date: 2024-03-20`/);
  });

  test(
    'quotes the text an author wrote when the date is not a date',
    () => {
      assert.match(rejects(sectionSchema, { title: 'Day 1', date: 'next Tuesday' }), /\(found "next Tuesday"\)/);
    },
  );

  test('rejects a description that is not text', () => {
    assert.match(rejects(sectionSchema, { title: 'Day 1', description: 42 }), /field "description": expected text \(found 42\)/);
  });

  test('keeps keys the schema does not know', () => {
    assert.equal(accepts(sectionSchema, { title: 'Day 1', venue: 'Paris' }).venue, 'Paris');
  });
});
