// Turns mermaid's SVG string into the entry the cache keeps, and a cache
// entry into the hast of one occurrence on a page.
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { labelSvg } from './accessibility.ts';
import type { PageResult } from '../browser/render-page.ts';
import type { CachedDiagram } from '../cache.ts';
import { makeResponsive } from './figure.ts';
import { namespaceIds } from './namespace.ts';
import { sanitizeSvg } from './sanitize.ts';
import { makeIdsUnique } from './unique-ids.ts';
import { mapThemeColours } from '../theme/theme.ts';
import { fixLabelsOf } from './type-fixes.ts';

function parseSvg(svg: string): Element {
  const root: Root = fromHtml(svg, { fragment: true });
  const element = root.children.find((child): child is Element => child.type === 'element' && child.tagName === 'svg');
  if (!element) throw new Error('mermaid returned no <svg>');
  return element;
}

// mermaid writes coordinates to 16 digits; a hundredth of a pixel is plenty.
// This alone saves about 1.9 kB per diagram on the benchmark corpus. SVGO
// saves more (8.9 kB) but cost 22 ms per diagram on the main thread, which
// made a cold build of 400 diagrams 6 s slower.
function roundNumbers(value: string): string {
  return value.replace(/(\d\.\d{2})\d+/g, '$1');
}

/** Sanitize, theme, size and label a fresh render. */
export function finishSvg({ svg, diagramType, smallestFontPx, drawnViewBox }: Omit<Extract<PageResult, { ok: true }>, 'ok'>): CachedDiagram {
  const element = parseSvg(svg);
  if (drawnViewBox) element.properties.viewBox = drawnViewBox;
  sanitizeSvg(element);
  makeIdsUnique(element);
  visit(element, (node, _index, parent) => {
    if (node.type === 'text' && parent?.type === 'element' && parent.tagName === 'style') node.value = mapThemeColours(node.value);
    if (node.type !== 'element') return;
    for (const [key, value] of Object.entries(node.properties)) {
      if (typeof value === 'string') node.properties[key] = key.startsWith('aria') ? value : roundNumbers(mapThemeColours(value));
    }
  });
  fixLabelsOf(diagramType, element);
  const minWidth = makeResponsive(element, smallestFontPx);
  labelSvg(element, diagramType);
  // Positions point into mermaid's output, which no one reads; they would only bloat the cache.
  visit(element, (node) => {
    delete node.position;
  });
  return { diagramType, svg: element, minWidth };
}

/** One occurrence of a cached diagram, with ids unique under `prefix`. */
export function placeSvg(entry: CachedDiagram, prefix: string): Element {
  // A copy: the same entry can be placed twice on one page.
  const element = structuredClone(entry.svg);
  sanitizeSvg(element); // Cheap, and covers a cache file edited by hand.
  namespaceIds(element, prefix);
  return element;
}
