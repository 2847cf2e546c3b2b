// mermaid repeats some ids inside one diagram (a mindmap gives a node's <g>
// and its <path> the same id), which breaks the page's HTML and leaves
// assistive technology guessing. Every repeat gets a fresh id. A reference
// (url(#…), href="#…", aria-labelledby) means the first element with the id,
// as browsers resolve it, so references keep that one; a style sheet's #id
// selector matches every element with the id, so it is widened to the
// renamed ones and the diagram looks the same.
import type { Element } from 'hast';
import { visit } from 'unist-util-visit';

/** Renames repeated ids (`a`, `a` → `a`, `a-2`); returns how many were renamed. */
export function makeIdsUnique(svg: Element): number {
  const taken = new Set<string>();
  visit(svg, 'element', (node) => {
    if (typeof node.properties.id === 'string') taken.add(node.properties.id);
  });
  const seen = new Set<string>();
  const copies = new Map<string, string[]>();
  visit(svg, 'element', (node) => {
    const id = node.properties.id;
    if (typeof id !== 'string' || id === '') return;
    if (!seen.has(id)) {
      seen.add(id);
      return;
    }
    let n = 2;
    while (taken.has(`${id}-${n}`)) n++;
    const fresh = `${id}-${n}`;
    taken.add(fresh);
    node.properties.id = fresh;
    copies.set(id, [...(copies.get(id) ?? []), fresh]);
  });
  if (copies.size > 0) widenSelectors(svg, copies);
  return [...copies.values()].reduce((sum, list) => sum + list.length, 0);
}

function widenSelectors(svg: Element, copies: Map<string, string[]>): void {
  visit(svg, 'element', (node) => {
    if (node.tagName !== 'style') return;
    for (const child of node.children) {
      if (child.type !== 'text') continue;
      // Not url(#…): that names one element, the first.
      child.value = child.value.replace(/(?<!url\()#((?:[\w-]|\\.)+)/g, (match, name: string) => {
        const renamed = copies.get(name);
        return renamed ? `:is(${[name, ...renamed].map((id) => `#${id}`).join(', ')})` : match;
      });
    }
  });
}
