// Reads the pages a test build wrote the way a browser would: parsed into a
// hast tree (hast-util-from-html), searched with CSS selectors
// (hast-util-select), and read as text (hast-util-to-string).
import assert from 'node:assert/strict';
import type { Element, Nodes, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { type BuildResult, readPage } from './astro-build.ts';

/**
 * A page the build wrote (`/day1/` → `day1/index.html`), parsed; fails the test if it was not generated.
 * An HTML parser reads a literal carriage return as a line feed; each one is parsed as the character
 * reference `&#13;` instead, which it keeps, so a stray \r in the output stays visible to the tests.
 */
export function builtPage(build: BuildResult, sitePath: string): Root {
  const html = readPage(build.outDir, sitePath);
  assert.ok(html !== undefined, `${sitePath} was not generated`);
  return fromHtml(html.replaceAll('\r', '&#13;'));
}

/** The text of a node, trimmed of spaces and newlines only, so a stray BOM or \r stays visible. */
export function textOf(node: Nodes): string {
  return toString(node).replace(/^[ \t\n]+|[ \t\n]+$/g, '');
}

/** The page's <main>: its content without the header and the sidebar (which lists other notes). */
export function mainOf(page: Root): Element {
  const main = select('main', page);
  assert.ok(main, 'the page has no <main>');
  return main;
}

/** The text of the first <h1> inside the page's <main>. */
export function h1Of(page: Root): string {
  const h1 = select('h1', mainOf(page));
  assert.ok(h1, 'the page has no <h1>');
  return textOf(h1);
}

/** The element whose id is `id`. */
export function elementById(page: Root, id: string): Element {
  const element = selectAll('[id]', page).find((candidate) => candidate.properties.id === id);
  assert.ok(element, `the page has no element with id="${id}"`);
  return element;
}

/**
 * An attribute's value, by its hast property name (`href`, `content`, `dateTime`, `httpEquiv`);
 * a list such as `rel` joined with spaces; undefined if the element does not have it.
 */
export function attribute(element: Element, property: string): string | undefined {
  const value = element.properties[property];
  if (value === undefined || value === null || value === false) return undefined;
  if (value === true) return '';
  return Array.isArray(value) ? value.join(' ') : String(value);
}

/** The hrefs of the links in a node, in document order. */
export function hrefsIn(node: Nodes): string[] {
  return selectAll('a[href]', node).map((a) => attribute(a, 'href') ?? '');
}

/** The text of every link in a node, in document order. */
export function linkTextsIn(node: Nodes): string[] {
  return selectAll('a', node).map(textOf);
}

/** The content of the page's first `<meta name="…">` of that name; undefined if it has none. */
export function metaContent(page: Root, name: string): string | undefined {
  const meta = selectAll('meta', page).find((candidate) => attribute(candidate, 'name') === name);
  return meta && attribute(meta, 'content');
}
