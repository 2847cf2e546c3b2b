// The problems `npm run check` and the build report about notes, each at the
// file (and line) an author opens to fix it: broken links in published notes,
// and front matter that does not fit, in notes and days alike.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { frontMatterProblems, linkProblems } from '../../../src/links/problems.ts';
import type { SiteTargets } from '../../../src/links/resolve.ts';
import type { DaySource, NoteSource, NoteSources } from '../../../src/links/sources.ts';

function noteSource(id: string, fields: Partial<NoteSource> & { draft?: boolean } = {}): NoteSource {
  const { draft = false, ...rest } = fields;
  return {
    file: `notes/${id}.md`,
    id,
    path: `/${id}/`,
    data: { title: id, weight: 0, tags: [], draft },
    frontMatterProblems: [],
    links: [],
    headings: new Set(),
    diagrams: [],
    ...rest,
  };
}

function daySource(slug: string, fields: Partial<DaySource> = {}): DaySource {
  return { file: `notes/${slug}/_index.md`, id: `${slug}/_index`, data: { title: slug, weight: 0 }, frontMatterProblems: [], ...fields };
}

const targets: SiteTargets = {
  pages: new Map<string, ReadonlySet<string>>([
    ['/', new Set(['days', 'tags'])],
    ['/day1/', new Set()],
    ['/day1/01_fine/', new Set(['setup'])],
    ['/day1/02_broken/', new Set()],
  ]),
  drafts: new Set(['/day1/03_draft/']),
};

describe('linkProblems', () => {
  test('reports a broken link in a published note with its file and line', () => {
    const sources: NoteSources = {
      notes: [
        noteSource('day1/01_fine', { links: [{ href: '/day1/', line: 6 }] }),
        noteSource('day1/02_broken', { links: [{ href: '../01_fine/#setup', line: 3 }, { href: '/day1/01_fin/', line: 8 }] }),
      ],
      days: [],
    };
    assert.deepEqual(linkProblems(sources, targets), [
      { file: 'notes/day1/02_broken.md', line: 8, message: 'links to /day1/01_fin/, which does not exist; the nearest page is /day1/01_fine/' },
    ]);
  });

  test('reports every broken link of a note, a missing heading and a link to a draft included', () => {
    const sources: NoteSources = {
      notes: [
        noteSource('day1/02_broken', {
          links: [
            { href: '/day1/01_fine/#set-up', line: 4 },
            { href: '/day1/03_draft/', line: 9 },
          ],
        }),
      ],
      days: [],
    };
    assert.deepEqual(
      linkProblems(sources, targets).map(({ file, line }) => `${file}:${line}`),
      ['notes/day1/02_broken.md:4', 'notes/day1/02_broken.md:9'],
    );
  });

  test('ignores links in drafts, which are not published', () => {
    const sources: NoteSources = { notes: [noteSource('day1/03_draft', { draft: true, links: [{ href: '/nowhere/', line: 5 }] })], days: [] };
    assert.deepEqual(linkProblems(sources, targets), []);
  });

  test('ignores links in a note whose front matter is invalid, which front matter problems already report', () => {
    const sources: NoteSources = {
      notes: [noteSource('day1/04_invalid', { data: undefined, links: [{ href: '/nowhere/', line: 5 }] })],
      days: [],
    };
    assert.deepEqual(linkProblems(sources, targets), []);
  });
});

describe('frontMatterProblems', () => {
  test('lists the problems of notes and of days’ _index.md, each with its file, and its line when known', () => {
    const sources: NoteSources = {
      notes: [
        noteSource('day1/01_fine'),
        noteSource('day1/02_untitled', { data: undefined, frontMatterProblems: [{ message: 'front matter field "title": required: a non-empty title' }] }),
        noteSource('day1/05_yaml', { data: undefined, frontMatterProblems: [{ line: 3, message: 'the front matter is not valid YAML: bad' }] }),
      ],
      days: [
        daySource('day1'),
        daySource('day2', { data: undefined, frontMatterProblems: [{ message: 'front matter field "weight": expected a whole number' }] }),
      ],
    };
    assert.deepEqual(frontMatterProblems(sources), [
      { file: 'notes/day1/02_untitled.md', message: 'front matter field "title": required: a non-empty title' },
      { file: 'notes/day1/05_yaml.md', line: 3, message: 'the front matter is not valid YAML: bad' },
      { file: 'notes/day2/_index.md', message: 'front matter field "weight": expected a whole number' },
    ]);
  });

  test('is empty when every note and day is valid', () => {
    assert.deepEqual(frontMatterProblems({ notes: [noteSource('day1/01_fine')], days: [daySource('day1')] }), []);
  });
});
