// Gives every id in one diagram's SVG a prefix unique on the page, and
// rewrites every reference to it: url(#…), href="#…", aria-* id lists and the
// selectors of the diagram's own <style>, which mermaid scopes under #<svg id>.
// Without this, two diagrams on a page share markers, gradients and CSS.
import type { Element } from 'hast';
import { visit } from 'unist-util-visit';
import { renderId } from '../browser/render-page.ts';

const idListProperties = ['ariaLabelledBy', 'ariaDescribedBy', 'ariaControls', 'ariaOwns'];
const fragmentProperties = ['href', 'xLinkHref'];

export function namespaceIds(svg: Element, prefix: string): void {
  const renamed = new Map<string, string>();
  visit(svg, 'element', (node) => {
    const id = node.properties.id;
    if (typeof id !== 'string' || id === '') return;
    // mermaid starts most ids with the render id; keep them short.
    const next = id === renderId || id.startsWith(`${renderId}-`) || id.startsWith(`${renderId}_`) ? prefix + id.slice(renderId.length) : `${prefix}-${id}`;
    renamed.set(id, next);
    node.properties.id = next;
  });
  if (renamed.size === 0) return;

  const rename = (id: string) => renamed.get(id) ?? id;
  // `#name` in CSS selectors and url(#name); only names that are ids here, so colours such as #fff stay.
  const rewrite = (text: string) => text.replace(/#((?:[\w-]|\\.)+)/g, (match, name: string) => (renamed.has(name) ? `#${rename(name)}` : match));

  visit(svg, (node, _index, parent) => {
    if (node.type === 'text' && parent?.type === 'element' && parent.tagName === 'style') {
      node.value = rewrite(node.value);
      return;
    }
    if (node.type !== 'element') return;
    const { properties } = node;
    for (const key of idListProperties) {
      const value = properties[key];
      if (Array.isArray(value)) properties[key] = value.map((id) => rename(String(id)));
      else if (typeof value === 'string') properties[key] = value.split(/\s+/).map(rename).join(' ');
    }
    for (const key of fragmentProperties) {
      const value = properties[key];
      if (typeof value === 'string' && value.startsWith('#')) properties[key] = `#${rename(value.slice(1))}`;
    }
    for (const [key, value] of Object.entries(properties)) {
      if (typeof value === 'string' && value.includes('url(')) properties[key] = rewrite(value);
    }
  });
}
