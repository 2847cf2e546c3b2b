// Turns mermaid's SVG string into the entry the cache keeps, and a cache
// entry into the markup of one occurrence on a page.
import { randomUUID } from 'node:crypto';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import { labelSvg } from './accessibility.ts';
import type { PageResult } from '../browser/render-page.ts';
import { type CachedDiagram, placeSvg } from '../cache.ts';
import { makeResponsive } from './figure.ts';
import { diagramLabels } from './labels.ts';
import { namespaceIds } from './namespace.ts';
import { sanitizeSvg } from './sanitize.ts';
import { makeIdsUnique } from './unique-ids.ts';
import { mapThemeColours } from '../theme/theme.ts';
import { fixLabelsOf } from './type-fixes.ts';
import { withoutUnusedRules } from './unused-styles.ts';

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
  visit(element, 'text', (node, _index, parent) => {
    if (parent?.type === 'element' && parent.tagName === 'style') node.value = withoutUnusedRules(node.value, element);
  });
  const minWidth = makeResponsive(element, smallestFontPx);
  labelSvg(element, diagramType);
  // Namespaced once, under a prefix nothing else in the markup can contain; each occurrence puts its own in its place.
  const prefixMark = `p${randomUUID().replaceAll('-', '')}`;
  namespaceIds(element, prefixMark);
  return {
    diagramType,
    markup: toHtml(element).split(prefixMark),
    name: String(element.properties.ariaLabel ?? 'Diagram'),
    labels: diagramLabels(element),
    minWidth,
  };
}

/** The same occurrence as hast, for a pipeline that compiles hast itself (MDX). */
export function placeSvgElement(entry: CachedDiagram, prefix: string): Element {
  return parseSvg(placeSvg(entry, prefix));
}
