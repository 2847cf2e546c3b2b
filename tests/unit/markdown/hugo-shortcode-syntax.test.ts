import assert from 'node:assert/strict';
import { test } from 'node:test';
import { shortcodeTags, writtenTag } from '../../../src/markdown/hugo-shortcode-syntax.ts';

test('reads both delimiters, paired ends and self-closing tags, with their lines', () => {
  const source = 'a\n{{% notice info "Heads up" %}}\nb\n{{% /notice %}}\n{{< youtube id="x-1" />}}\n';
  const tags = shortcodeTags(source, []);
  assert.deepEqual(
    tags.map((tag) => ('unterminated' in tag ? 'unterminated' : [tag.name, tag.delimiter, tag.closing, tag.selfClosing, tag.line])),
    [
      ['notice', '%', false, false, 2],
      ['notice', '%', true, false, 4],
      ['youtube', '<', false, true, 5],
    ],
  );
  const [notice] = tags;
  assert.ok(notice && !('unterminated' in notice));
  assert.deepEqual(notice.positional, ['info', 'Heads up']);
  assert.equal(source.slice(notice.start, notice.end), '{{% notice info "Heads up" %}}');
});

test('reads named parameters in double quotes, backticks or bare, and escaped quotes', () => {
  const [tag] = shortcodeTags('{{< figure src="a b.png" alt="say \\"hi\\"" caption=`raw "text"` width=300 >}}', []);
  assert.ok(tag && !('unterminated' in tag));
  assert.deepEqual(tag.named, { src: 'a b.png', alt: 'say "hi"', caption: 'raw "text"', width: '300' });
});

test('skips tags that start in code, and reports a tag that never ends', () => {
  const source = '`{{< tweet 1 >}}` then {{< ref "x" >}} and {{< oops';
  const code = [{ start: 0, end: 17 }];
  const tags = shortcodeTags(source, code);
  assert.equal(tags.length, 2);
  assert.ok(!('unterminated' in tags[0]!) && tags[0]!.name === 'ref');
  assert.deepEqual(tags[1], { unterminated: true, delimiter: '<', start: source.indexOf('{{< oops'), line: 1 });
});

test('writes a tag as an author would', () => {
  assert.equal(writtenTag('notice', '%'), '{{% notice %}}');
  assert.equal(writtenTag('details', '<', true), '{{< /details >}}');
});
