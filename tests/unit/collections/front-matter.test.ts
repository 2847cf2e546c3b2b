// A note's front matter, read as Hugo reads it: YAML between `---` lines, TOML
// between `+++` lines, or a JSON object opening the file. The build and
// `npm run check` both read notes with parseSource, so protected here: the
// data each kind gives; a body whose lines sit at the same line numbers as in
// the file (every link, heading and diagram message names a line); Windows
// line ends and a byte-order mark; and the message, with its line where one
// is known, for an empty file and front matter that cannot be read.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type ParsedSource, parseSource } from '../../../src/collections/front-matter.ts';

function parsed(contents: string): Extract<ParsedSource, { ok: true }> {
  const result = parseSource(contents);
  assert.ok(result.ok, `expected the front matter to be read, got: ${JSON.stringify(result)}`);
  return result;
}

function failed(contents: string): Extract<ParsedSource, { ok: false }> {
  const result = parseSource(contents);
  assert.ok(!result.ok, `expected the front matter to be rejected, got: ${JSON.stringify(result)}`);
  return result;
}

/** The fields as plain data: TOML's come in an object without a prototype. */
const fields = (contents: string) => ({ ...parsed(contents).data });

/** The 1-based line of the first line of `text` holding `needle`. */
function lineOf(text: string, needle: string): number {
  const index = text.split(/\r?\n/).findIndex((line) => line.includes(needle));
  assert.notEqual(index, -1, `${needle} is not in the text`);
  return index + 1;
}

/** Checks that the body's lines are where they are in the file, by the line of `needle` in each. */
function assertSameLine(file: string, body: string, needle: string): void {
  assert.equal(lineOf(body, needle), lineOf(file, needle), `"${needle}" moved from line ${lineOf(file, needle)} to line ${lineOf(body, needle)}`);
}

describe('parseSource: YAML', () => {
  const file = '---\ntitle: Opening keynote\nweight: 2\ntags: [platform, mesh]\n---\n\nFirst body line.\n\n## A heading\n';

  test('reads the fields between the --- lines', () => {
    assert.deepEqual(parsed(file).data, { title: 'Opening keynote', weight: 2, tags: ['platform', 'mesh'] });
  });

  test('keeps the body on the lines it has in the file, the front matter’s lines left blank', () => {
    const { body } = parsed(file);
    assertSameLine(file, body, 'First body line.');
    assertSameLine(file, body, '## A heading');
    assert.equal(body.trim(), 'First body line.\n\n## A heading');
  });

  test('reads an unquoted date as a date', () => {
    const { data } = parsed('---\ntitle: T\ndate: 2024-03-20\n---\n');
    assert.ok(data.date instanceof Date);
    assert.equal(data.date.toISOString(), '2024-03-20T00:00:00.000Z');
  });

  test('reads empty front matter as no fields', () => {
    assert.deepEqual(parsed('---\n---\n\nBody.\n').data, {});
  });
});

describe('parseSource: TOML', () => {
  const file = '+++\ntitle = "TOML talk"\nweight = 3\ntags = ["platform"]\n+++\n\nFirst body line.\n';

  test('reads the fields between the +++ lines', () => {
    assert.deepEqual(fields(file), { title: 'TOML talk', weight: 3, tags: ['platform'] });
  });

  test('keeps the body on the lines it has in the file', () => {
    assertSameLine(file, parsed(file).body, 'First body line.');
  });

  test('reads a date as a date', () => {
    const { data } = parsed('+++\ntitle = "T"\ndate = 2024-03-20\n+++\n');
    assert.ok(data.date instanceof Date);
    assert.equal(data.date.getTime(), Date.UTC(2024, 2, 20));
  });
});

describe('parseSource: JSON', () => {
  const file = '{\n  "title": "JSON talk",\n  "weight": 4,\n  "tags": ["platform"]\n}\n\nFirst body line.\n\n[a link](/day1/)\n';

  test('reads the object that opens the file', () => {
    assert.deepEqual(parsed(file).data, { title: 'JSON talk', weight: 4, tags: ['platform'] });
  });

  test('keeps the body on the lines it has in the file, the object’s lines left blank', () => {
    const { body } = parsed(file);
    assertSameLine(file, body, 'First body line.');
    assertSameLine(file, body, '[a link](/day1/)');
    assert.doesNotMatch(body, /JSON talk/);
  });

  test('keeps a body that starts right after the closing brace on its line', () => {
    const tight = '{\n  "title": "T"\n}\nFirst body line.\n';
    assertSameLine(tight, parsed(tight).body, 'First body line.');
  });

  test('rejects a syntax error, saying the front matter is not valid JSON and why', () => {
    const { message } = failed('{\n  "title": "T",\n}\n\nBody.\n');
    assert.match(message, /^the front matter is not valid JSON: \S/);
  });

  test('rejects an array, asking for an object', () => {
    assert.deepEqual(failed('[\n  "platform",\n  "mesh"\n]\n\nBody.\n'), {
      ok: false,
      message: 'the JSON front matter is not an object; write it as { "title": "…" }',
    });
  });

  test('reads an empty object as no fields', () => {
    assert.deepEqual(parsed('{\n}\n\nBody.\n').data, {});
  });
});

describe('parseSource: what is not front matter', () => {
  test('reads a Markdown file that starts with a link as a body without front matter, not as JSON', () => {
    const file = '[link](x)\n\nText.\n';
    const { data, body } = parsed(file);
    assert.deepEqual(data, {});
    assert.equal(body, file);
  });

  test('reads plain text as a body without front matter', () => {
    assert.deepEqual(parsed('Just text.\n'), { ok: true, data: {}, body: 'Just text.\n' });
  });
});

describe('parseSource: line ends and byte-order marks', () => {
  test('reads YAML with Windows line ends, the body on its lines', () => {
    const file = '---\r\ntitle: Windows\r\nweight: 1\r\n---\r\n\r\nFirst body line.\r\n';
    const { data, body } = parsed(file);
    assert.deepEqual(data, { title: 'Windows', weight: 1 });
    assertSameLine(file, body, 'First body line.');
    assert.doesNotMatch(body, /\r/);
  });

  test('reads TOML and JSON with Windows line ends', () => {
    assert.deepEqual(fields('+++\r\ntitle = "T"\r\n+++\r\n'), { title: 'T' });
    const json = '{\r\n  "title": "J"\r\n}\r\n\r\nFirst body line.\r\n';
    assert.deepEqual(parsed(json).data, { title: 'J' });
    assertSameLine(json, parsed(json).body, 'First body line.');
  });

  test('reads a file that starts with a byte-order mark, as editors on Windows save it', () => {
    const file = '\uFEFF---\ntitle: With BOM\n---\n\nFirst body line.\n';
    const { data, body } = parsed(file);
    assert.deepEqual(data, { title: 'With BOM' });
    assertSameLine(file, body, 'First body line.');
    assert.deepEqual(parsed('\uFEFF{\n  "title": "J"\n}\n').data, { title: 'J' });
    assert.deepEqual(fields('\uFEFF+++\ntitle = "T"\n+++\n'), { title: 'T' });
  });
});

describe('parseSource: files that cannot be read', () => {
  const emptyMessage = 'the file is empty; a note starts with front matter holding at least its title';

  test('rejects an empty file, saying what a note starts with', () => {
    assert.deepEqual(parseSource(''), { ok: false, message: emptyMessage });
  });

  test('rejects a file of only blank lines, or only a byte-order mark, as empty', () => {
    assert.deepEqual(parseSource('  \n\n\t\n'), { ok: false, message: emptyMessage });
    assert.deepEqual(parseSource('\uFEFF'), { ok: false, message: emptyMessage });
    assert.deepEqual(parseSource('\r\n\r\n'), { ok: false, message: emptyMessage });
  });

  test('reports a YAML mistake noticed on the next line at the line of the mistake', () => {
    const file = '---\ntitle: Broken\ntags: [a, b\nweight: 1\n---\n\nBody.\n';
    const { line, message } = failed(file);
    assert.match(message, /^the front matter is not valid YAML: /);
    assert.equal(line, lineOf(file, 'tags: [a, b'));
  });

  test('reports an unclosed YAML list on the last line of the front matter at its line', () => {
    const file = '---\ntitle: T\nweight: 1\ntags: [a\n---\n';
    assert.equal(failed(file).line, lineOf(file, 'tags: [a'));
  });

  test('reports a YAML mistake at the same line with Windows line ends', () => {
    const file = '---\r\ntitle: Broken\r\ntags: [a, b\r\nweight: 1\r\n---\r\n';
    assert.equal(failed(file).line, lineOf(file, 'tags: [a, b'));
  });

  test('reports a YAML mistake noticed on its own line at that line', () => {
    const indented = '---\ntitle: T\n  weight: 2\n---\n';
    assert.equal(failed(indented).line, lineOf(indented, '  weight: 2'));
    const colon = '---\ntitle: a: b\n---\n';
    assert.equal(failed(colon).line, lineOf(colon, 'title: a: b'));
  });

  test('reports a TOML mistake at the line of the mistake, in the message and the line', () => {
    const file = '+++\ntitle = "T"\nweight = = 3\n+++\n\nBody.\n';
    const { line, message } = failed(file);
    assert.match(message, /^the front matter is not valid TOML: /);
    assert.equal(line, lineOf(file, 'weight = = 3'));
    const later = '+++\ntitle = "T"\nweight = 1\nbad line\n+++\n';
    assert.equal(failed(later).line, lineOf(later, 'bad line'));
  });

  test('reports a TOML mistake at its line after a byte-order mark', () => {
    const file = '\uFEFF+++\ntitle = "T"\nweight = = 3\n+++\n';
    assert.equal(failed(file).line, lineOf(file, 'weight = = 3'));
  });

  test('gives each message on one line, as `file:line: message` needs', () => {
    for (const file of ['---\ntitle: Broken\ntags: [a, b\nweight: 1\n---\n', '+++\ntitle = "T"\nweight = = 3\n+++\n', '{\n  "title": "T",\n}\n', '[\n]\n', '']) {
      assert.doesNotMatch(failed(file).message, /\n/, JSON.stringify(file));
    }
  });
});

describe('parseSource, on files that only look like JSON', () => {
  test('reads a one-line JSON object as front matter', () => {
    const parsed = parseSource('{ "title": "One line" }\n\nBody.\n');
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.data, { title: 'One line' });
    assert.equal(parsed.body.split('\n')[2], 'Body.');
  });

  test('does not take a note that starts with a link, or a shortcode, for JSON', () => {
    for (const code of ['[a link](x) opens the note.\n\n]\n', '{{< youtube id="x" >}}\n\n}\n']) {
      const parsed = parseSource(code);
      assert.ok(parsed.ok, code);
      assert.deepEqual(parsed.data, {});
    }
  });

  test('names the line of a JSON syntax error', () => {
    const parsed = parseSource('{\n  "title": "T",\n}\n');
    assert.ok(!parsed.ok);
    assert.equal(parsed.line, 3);
  });

  test('refuses JSON front matter in an .mdx note, which MDX could not read', () => {
    const parsed = parseSource('{\n  "title": "T"\n}\n', 'mdx');
    assert.ok(!parsed.ok);
    assert.equal(parsed.message, 'an .mdx note takes YAML or TOML front matter; JSON front matter is for .md notes');
  });
});
