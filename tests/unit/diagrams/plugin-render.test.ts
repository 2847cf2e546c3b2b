// Renders in a real Chromium: one browser for the whole file.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fromHtml } from 'hast-util-from-html';
import { matches, select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { DiagramRenderer } from '../../../src/diagrams/browser/renderer.ts';
import { rehypeMermaid } from '../../../src/diagrams/index.ts';
import { mapThemeColours } from '../../../src/diagrams/theme/theme.ts';
import { fence, idsIn, notePath, processMarkdown, testRenderer } from './process-markdown.ts';

const fixtures = new URL('../../fixtures/mermaid/', import.meta.url);
const { renderer, cacheDir } = testRenderer('render', 2);

// mermaid's diagram type id for each fixture, where it differs from the file name.
const typeOf: Record<string, string> = { flowchart: 'flowchart-v2', class: 'classDiagram', state: 'stateDiagram', quadrant: 'quadrantChart' };

// What a screen reader announces for each fixture, which has no accTitle of its own.
const spokenName: Record<string, string> = {
  architecture: 'Architecture diagram', block: 'Block diagram', c4: 'C4 diagram', class: 'Class diagram',
  er: 'Entity relationship diagram', flowchart: 'Flowchart diagram', gantt: 'Gantt chart', gitGraph: 'Git graph',
  journey: 'User journey diagram', kanban: 'Kanban board', mindmap: 'Mind map', packet: 'Packet diagram',
  pie: 'Pie chart', quadrant: 'Quadrant chart', radar: 'Radar chart', requirement: 'Requirement diagram',
  sankey: 'Sankey diagram', sequence: 'Sequence diagram', state: 'State diagram', timeline: 'Timeline',
  treemap: 'Treemap', xychart: 'XY chart',
};

test('every diagram type renders to a themed, labelled, script-free SVG', async () => {
  const names = readdirSync(fixtures).filter((file) => file.endsWith('.mmd')).map((file) => file.replace(/\.mmd$/, ''));
  assert.deepEqual(names.toSorted(), Object.keys(spokenName).toSorted());
  const sources = names.map((name) => readFileSync(new URL(`${name}.mmd`, fixtures), 'utf8'));
  const html = await Promise.all(sources.map((source) => processMarkdown(fence(source), { cacheDir, renderer })));
  html.forEach((page, i) => {
    const name = names[i]!;
    const tree = fromHtml(page, { fragment: true });
    const [figure, ...rest] = tree.children.filter((node) => node.type === 'element');
    assert.equal(rest.length, 0, `${name}: more than the figure`);
    assert.ok(figure && matches('figure.diagram', figure), `${name}: not a figure`);
    // The narrowest it may get with its labels still readable, for the CSS.
    assert.match(String(figure.properties.style), /^--diagram-min-width: \d+px$/, name);
    const svg = select(':scope > .diagram-scroll > svg', figure);
    assert.ok(svg, `${name}: no svg in the figure's scroll box`);
    assert.equal(svg.properties.role, 'img', name);
    assert.equal(svg.properties.ariaLabel, spokenName[name], name);
    assert.deepEqual(svg.properties.ariaRoleDescription, [typeOf[name] ?? name], name);
    // Sized by CSS, so it scales down to the column and keeps its shape.
    assert.match(String(svg.properties.style), /max-width: ?[\d.]+px; ?min-width: ?[\d.]+px; ?aspect-ratio: ?[\d.]+ ?\/ ?[\d.]+/, name);
    assert.equal(svg.properties.width, undefined, name);
    assert.equal(svg.properties.height, undefined, name);
    // Themed: every colour is a custom property that follows the page's theme.
    assert.equal(mapThemeColours(page), page, `${name}: a sentinel colour is left`);
    assert.match(page, /var\(--mm-/, name);
    assert.deepEqual(selectAll('script, foreignObject', svg), [], name);
    assert.doesNotMatch(page, /\son\w+=|javascript:/i, name);
    // The source the author wrote, folded beneath, and left out of the search index.
    const source = select(':scope > details.diagram-source[data-pagefind-ignore]', figure);
    assert.ok(source, `${name}: no folded source`);
    assert.equal(toString(select('summary', source)!), 'Diagram source', name);
    assert.equal(toString(select('pre > code', source)!).trim(), sources[i]!.trim(), name);
  });
});

test('the figure carries the labels a reader sees, for search, and hides the source from it', async () => {
  const page = await processMarkdown(fence('flowchart LR\n  client[Client pod] --> mesh{{Ambient mesh}}\n  mesh -->|mTLS tunnel| server[Client pod]'), { cacheDir, renderer });
  assert.match(page, /^<figure class="diagram" data-pagefind-index-attrs="data-labels" data-labels="([^"]+)" style="--diagram-min-width: \d+px">/);
  const labels = /data-labels="([^"]+)"/.exec(page)![1]!.split(', ');
  assert.deepEqual([...labels].sort(), ['Ambient mesh', 'Client pod', 'mTLS tunnel']);
  assert.match(page, /<details class="diagram-source" data-pagefind-ignore="">/);
});

test('two identical diagrams on a page share no id', async () => {
  const source = 'flowchart LR\n  A --> B\n  B --> C';
  const page = await processMarkdown(`${fence(source)}\n${fence(source)}\n${fence('sequenceDiagram\n  A->>B: hi')}`, { cacheDir, renderer });
  const ids = idsIn(page);
  assert.ok(ids.length > 10);
  assert.equal(new Set(ids).size, ids.length, 'duplicate ids');
  const svgIds = [...page.matchAll(/<svg id="([^"]+)"/g)].map((match) => match[1]!);
  assert.equal(svgIds.length, 3);
  // Each diagram's CSS is scoped to its own svg.
  for (const id of svgIds) assert.ok(page.includes(`#${id} `), id);
  assert.doesNotMatch(page, /#mmd[ .{]/);
});

test('accTitle and accDescr name the diagram', async () => {
  const page = await processMarkdown(fence('flowchart LR\n  accTitle: Build pipeline\n  accDescr: Source becomes SVG\n  A --> B'), { cacheDir, renderer });
  const labelledBy = /<svg[^>]*aria-labelledby="([^"]+)"/.exec(page)?.[1];
  assert.ok(labelledBy);
  assert.match(page, new RegExp(`<title id="${labelledBy}">Build pipeline</title>`));
  assert.match(page, /<desc id="[^"]+">Source becomes SVG<\/desc>/);
  assert.doesNotMatch(/<svg[^>]*>/.exec(page)![0], /aria-label=/);
});

test('HTML, script and click directives in a diagram end up as text', async () => {
  const source = [
    'flowchart LR',
    '  A["<script>alert(1)</script>"] --> B["<img src=x onerror=alert(2)>"]',
    '  C["<a href=\'javascript:alert(3)\'>x</a>"]',
    '  click A callback "tip"',
    '  click B "javascript:alert(4)"',
    '  click C href "javascript:alert(5)"',
  ].join('\n');
  const page = await processMarkdown(fence(source), { cacheDir, renderer });
  const svg = /<svg[\s\S]*<\/svg>/.exec(page)![0];
  assert.doesNotMatch(svg, /<script|<img|\son\w+=|javascript:/i);
});

test('a build whose diagrams are all cached launches no browser', async () => {
  const source = 'pie\n  "a": 1\n  "b": 2';
  await processMarkdown(fence(source), { cacheDir, renderer });
  const fresh = new DiagramRenderer({ concurrency: 1 });
  const page = await processMarkdown(fence(source), { cacheDir, renderer: fresh });
  assert.match(page, /<svg/);
  assert.equal(fresh.launches, 0);
});

test('a plugin instance given no rendering by its host renders with one of its own', async () => {
  const ownCache = mkdtempSync(join(tmpdir(), 'mermaid-own-'));
  after(() => rm(ownCache, { recursive: true, force: true }));
  const processor = unified().use(remarkParse).use(remarkRehype).use(rehypeMermaid, { cacheDir: ownCache }).use(rehypeStringify);
  const page = String(await processor.process(new VFile({ path: notePath, value: fence('pie\n  "own": 1') })));
  assert.match(page, /^<figure class="diagram"[^>]*><div class="diagram-scroll"[^>]*><svg/);
  assert.equal(readdirSync(ownCache).length, 1);
});
