// Labels some diagram types draw where a reader cannot read them (colours
// mermaid hard-codes, text left start-anchored), mended in the SVG because
// no theme variable or setting reaches them. Each names what it fixes.
import type { Element } from 'hast';
import { visit } from 'unist-util-visit';
import { themeColour } from '../theme/theme.ts';

const hasClass = (node: Element, name: string) => Array.isArray(node.properties.className) && node.properties.className.includes(name);

// As SVG text, mermaid 11 paints journey section titles in their box's
// colour and task labels white on pale boxes; give both the text colour.
function journey(svg: Element): void {
  visit(svg, 'element', (node) => {
    const classes = node.properties.className;
    if (node.tagName === 'text' && Array.isArray(classes) && (classes.includes('journey-section') || classes.includes('task')))
      node.properties.style = `${node.properties.style ?? ''} fill: ${themeColour('textColor')};`;
  });
}

// C4 hard-codes #444444 for relationship labels, lines and boundaries, which
// nearly vanish on a dark page (1.86:1); they take the theme's text and line colours.
function c4(svg: Element): void {
  visit(svg, 'element', (node) => {
    for (const [key, value] of Object.entries(node.properties)) {
      if (typeof value === 'string' && /^#444444$/i.test(value.trim()))
        node.properties[key] = themeColour(node.tagName === 'text' ? 'textColor' : 'lineColor');
    }
  });
}

// With SVG labels, mermaid places a round mind map node's label at the
// circle's centre but leaves its text start-anchored, so it runs out of the
// circle to the right; anchored in the middle it sits inside.
function mindmap(svg: Element): void {
  visit(svg, 'element', (node) => {
    if (!hasClass(node, 'mindmap-node') || !node.children.some((child) => child.type === 'element' && child.tagName === 'circle')) return;
    visit(node, 'element', (label) => {
      if (label.tagName === 'text') label.properties.textAnchor = 'middle';
    });
    return 'skip';
  });
}

// Wardley anchors' labels are hard-coded black, invisible on the dark theme's map (1.66:1).
function wardley(svg: Element): void {
  visit(svg, 'element', (node) => {
    if (node.tagName === 'text' && hasClass(node, 'wardley-node-label') && node.properties.fill === '#000') node.properties.fill = themeColour('wardley.componentLabelColor');
  });
}

// Venn set names are the set colour lightened by 30%, on a 10% tint of it:
// about 1:1 on the light page. The text colour reads on any tint.
function venn(svg: Element): void {
  visit(svg, 'element', (node) => {
    if (node.tagName === 'text' && hasClass(node, 'label') && typeof node.properties.style === 'string')
      node.properties.style = node.properties.style.replace(/fill:[^;]*;/, `fill: ${themeColour('textColor')};`);
  });
}

// Event modeling boxes' names are HTML in mermaid, drawn in the page's default
// black (browser/render-page.ts turns them into SVG text); on the dark theme's
// boxes that is 1.5:1. The text colour reads on both themes' box fills.
function eventmodeling(svg: Element): void {
  visit(svg, 'element', (node) => {
    if (!hasClass(node, 'em-box')) return;
    for (const child of node.children) if (child.type === 'element' && child.tagName === 'text') child.properties.fill = themeColour('textColor');
    return 'skip';
  });
}

const fixes: Record<string, (svg: Element) => void> = { journey, c4, mindmap, wardley, venn, eventmodeling };

/** Mends the labels of the diagram types that need it; others are left alone. */
export function fixLabelsOf(diagramType: string, svg: Element): void {
  fixes[diagramType]?.(svg);
}
