// A note's photos link to their full-size file, so a reader without
// JavaScript can open one too. The Markdown pipeline wraps each photo in an
// empty `a.photo-link`; only the rendered page knows the file's address,
// because Astro writes an optimized image's URLs after the pipeline ran. Its
// `src` is the photo at its original width (the widest file of its srcset).
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';

const isPhotoLink = (node: Element) => node.tagName === 'a' && Array.isArray(node.properties.className) && node.properties.className.includes('photo-link');

/** The rendered note `html` with every photo link pointing at its photo's full-size file. */
export function linkPhotosToFullSize(html: string): string {
  const tree: Root = fromHtml(html, { fragment: true });
  visit(tree, 'element', (link) => {
    if (!isPhotoLink(link)) return;
    const img = link.children.find((child): child is Element => child.type === 'element' && child.tagName === 'img');
    if (typeof img?.properties.src === 'string') link.properties.href = img.properties.src;
  });
  return toHtml(tree);
}
