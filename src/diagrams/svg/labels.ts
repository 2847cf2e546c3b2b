// The words a reader sees in a diagram. Pagefind does not index SVG text, so
// the figure carries them in an attribute it is told to index; search then
// finds a note by its diagram labels, and excerpts show labels, not syntax.
import type { Element } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

/** Each distinct label of the diagram once, in document order, joined by ", ". */
export function diagramLabels(svg: Element): string {
  const labels = new Set<string>();
  visit(svg, 'element', (node) => {
    if (node.tagName !== 'text') return;
    const label = toString(node).replace(/\s+/g, ' ').trim();
    if (label) labels.add(label);
    return 'skip';
  });
  return [...labels].join(', ');
}
