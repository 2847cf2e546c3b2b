// The HTML a diagram becomes: a figure with the SVG in a horizontally
// scrolling frame, and the mermaid source in a collapsed <details>.
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { viewBoxSize } from '../dialog/full-size.ts';
import { diagramLabels } from './labels.ts';

// Very wide diagrams are not shrunk past this share of their natural size;
// the frame scrolls instead, so labels stay readable on a phone.
const minimumScale = 0.6;

/** Lets the SVG scale down with the column, keeping its aspect ratio. */
export function makeResponsive(svg: Element): void {
  const size = viewBoxSize(String(svg.properties.viewBox ?? ''));
  delete svg.properties.width;
  delete svg.properties.height;
  if (!size) {
    delete svg.properties.style;
    return;
  }
  const { width, height } = size;
  const round = (n: number) => Math.round(n * 100) / 100;
  svg.properties.style = `max-width: ${round(width)}px; min-width: ${round(width * minimumScale)}px; aspect-ratio: ${round(width)} / ${round(height)}`;
}

function sourceDetails(source: string): Element {
  return h('details.diagram-source', [h('summary', 'Diagram source'), h('pre', [h('code', source)])]);
}

/** Search indexes the diagram's labels (an attribute Pagefind reads) instead of its mermaid source. */
export function diagramFigure(svg: Element, source: string): Element {
  const labels = diagramLabels(svg);
  const searchText = labels ? { dataPagefindIndexAttrs: 'data-labels', dataLabels: labels } : {};
  const details = sourceDetails(source);
  details.properties.dataPagefindIgnore = '';
  return h('figure.diagram', searchText, [h('div.diagram-scroll', [svg]), details]);
}

/** errorMode 'inline': the error where the diagram would be, for `astro dev`. */
export function diagramErrorBox(message: string, source: string): Element {
  const children: ElementContent[] = [h('p', [h('strong', 'Diagram error: '), message]), sourceDetails(source)];
  return h('div.diagram-error', { role: 'alert' }, children);
}
