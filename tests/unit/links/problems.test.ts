// The problems `npm run check` and the build report about notes, each at the
// file (and line) an author opens to fix it: broken links in published notes,
// front matter that does not fit, in notes and sections alike, and two pages
// (or an alias and a page) at one address, with the exact message an author reads.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sectionTree } from '../../../src/lib/sections.ts';
import { type Address, type Collision, siteAddresses } from '../../../src/lib/site-addresses.ts';
import { tagIndex } from '../../../src/lib/tags.ts';
import type { Note } from '../../../src/lib/types.ts';
import { collisionProblems, frontMatterProblems, linkProblems, sectionFileProblems, shortcodeProblems } from '../../../src/links/problems.ts';
import type { SiteTargets } from '../../../src/links/resolve.ts';
import type { NoteSource, NoteSources, SectionSource } from '../../../src/links/sources.ts';

function noteSource(id: string, fields: Partial<NoteSource> & { draft?: boolean } = {}): NoteSource {
  const { draft = false, ...rest } = fields;
  return {
    file: `notes/${id}.md`,
    id,
    path: `/${id}/`,
    data: { title: id, weight: 0, tags: [], draft, aliases: [] },
    frontMatterProblems: [],
    links: [],
    headings: new Set(),
    diagrams: [],
    shortcodeProblems: [],
    syntaxProblems: [],
    images: [],
    ...rest,
  };
}

function sectionSource(path: string, fields: Partial<SectionSource> = {}): SectionSource {
  return { file: `notes/${path}/_index.md`, id: `${path}/_index`, data: { title: path, weight: 0 }, frontMatterProblems: [], ...fields };
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
      sections: [],
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
      sections: [],
    };
    assert.deepEqual(
      linkProblems(sources, targets).map(({ file, line }) => `${file}:${line}`),
      ['notes/day1/02_broken.md:4', 'notes/day1/02_broken.md:9'],
    );
  });

  test('ignores links in drafts, which are not published', () => {
    const sources: NoteSources = { notes: [noteSource('day1/03_draft', { draft: true, links: [{ href: '/nowhere/', line: 5 }] })], sections: [] };
    assert.deepEqual(linkProblems(sources, targets), []);
  });

  test('ignores links in a note whose front matter is invalid, which front matter problems already report', () => {
    const sources: NoteSources = {
      notes: [noteSource('day1/04_invalid', { data: undefined, links: [{ href: '/nowhere/', line: 5 }] })],
      sections: [],
    };
    assert.deepEqual(linkProblems(sources, targets), []);
  });
});

describe('shortcodeProblems', () => {
  test('reports the shortcode problems of every note with their file and line, drafts included, as the build renders them too', () => {
    const problem = { line: 7, message: 'unknown Hugo shortcode "tweet"' };
    const sources: NoteSources = {
      notes: [noteSource('day1/talk', { shortcodeProblems: [problem] }), noteSource('day1/draft', { draft: true, shortcodeProblems: [problem] })],
      sections: [],
    };
    assert.deepEqual(shortcodeProblems(sources), [
      { file: 'notes/day1/talk.md', ...problem },
      { file: 'notes/day1/draft.md', ...problem },
    ]);
  });
});

describe('frontMatterProblems', () => {
  test('lists the problems of notes and of sections’ _index.md, each with its file, and its line when known', () => {
    const sources: NoteSources = {
      notes: [
        noteSource('day1/01_fine'),
        noteSource('day1/02_untitled', { data: undefined, frontMatterProblems: [{ message: 'front matter field "title": required: a non-empty title' }] }),
        noteSource('day1/05_yaml', { data: undefined, frontMatterProblems: [{ line: 3, message: 'the front matter is not valid YAML: bad' }] }),
      ],
      sections: [
        sectionSource('day1'),
        sectionSource('day2', { data: undefined, frontMatterProblems: [{ message: 'front matter field "weight": expected a whole number' }] }),
      ],
    };
    assert.deepEqual(frontMatterProblems(sources), [
      { file: 'notes/day1/02_untitled.md', message: 'front matter field "title": required: a non-empty title' },
      { file: 'notes/day1/05_yaml.md', line: 3, message: 'the front matter is not valid YAML: bad' },
      { file: 'notes/day2/_index.md', message: 'front matter field "weight": expected a whole number' },
    ]);
  });

  test('is empty when every note and section is valid', () => {
    assert.deepEqual(frontMatterProblems({ notes: [noteSource('day1/01_fine')], sections: [sectionSource('day1')] }), []);
  });
});

const page = (owner: string): Address => ({ owner, anchors: new Set(), alias: false, builtIn: false });
const alias = (owner: string): Address => ({ owner, anchors: new Set(), alias: true, builtIn: false });
const builtIn = (owner: string): Address => ({ owner, anchors: new Set(), alias: false, builtIn: true });

/** The problems for notes that know their file, laid out as the link checker lays out the site. */
function problemsFor(notes: readonly (Note & { file: string })[], folder = 'notes') {
  const collisions = siteAddresses(sectionTree([], notes), tagIndex(notes), {
    headings: () => new Set(),
    file: (note) => note.file,
    sectionFile: (section) => `${folder}/${section.path}/`,
  }).collisions;
  return collisionProblems(collisions);
}

const fileNote = (file: string, id: string, aliases: string[] = []) => ({ id, file, data: { title: id, weight: 0, tags: [], draft: false, aliases } });

describe('collisionProblems', () => {
  test('reports two pages at one address on the first file, naming the other, and says how to fix it', () => {
    const collision: Collision = { path: '/day1/01_talk/', first: page('notes/day1/01_Talk.md'), second: page('notes/day1/01_talk.md') };
    assert.deepEqual(collisionProblems([collision]), [
      {
        file: 'notes/day1/01_Talk.md',
        message: 'has the URL /day1/01_talk/ of notes/day1/01_talk.md too; rename one of them, or give one a different slug',
      },
    ]);
  });

  test('reports two notes at one address on the file first in code-point order, whatever order they were read in', () => {
    const expected = [
      {
        file: 'notes/day1/01_talk.md',
        message: 'has the URL /day1/01_talk/ of notes/day1/01_talk.mdx too; rename one of them, or give one a different slug',
      },
    ];
    assert.deepEqual(problemsFor([fileNote('notes/day1/01_talk.md', 'day1/01_talk'), fileNote('notes/day1/01_talk.mdx', 'day1/01_talk')]), expected);
    assert.deepEqual(problemsFor([fileNote('notes/day1/01_talk.mdx', 'day1/01_talk'), fileNote('notes/day1/01_talk.md', 'day1/01_talk')]), expected);
  });

  test('reports a page bundle and a file of the same name on the file first in code-point order', () => {
    assert.deepEqual(problemsFor([fileNote('notes/day1/03_talk/index.md', 'day1/03_talk'), fileNote('notes/day1/03_talk.md', 'day1/03_talk')]), [
      {
        file: 'notes/day1/03_talk.md',
        message: 'has the URL /day1/03_talk/ of notes/day1/03_talk/index.md too; rename one of them, or give one a different slug',
      },
    ]);
  });

  test('reports an alias that is the URL of a page on the note that has the alias, naming the page’s file', () => {
    const expected = [{ file: 'notes/day1/01_moved.md', message: 'its alias /day1/02_fine/ is the URL of notes/day1/02_fine.md; an alias must be an address no page has' }];
    // The alias's note first in code-point order, and last.
    assert.deepEqual(collisionProblems([{ path: '/day1/02_fine/', first: alias('notes/day1/01_moved.md'), second: page('notes/day1/02_fine.md') }]), expected);
    assert.deepEqual(
      collisionProblems([{ path: '/x/', first: page('notes/a.md'), second: alias('notes/b.md') }]),
      [{ file: 'notes/b.md', message: 'its alias /x/ is the URL of notes/a.md; an alias must be an address no page has' }],
    );
    assert.deepEqual(
      problemsFor([fileNote('notes/day1/02_fine.md', 'day1/02_fine'), fileNote('notes/day1/01_moved.md', 'day1/01_moved', ['/day1/02_fine/'])]),
      expected,
    );
    assert.deepEqual(
      problemsFor([fileNote('notes/day1/01_fine.md', 'day1/01_fine'), fileNote('notes/day1/02_moved.md', 'day1/02_moved', ['01_Fine'])]),
      [{ file: 'notes/day1/02_moved.md', message: 'its alias /day1/01_fine/ is the URL of notes/day1/01_fine.md; an alias must be an address no page has' }],
    );
  });

  test('reports an alias onto a page the site makes itself on the alias’s note', () => {
    assert.deepEqual(collisionProblems([{ path: '/tags/', first: alias('notes/day1/01_a.md'), second: builtIn('the tag index') }]), [
      { file: 'notes/day1/01_a.md', message: 'its alias /tags/ is the URL of the tag index; an alias must be an address no page has' },
    ]);
  });

  test('reports two notes with the same alias once, on the note first in code-point order', () => {
    const [problem, ...rest] = problemsFor([fileNote('notes/day2/01_b.md', 'day2/01_b', ['/old/']), fileNote('notes/day1/01_a.md', 'day1/01_a', ['/old/'])]);
    assert.deepEqual(rest, []);
    assert.equal(problem!.file, 'notes/day1/01_a.md');
    assert.equal(problem!.message, 'its alias /old/ is an alias of notes/day2/01_b.md too; an address can lead to one note only');
  });

  test('never makes a built-in page, such as the tag index, the problem’s file', () => {
    const message = 'has the URL /tags/ of the tag index too; rename one of them, or give one a different slug';
    // Whichever of the two comes first in code-point order.
    assert.deepEqual(collisionProblems([{ path: '/tags/', first: builtIn('the tag index'), second: page('x/tags/') }]), [{ file: 'x/tags/', message }]);
    assert.deepEqual(collisionProblems([{ path: '/tags/', first: page('notes/tags/'), second: builtIn('the tag index') }]), [
      { file: 'notes/tags/', message: 'has the URL /tags/ of the tag index too; rename one of them, or give one a different slug' },
    ]);
    assert.deepEqual(problemsFor([fileNote('x/tags/01_x.md', 'tags/01_x')], 'x'), [{ file: 'x/tags/', message }]);
  });

  test('reports one problem per collision, and none without', () => {
    assert.deepEqual(collisionProblems([]), []);
    const two: Collision[] = [
      { path: '/a/', first: page('notes/a.md'), second: page('notes/a.mdx') },
      { path: '/b/', first: alias('notes/c.md'), second: page('notes/b.md') },
    ];
    assert.deepEqual(
      collisionProblems(two).map((problem) => problem.file),
      ['notes/a.md', 'notes/c.md'],
    );
  });
});

describe('sectionFileProblems', () => {
  test('a folder with both an _index.md and an _index.mdx is reported at the second, naming the first', () => {
    const sources: NoteSources = {
      notes: [],
      sections: [
        sectionSource('day1', { file: 'notes/day1/_index.md' }),
        sectionSource('day1', { file: 'notes/day1/_index.mdx' }),
        sectionSource('day2', { file: 'notes/day2/_index.mdx' }),
      ],
    };
    assert.deepEqual(sectionFileProblems(sources), [
      { file: 'notes/day1/_index.mdx', message: 'describes the same section as notes/day1/_index.md; keep one of the two' },
    ]);
  });
});
