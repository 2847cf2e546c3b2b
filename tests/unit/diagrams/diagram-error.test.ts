import assert from 'node:assert/strict';
import { test } from 'node:test';
import { diagramError } from '../../../src/diagrams/diagram-error.ts';

// mermaid 11's own messages, as its renderer returned them.
const flowchart = 'flowchart TD\n    a --> b\n    b -->> [oops\n';

test('a parse error names the line in the note and keeps mermaid\'s pointer and expectation', () => {
  const message = "Parse error on line 3:\n...   a --> b    b -->> [oops\n----------------------^\nExpecting 'AMP', 'COLON', got 'TAGEND'";
  assert.deepEqual(diagramError('parse', message, 8, flowchart), {
    line: 11,
    message: "mermaid could not parse line 3 of this diagram:\n...   a --> b    b -->> [oops\n----------------------^\nExpecting 'AMP', 'COLON', got 'TAGEND'",
  });
});

test('the newer parsers\' "line, column" form keeps the column', () => {
  const message = "Parsing failed:  Parse error on line 3, column 7: Expecting token of type ':' but found `2`.";
  assert.deepEqual(diagramError('parse', message, 20, 'pie\n  "a": 1\n  "b" 2\n'), {
    line: 23,
    message: "mermaid could not parse line 3, column 7 of this diagram:\nExpecting token of type ':' but found `2`.",
  });
  const lexer = 'Parsing failed: Lexer error on line 3, column 3: unexpected character: ->b<- at offset: 26, skipped 3 characters. ';
  assert.equal(diagramError('parse', lexer, 1, 'packet-beta\n  0-15: "x"\n  bad\n').line, 4);
});

test('an error at the end of the diagram points at its last line, not past the fence', () => {
  const message = "Parse error on line 4:\n...owchart LR  A -->\n--------------------^\nExpecting 'AMP', got 'EOF'";
  assert.equal(diagramError('parse', message, 5, 'flowchart LR\n  A -->\n').line, 7);
});

test('an error without a line points at the fence', () => {
  assert.deepEqual(diagramError('parse', 'No diagram type detected matching given configuration for text: notadiagram\n x', 5, 'notadiagram\n x\n'), {
    line: 5,
    message: 'mermaid could not parse this diagram: No diagram type detected matching given configuration for text: notadiagram\n x',
  });
});
