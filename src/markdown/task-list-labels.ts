// GitHub task lists (`- [x] Staging`) become disabled checkboxes with no
// label, so a screen reader announces "checkbox, checked" and nothing else.
// Each checkbox gets its item's own text as its name (not that of a nested list).
import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

const isElement = (node: ElementContent): node is Element => node.type === 'element';
const isCheckbox = (node: ElementContent): node is Element => isElement(node) && node.tagName === 'input' && node.properties.type === 'checkbox';

/** The item's text up to any nested list. */
function ownText(item: Element): string {
  // A loose list wraps the checkbox and text in a <p>.
  const children = item.children.flatMap((child) => (isElement(child) && child.tagName === 'p' ? child.children : [child]));
  const own = children.filter((child) => !(isElement(child) && (child.tagName === 'ul' || child.tagName === 'ol')));
  return own.map((child) => toString(child)).join('').replace(/\s+/g, ' ').trim();
}

export function rehypeTaskListLabels() {
  return (tree: Root): void => {
    visit(tree, 'element', (node) => {
      const classes = node.properties.className;
      if (node.tagName !== 'li' || !Array.isArray(classes) || !classes.includes('task-list-item')) return;
      const label = ownText(node);
      const holders = [node, ...node.children.filter((child): child is Element => isElement(child) && child.tagName === 'p')];
      for (const holder of holders) {
        for (const child of holder.children) if (isCheckbox(child) && label) child.properties.ariaLabel = label;
      }
    });
  };
}
