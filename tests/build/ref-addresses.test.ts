// A `ref` shortcode renders as the URL of the note it names. Astro keeps the
// rendered notes between builds (its content store, in the cache folder) and
// renders a note again only when it changes; the note holding the ref does
// not change when the note it names gets a new slug, yet its link must
// follow, or the published site links to an address that no longer exists.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { select } from 'hast-util-select';
import { writeTree } from '../unit/write-tree.ts';
import { buildSite, removeBuilds } from './astro-build.ts';
import { builtPage, mainOf } from './html.ts';

const notes = mkdtempSync(join(tmpdir(), 'ref-addresses-'));
after(() => rmSync(notes, { recursive: true, force: true }));
after(removeBuilds);

const keynote = (slug: string) => `---\ntitle: The keynote\nweight: 1\nslug: ${slug}\n---\n\nOpening words.\n`;

test('the next build with the same cache: a ref follows the note it names to its new slug', async () => {
  await writeTree(notes, {
    'day1/_index.md': '---\ntitle: Day 1\nweight: 1\n---\n',
    'day1/01_keynote.md': keynote('opening'),
    'day1/02_recap.md': '---\ntitle: The recap\nweight: 2\n---\n\nAs said in [the keynote]({{< ref "01_keynote.md" >}}).\n',
  });
  const first = await buildSite(notes);
  assert.equal(first.status, 0, first.output);
  const link = (build: typeof first) => select('.prose a', mainOf(builtPage(build, '/day1/02_recap/')))?.properties.href;
  assert.equal(link(first), '/day1/opening/');

  await writeTree(notes, { 'day1/01_keynote.md': keynote('welcome') });
  // The same output folder, and so the same cache and content store.
  const second = await buildSite(notes, { env: { OUT_DIR: first.outDir } });
  assert.equal(second.status, 0, second.output);
  assert.equal(link({ ...second, outDir: first.outDir }), '/day1/welcome/');
});
