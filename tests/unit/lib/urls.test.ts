// Every link must work both at the site root and under a sub-path such as a
// GitHub Pages project site, and keep the Hugo site's URLs.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { absoluteUrl, editUrl, homePath, notePath, rssPath, sectionPath, tagIndexPath, tagPath, withBase } from '../../../src/lib/urls.ts';
import { tagSlug } from '../../../src/lib/tag-slug.ts';
import { note } from './entries.ts';

describe('withBase', () => {
  test('leaves paths alone at the site root', () => {
    assert.equal(withBase('/', '/'), '/');
    assert.equal(withBase('/', '/day1/'), '/day1/');
    assert.equal(withBase('/', '/favicon.svg'), '/favicon.svg');
  });

  test('prefixes paths with a sub-path base, without doubling the slash', () => {
    assert.equal(withBase('/kubecon24/', '/'), '/kubecon24/');
    assert.equal(withBase('/kubecon24/', '/day1/01_keynote/'), '/kubecon24/day1/01_keynote/');
    assert.equal(withBase('/kubecon24/', tagIndexPath), '/kubecon24/tags/');
  });

  test('accepts a base written without its trailing slash', () => {
    assert.equal(withBase('/kubecon24', '/day1/'), '/kubecon24/day1/');
  });
});

describe('site paths', () => {
  // What a reader sees in the address bar, at the root and under a sub-path.
  const underBoth = (path: string) => [withBase('/', path), withBase('/kubecon24/', path)];

  test('keep the Hugo URLs, each ending in a slash', () => {
    assert.deepEqual(underBoth(homePath), ['/', '/kubecon24/']);
    assert.deepEqual(underBoth(tagIndexPath), ['/tags/', '/kubecon24/tags/']);
    assert.deepEqual(underBoth(sectionPath('day2')), ['/day2/', '/kubecon24/day2/']);
    assert.deepEqual(underBoth(notePath(note('day2/11_sidecarless'))), ['/day2/11_sidecarless/', '/kubecon24/day2/11_sidecarless/']);
    assert.deepEqual(underBoth(tagPath('service-mesh')), ['/tags/service-mesh/', '/kubecon24/tags/service-mesh/']);
  });

  test('give a nested section and a nested note their whole folder path', () => {
    assert.equal(sectionPath('day2/workshops'), '/day2/workshops/');
    assert.equal(notePath(note('day2/workshops/01_hands_on')), '/day2/workshops/01_hands_on/');
  });

  test('make the root section the home page, and a note at the root a page of its own', () => {
    assert.deepEqual(underBoth(sectionPath('')), ['/', '/kubecon24/']);
    assert.deepEqual(underBoth(notePath(note('about'))), ['/about/', '/kubecon24/about/']);
  });

  test('percent-encode a tag outside ASCII, so the link is a valid URL', () => {
    const path = tagPath(tagSlug('Überwachung'));
    assert.equal(path, '/tags/%C3%BCberwachung/');
    assert.equal(decodeURIComponent(path), '/tags/überwachung/');
    assert.equal(withBase('/kubecon24/', path), '/kubecon24/tags/%C3%BCberwachung/');
  });
});

describe('absoluteUrl', () => {
  test('joins the site origin, the base and the path', () => {
    assert.equal(absoluteUrl('https://example.github.io', '/', '/day1/'), 'https://example.github.io/day1/');
    assert.equal(absoluteUrl(new URL('https://example.github.io'), '/kubecon24/', '/day1/01_keynote/'), 'https://example.github.io/kubecon24/day1/01_keynote/');
    assert.equal(absoluteUrl('https://example.github.io/', '/kubecon24/', rssPath), 'https://example.github.io/kubecon24/rss.xml');
  });
});

describe('editUrl', () => {
  test('opens the file on the branch in the repository\'s editor', () => {
    assert.equal(
      editUrl('https://github.com/kubecon-notes/kubecon24', 'main', 'content/day2/11_sidecarless.md'),
      'https://github.com/kubecon-notes/kubecon24/edit/main/content/day2/11_sidecarless.md',
    );
  });

  test('keeps the real path: another notes folder, .mdx, case; encodes each segment', () => {
    assert.equal(
      editUrl('https://github.com/o/r/', 'main', 'tests/fixtures/content/day2/01_MDX Note.mdx'),
      'https://github.com/o/r/edit/main/tests/fixtures/content/day2/01_MDX%20Note.mdx',
    );
    assert.equal(editUrl('https://github.com/o/r', 'main', 'content/day2/02_ü.md'), 'https://github.com/o/r/edit/main/content/day2/02_%C3%BC.md');
  });
});
