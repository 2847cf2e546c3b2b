// Readers see one tag per topic, however authors capitalise or space it, under
// the spelling authors use most.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { noteTagSlugs, notesByTag, tagIndex, tagsOf } from '../../../src/lib/tags.ts';
import { ids, note, permutations } from './entries.ts';

describe('noteTagSlugs', () => {
  test('lists a note’s tags once each, in the order the author wrote them', () => {
    assert.deepEqual(noteTagSlugs(note('d/n', { tags: ['Service Mesh', 'Platform', 'platform', 'service mesh'] })), [
      'service-mesh',
      'platform',
    ]);
  });
});

describe('tagIndex', () => {
  test('merges spellings that differ only in case or spacing into one tag', () => {
    const notes = [
      note('d/a', { tags: ['Platform'] }),
      note('d/b', { tags: ['platform'] }),
      note('d/c', { tags: ['platform '] }),
      note('d/d', { tags: ['Service  Mesh'] }),
      note('d/e', { tags: ['service mesh'] }),
    ];
    assert.deepEqual(
      tagIndex(notes).map(({ slug, count }) => ({ slug, count })),
      [
        { slug: 'platform', count: 3 },
        { slug: 'service-mesh', count: 2 },
      ],
    );
  });

  test('counts a note once for a tag it lists in two spellings', () => {
    const notes = [note('d/a', { tags: ['Platform', 'platform'] }), note('d/b', { tags: ['Platform'] })];
    assert.deepEqual(tagIndex(notes), [{ slug: 'platform', name: 'Platform', count: 2 }]);
  });

  test('names a tag by the spelling most notes use', () => {
    const notes = [
      note('d/a', { tags: ['Platform'] }),
      note('d/b', { tags: ['platform'] }),
      note('d/c', { tags: ['platform'] }),
    ];
    assert.equal(tagIndex(notes)[0]!.name, 'platform');
    const flipped = [
      note('d/a', { tags: ['Platform'] }),
      note('d/b', { tags: ['Platform'] }),
      note('d/c', { tags: ['platform'] }),
    ];
    assert.equal(tagIndex(flipped)[0]!.name, 'Platform');
  });

  test('counts a spelling once per note, so one note repeating it does not outvote two others', () => {
    const notes = [note('d/a', { tags: ['PLATFORM', 'PLATFORM', 'PLATFORM'] }), note('d/b', { tags: ['platform'] }), note('d/c', { tags: ['platform'] })];
    assert.equal(tagIndex(notes)[0]!.name, 'platform');
  });

  test('shows the spelling without the stray spaces authors typed', () => {
    const notes = [note('d/a', { tags: ['  Service   Mesh '] }), note('d/b', { tags: ['Service Mesh'] })];
    assert.deepEqual(tagIndex(notes), [{ slug: 'service-mesh', name: 'Service Mesh', count: 2 }]);
  });

  test('breaks a tie between spellings the same way whatever order the notes come in', () => {
    const notes = [
      note('d/a', { tags: ['Platform'] }),
      note('d/b', { tags: ['platform'] }),
      note('d/c', { tags: ['PLATFORM'] }),
    ];
    const names = new Set(permutations(notes).map((input) => tagIndex(input)[0]!.name));
    assert.equal(names.size, 1, `display names seen: ${[...names].join(', ')}`);
  });

  test('lists tags alphabetically by name, ignoring case', () => {
    const notes = [
      note('d/a', { tags: ['zebra', 'Observability', 'platform'] }),
      note('d/b', { tags: ['Apple', 'kubernetes', 'Überwachung'] }),
    ];
    assert.deepEqual(
      tagIndex(notes).map((tag) => tag.name),
      ['Apple', 'kubernetes', 'Observability', 'platform', 'Überwachung', 'zebra'],
    );
  });

  test('gives the same index whatever order the notes come in', () => {
    const notes = [
      note('d/a', { tags: ['Platform', 'Network'] }),
      note('d/b', { tags: ['network'] }),
      note('d/c', { tags: ['platform', 'eBPF'] }),
      note('d/d', { tags: [] }),
    ];
    const expected = tagIndex(notes);
    for (const input of permutations(notes)) assert.deepEqual(tagIndex(input), expected);
  });

  test('is empty when no note has tags', () => {
    assert.deepEqual(tagIndex([note('d/a'), note('d/b')]), []);
  });
});

describe('notesByTag', () => {
  const notes = [
    note('day2/01_z', { title: 'Zulu', weight: 1, tags: ['Platform'] }),
    note('day1/01_u', { title: 'Unweighted', tags: ['platform'] }),
    note('day1/02_b', { title: 'Beta', weight: 2, tags: ['platform '] }),
    note('day1/03_a', { title: 'Alpha', weight: 2, tags: ['Platform'] }),
    note('day1/04_x', { title: 'Untagged', weight: 1 }),
    note('day1/05_o', { title: 'Other', weight: 1, tags: ['Network'] }),
  ];

  test('returns every note carrying the tag in any spelling, in Hugo order', () => {
    assert.deepEqual(ids(notesByTag(notes).get('platform')!), ['day2/01_z', 'day1/03_a', 'day1/02_b', 'day1/01_u']);
  });

  test('lists each tag the notes carry, and no other', () => {
    assert.deepEqual([...notesByTag(notes).keys()].sort(), ['network', 'platform']);
    assert.deepEqual(ids(notesByTag(notes).get('network')!), ['day1/05_o']);
  });

  test('leaves the notes it was given in their order', () => {
    const before = ids(notes);
    notesByTag(notes);
    assert.deepEqual(ids(notes), before);
  });
});

describe('tagsOf', () => {
  test('shows a note’s tags under the index’s display names, in the author’s order, once each', () => {
    const notes = [
      note('d/a', { tags: ['platform', 'service mesh', 'Platform'] }),
      note('d/b', { tags: ['Platform', 'Service Mesh'] }),
      note('d/c', { tags: ['Platform', 'Service Mesh'] }),
    ];
    const index = tagIndex(notes);
    assert.deepEqual(tagsOf(notes[0]!, index), [
      { slug: 'platform', name: 'Platform', count: 3 },
      { slug: 'service-mesh', name: 'Service Mesh', count: 3 },
    ]);
  });

  test('is empty for a note without tags', () => {
    assert.deepEqual(tagsOf(note('d/a'), tagIndex([note('d/b', { tags: ['x'] })])), []);
  });
});
