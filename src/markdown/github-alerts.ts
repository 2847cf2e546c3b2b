// GitHub's alerts, `> [!NOTE]` … `> [!CAUTION]` on the first line of a
// quote, become callouts. Written here rather than with
// remark-github-blockquote-alert or rehype-github-alerts: both emit GitHub's
// own `markdown-alert` markup and icons, and the site's alerts must be the
// very callouts the Hugo shortcodes make (callout.ts), one markup and one look.
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { calloutNode, type CalloutKind } from './callout.ts';

const marker = /^\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\][ \t]*(?:\n|$)/i;

export function remarkGithubAlerts() {
  return (tree: Root): void => {
    visit(tree, 'blockquote', (node, index, parent) => {
      const first = node.children[0];
      const text = first?.type === 'paragraph' ? first.children[0] : undefined;
      const match = text?.type === 'text' ? marker.exec(text.value) : null;
      if (!parent || index === undefined || !first || first.type !== 'paragraph' || text?.type !== 'text' || !match || node.data?.hName) return undefined;
      text.value = text.value.slice(match[0].length);
      if (text.value === '') first.children.shift();
      // A line break right after the marker would open the callout with an empty line.
      if (first.children[0]?.type === 'break') first.children.shift();
      const children = first.children.length > 0 ? node.children : node.children.slice(1);
      parent.children[index] = calloutNode(match[1]!.toLowerCase() as CalloutKind, undefined, children);
      return undefined;
    });
  };
}
