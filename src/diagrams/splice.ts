// A diagram's SVG goes into a .md note's HTML as markup, after the Markdown
// pipeline is done: the tree holds a placeholder comment instead, and the
// pipeline's host fills it in the serialised HTML. Astro runs rehype-raw and
// rehype-stringify after every plugin of ours, and with the SVG as hast both
// walked each of its elements again: 0.6 s of CPU in a build of 400 cached
// diagrams (plus 0.3 s turning the cached entry into a tree), against about
// 1 ms for the whole splice.
import { randomUUID } from 'node:crypto';
import type { Comment } from 'hast';

export interface SvgSplice {
  /** A comment that stands in for `markup` until fill() swaps it in. */
  placeholder(markup: string): Comment;
  /** `html` with each placeholder made by this splice replaced by its markup, once. */
  fill(html: string): string;
}

export function createSvgSplice(): SvgSplice {
  // A note cannot forge a placeholder: it cannot know this build's nonce.
  const nonce = randomUUID();
  const pending = new Map<string, string>();
  let count = 0;
  const placeholderPattern = new RegExp(`<!--mermaid-svg ${nonce} (\\d+)-->`, 'g');
  return {
    placeholder(markup) {
      const id = String(count++);
      pending.set(id, markup);
      return { type: 'comment', value: `mermaid-svg ${nonce} ${id}` };
    },
    fill(html) {
      return html.replace(placeholderPattern, (placeholder, id: string) => {
        const markup = pending.get(id);
        // Only a second fill of the same HTML could get here: a bug, not a note's fault.
        if (markup === undefined) throw new Error(`diagram placeholder filled twice: ${placeholder}`);
        pending.delete(id);
        return markup;
      });
    },
  };
}
