// The HTML a diagram becomes: a figure with the SVG in a horizontally
// scrolling frame, and the mermaid source in a collapsed <details>.
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { viewBoxSize } from '../../lib/full-size.ts';
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

export const diagramLayoutCss = `.diagram { margin: 1.5rem 0; }
.diagram-scroll { overflow-x: auto; }
.diagram-scroll > svg { display: block; width: 100%; height: auto; margin-inline: auto; }
.diagram-source > summary { cursor: pointer; padding-block: 0.25rem; color: var(--text-muted, GrayText); font-size: 0.875rem; }
.diagram-source > pre { margin-top: 0.5rem; }
.diagram-error { margin: 1.5rem 0; padding: 0.75rem 1rem; border: 2px solid light-dark(#cf222e, #f85149); border-radius: 8px; background: light-dark(#ffebe9, #2d1416); }
.diagram-error > p { margin: 0 0 0.5rem; white-space: pre-wrap; }
`;
