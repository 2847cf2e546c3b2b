import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type RefPage, resolveRef } from '../../../src/links/refs.ts';

const pages: RefPage[] = [
  { entry: 'day1/01_keynote.md', path: '/day1/01_keynote/' },
  { entry: 'day1/02_bundle/index.md', path: '/day1/02_bundle/' },
  { entry: 'day2/01_keynote.md', path: '/day2/01_keynote/' },
  { entry: 'day2/03_renamed.md', path: '/day2/ambient/' },
  { entry: 'day2/workshops/01_ebpf.md', path: '/day2/workshops/01_ebpf/' },
  { entry: 'day2/_index.md', path: '/day2/' },
];
const from = pages[2]!;

test('a path from the notes folder, with or without extension, finds the note, bundle or section', () => {
  assert.deepEqual(resolveRef('/day1/01_keynote.md', from, pages), { url: '/day1/01_keynote/' });
  assert.deepEqual(resolveRef('/day1/02_bundle', from, pages), { url: '/day1/02_bundle/' });
  assert.deepEqual(resolveRef('/day2', from, pages), { url: '/day2/' });
});

test('a relative path is found beside the note first, then anywhere by its unique name; a slug gives the URL', () => {
  assert.deepEqual(resolveRef('01_keynote.md', from, pages), { url: '/day2/01_keynote/' });
  assert.deepEqual(resolveRef('03_renamed.md#history', from, pages), { url: '/day2/ambient/#history' });
  assert.deepEqual(resolveRef('01_ebpf', pages[0]!, pages), { url: '/day2/workshops/01_ebpf/' });
  assert.deepEqual(resolveRef('workshops/01_ebpf.md', from, pages), { url: '/day2/workshops/01_ebpf/' });
});

test('an anchor alone stays on the note', () => {
  assert.deepEqual(resolveRef('#setup', from, pages), { url: '/day2/01_keynote/#setup' });
});

test('a missing note names the nearest one, and an ambiguous name both', () => {
  assert.deepEqual(resolveRef('/day2/workshops/01_ebfp.md', from, pages), { problem: 'ref "/day2/workshops/01_ebfp.md" names no note; the nearest note is day2/workshops/01_ebpf.md' });
  assert.deepEqual(resolveRef('01_keynote', pages[4]!, pages), {
    problem: 'ref "01_keynote" could be day1/01_keynote.md or day2/01_keynote.md; write the path from the notes folder, such as "/day1/01_keynote.md"',
  });
});
