// Links written from the site root in a note (`/day2/11_sidecarless/`) would
// escape a site served under a sub-path (BASE_PATH), so they get the base,
// as every link the templates write does.
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import { withBase } from '../lib/urls.ts';

const linkAttributes: Record<string, string> = { a: 'href', img: 'src', source: 'src' };

export function rehypeBaseLinks({ base }: { base: string }) {
  return (tree: Root): void => {
    if (base === '/') return;
    visit(tree, 'element', (node) => {
      const attribute = linkAttributes[node.tagName];
      const value = attribute ? node.properties[attribute] : undefined;
      if (typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') && !value.startsWith(base)) {
        node.properties[attribute!] = withBase(base, value);
      }
    });
  };
}
