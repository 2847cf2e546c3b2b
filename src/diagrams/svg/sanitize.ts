// A second line of defence behind mermaid's securityLevel 'strict': whatever
// mermaid lets through, no diagram puts script on a page.
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

// foreignObject holds HTML labels; with htmlLabels off the few diagrams that
// still emit one (journey) also draw an SVG <text> fallback beside it.
const droppedElements = new Set(['script', 'foreignobject', 'iframe', 'object', 'embed']);
const urlProperties = ['href', 'xLinkHref', 'src', 'action', 'formAction'];

function isScriptUrl(value: unknown): boolean {
  // Browsers ignore control characters and whitespace inside the scheme.
  const compact = String(value).replace(/[\u0000-\u0020]/g, '').toLowerCase();
  return /^(javascript|vbscript|data:text\/html)/.test(compact);
}

export function sanitizeSvg(tree: Root | Element): void {
  visit(tree, 'element', (node, index, parent) => {
    if (droppedElements.has(node.tagName.toLowerCase()) && parent && index !== undefined) {
      parent.children.splice(index, 1);
      return index;
    }
    for (const key of Object.keys(node.properties)) {
      if (/^on/i.test(key) || (urlProperties.includes(key) && isScriptUrl(node.properties[key]))) delete node.properties[key];
    }
    return undefined;
  });
}
