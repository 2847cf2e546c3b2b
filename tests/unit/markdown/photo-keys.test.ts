// A photo's key comes from its contents; what a build learned about a photo
// is kept for the next build while the file stays the same, and learned
// again once it changes.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { PhotoKeys } from '../../../src/markdown/photo-keys.ts';

const dir = await mkdtemp(join(tmpdir(), 'photo-keys-'));
after(() => rm(dir, { recursive: true, force: true }));
const sha = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);

test('a photo is keyed by its contents', async () => {
  const photo = join(dir, 'a.jpg');
  await writeFile(photo, 'one');
  const keys = new PhotoKeys();
  assert.equal(await keys.of(photo), sha('one'));
  await writeFile(photo, 'two');
  assert.equal(await keys.of(photo), sha('two'));
});

test('its size is known only once learned, and only while the file is unchanged', async () => {
  const photo = join(dir, 'b.jpg');
  await writeFile(photo, 'one');
  const keys = new PhotoKeys();
  assert.equal(await keys.known(photo), undefined);
  assert.deepEqual(await keys.learn(photo, { width: 40, height: 30 }), { key: sha('one'), width: 40, height: 30 });
  assert.deepEqual(await keys.known(photo), { key: sha('one'), width: 40, height: 30 });
  await writeFile(photo, 'changed');
  assert.equal(await keys.known(photo), undefined);
  assert.equal(await keys.known(join(dir, 'missing.jpg')), undefined);
});

test('the next build starts with what this one learned, for the files it used', async () => {
  const store = join(dir, 'cache', 'keys.json');
  const [kept, changed, unused] = ['c.jpg', 'd.jpg', 'e.jpg'].map((name) => join(dir, name));
  for (const file of [kept!, changed!, unused!]) await writeFile(file, file);
  const first = new PhotoKeys(store);
  await first.learn(kept!, { width: 4000, height: 3000 });
  await first.learn(changed!, { width: 10, height: 10 });
  await first.learn(unused!, { width: 20, height: 20 });
  await first.save();
  assert.deepEqual(await new PhotoKeys(store).known(unused!), { key: sha(unused!), width: 20, height: 20 });
  await writeFile(changed!, 'new contents');
  const second = new PhotoKeys(store);
  assert.deepEqual(await second.known(kept!), { key: sha(kept!), width: 4000, height: 3000 });
  assert.equal(await second.known(changed!), undefined);
  assert.equal(await second.of(changed!), sha('new contents'));
  await second.save();
  // A file the second build did not use is not carried on.
  assert.equal(await new PhotoKeys(store).known(unused!), undefined);
});

test('a store that is not JSON is learned again, not an error', async () => {
  const store = join(dir, 'broken.json');
  await writeFile(store, '{"half');
  const photo = join(dir, 'f.jpg');
  await writeFile(photo, 'f');
  assert.equal(await new PhotoKeys(store).of(photo), sha('f'));
});
