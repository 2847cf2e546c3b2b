import assert from 'node:assert/strict';
import { test } from 'node:test';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { rehypeTaskListLabels } from '../../../src/markdown/task-list-labels.ts';

const html = async (markdown: string) =>
  String(await unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeTaskListLabels).use(rehypeStringify).process(markdown));

const labels = (page: string) => [...page.matchAll(/<input [^>]*aria-label="([^"]*)"/g)].map((match) => match[1]);

test('each task checkbox is named by its item', async () => {
  const page = await html('- [x] Staging\n- [ ] Production *rollout*\n');
  assert.deepEqual(labels(page), ['Staging', 'Production rollout']);
  assert.equal((page.match(/<input /g) ?? []).length, 2);
});

test('a nested list does not leak into its parent item\'s name, and loose lists work too', async () => {
  const page = await html('- [ ] Ship\n\n  - [x] Build\n  - [ ] Test\n\n- [x] Plan\n');
  assert.deepEqual(labels(page), ['Ship', 'Build', 'Test', 'Plan']);
});

test('ordinary lists are left alone', async () => {
  const page = await html('- one\n- [link](https://example.com)\n');
  assert.doesNotMatch(page, /aria-label/);
});
