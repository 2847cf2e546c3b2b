// A tag's URL segment: one per tag whatever its case or spacing, and never
// merging two tags that mean different things.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { tagSlug } from '../../../src/lib/tag-slug.ts';

describe('tagSlug', () => {
  test('gives one URL segment for every capitalisation and stray space', () => {
    for (const spelling of ['Platform', 'platform', 'platform ', ' PLATFORM', 'PlatForm']) {
      assert.equal(tagSlug(spelling), 'platform', JSON.stringify(spelling));
    }
  });

  test('joins words with a hyphen', () => {
    assert.equal(tagSlug('Service Mesh'), 'service-mesh');
  });

  test('collapses runs of spaces and tabs between words into one hyphen', () => {
    assert.equal(tagSlug('Service   Mesh'), 'service-mesh');
    assert.equal(tagSlug('Service \t Mesh'), 'service-mesh');
    assert.equal(tagSlug(' service mesh  '), 'service-mesh');
  });

  test('keeps letters outside ASCII', () => {
    assert.equal(tagSlug('Überwachung'), 'überwachung');
    assert.equal(tagSlug('観測'), '観測');
  });

  test('keeps hyphens and digits authors wrote', () => {
    assert.equal(tagSlug('eBPF-2024'), 'ebpf-2024');
  });

  test(
    'treats a tag typed with a combining accent (NFD) as the same tag as its precomposed form',
    () => {
      assert.equal(tagSlug('Überwachung'.normalize('NFD')), tagSlug('Überwachung'.normalize('NFC')));
    },
  );

  test(
    'keeps tags apart that differ in more than case or spacing',
    () => {
      assert.notEqual(tagSlug('C++'), tagSlug('C'));
      assert.notEqual(tagSlug('C#'), tagSlug('C'));
    });

    test('spells out # so the tag page can be opened from any static server, where %23 would be decoded to #', () => {
      assert.equal(tagSlug('C#'), 'c-sharp');
      assert.equal(tagSlug('F# and .NET'), 'f-sharp-and-.net');
      assert.doesNotMatch(tagSlug('#hashtag'), /#/);
    },
  );

  test('turns a slash into a hyphen, so the tag stays one URL segment', () => {
    assert.equal(tagSlug('CI/CD'), 'ci-cd');
  });
});
