// The HTML a diagram becomes: a figure with the SVG in a horizontally
// scrolling frame, a hint shown while it scrolls, and the mermaid source in a
// collapsed <details>.
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { viewBoxSize } from '../dialog/full-size.ts';

/** The smallest a label may be drawn, in CSS px. */
export const readableFontPx = 11;

// A figure narrower than this can be on a 390 px phone; a wider one may
// scroll there, so its scroll container is focusable and named.
const phoneColumnPx = 340;

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * Lets the SVG scale with the column, keeping its aspect ratio, but never so
 * far down that its smallest label (`smallestFontPx` at the viewBox size)
 * drops below readableFontPx: past that the figure scrolls sideways. Returns
 * that narrowest width in px, 0 when the diagram may shrink freely.
 */
export function makeResponsive(svg: Element, smallestFontPx: number | null): number {
  const size = viewBoxSize(String(svg.properties.viewBox ?? ''));
  delete svg.properties.width;
  delete svg.properties.height;
  if (!size) {
    delete svg.properties.style;
    return 0;
  }
  const { width, height } = size;
  const minWidth = smallestFontPx ? Math.ceil((width * readableFontPx) / smallestFontPx) : 0;
  // A diagram whose labels are small even at its own size is drawn larger.
  const maxWidth = Math.max(width, minWidth);
  svg.properties.style = `max-width: ${round(maxWidth)}px; min-width: ${minWidth}px; aspect-ratio: ${round(width)} / ${round(height)}`;
  return minWidth;
}

function sourceDetails(source: string): Element {
  return h('details.diagram-source', [h('summary', 'Diagram source'), h('pre', [h('code', source)])]);
}

/** What a figure shows: the SVG (as hast, or a placeholder for its markup) and what the cache says of it. */
export interface FigureContent {
  svg: ElementContent;
  /** The diagram's accessible name. */
  name: string;
  /** Its labels, for search (labels.ts). */
  labels: string;
  /** From makeResponsive. */
  minWidth: number;
}

/**
 * Search indexes the diagram's labels (an attribute Pagefind reads) instead of
 * its mermaid source. `minWidth` sets when the hint beneath shows: only while
 * the figure is narrower than that, in CSS alone (diagram.css), so readers
 * need no script.
 */
export function diagramFigure({ svg, name, labels, minWidth }: FigureContent, source: string): Element {
  const searchText = labels ? { dataPagefindIndexAttrs: 'data-labels', dataLabels: labels } : {};
  const details = sourceDetails(source);
  details.properties.dataPagefindIgnore = '';
  // Arrow keys scroll a focused scroll container; a name says what it holds.
  const scrolls = minWidth > phoneColumnPx ? { tabIndex: 0, role: 'group', ariaLabel: `${name}, scrolls sideways` } : {};
  const hint = h('p.diagram-hint', { ariaHidden: 'true', dataPagefindIgnore: '' }, 'Scroll sideways to see the whole diagram →');
  return h('figure.diagram', { ...searchText, style: `--diagram-min-width: ${minWidth}px` }, [h('div.diagram-scroll', scrolls, [svg]), hint, details]);
}

/** errorMode 'inline': the error where the diagram would be, for `astro dev`. */
export function diagramErrorBox(message: string, source: string): Element {
  const children: ElementContent[] = [h('p', [h('strong', 'Diagram error: '), message]), sourceDetails(source)];
  return h('div.diagram-error', { role: 'alert' }, children);
}
