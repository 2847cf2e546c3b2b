// Every diagram of every type can be read: at 1280 px and on a 390 px phone,
// in the light and the dark theme, each label is drawn at 11 px or more, has
// at least 4.5:1 contrast with the shape under it (or the page, where there
// is none) and lies inside that shape and inside the diagram. No diagram asks
// for an absurd width, and the page itself never scrolls sideways. A failure
// names the type, the figure and the label.
import { expect, test, type Page } from '@playwright/test';
import { contrastRatio, flatten, parseComputedColour, type Rgba } from './colour-contrast.ts';

const minFontPx = 11;
const minContrast = 4.5;
// The widest a diagram may ask to be drawn, in CSS px: three 1280 px screens.
// The widest fixture asks for 1,391 px (the gantt, so its dates stay 11 px);
// wider than this a reader can no longer follow a diagram by scrolling, and
// it is a measuring bug: a gantt's today marker once made its viewBox
// 100,000 units wide, and its figure as wide.
const maxDiagramPx = 3 * 1280;

/** What the page reports about one label; the judging happens in Node. */
interface LabelFacts {
  type: string;
  figure: number;
  label: string;
  fontPx: number;
  fill: string;
  opacity: number;
  /** Filled shapes under the label's centre, bottom first, each with its opacity; the page background first of all. */
  layers: { fill: string; opacity: number }[];
  /** Whether the label's box lies on what its centre lies on (a shape of the same fill, or the page), and inside the SVG. */
  insideShape: boolean;
  insideSvg: boolean;
}

// Runs in the page: uses nothing from this module's scope.
function readLabels(): LabelFacts[] {
  const opaqueBackground = (start: Element): string => {
    for (let node: Element | null = start; node; node = node.parentElement) {
      const colour = getComputedStyle(node).backgroundColor;
      if (colour !== 'rgba(0, 0, 0, 0)' && colour !== 'transparent') return colour;
    }
    return 'rgb(255, 255, 255)';
  };
  const opacityOf = (element: Element, svg: Element): number => {
    let opacity = 1;
    for (let node: Element | null = element; node && node !== svg.parentElement; node = node.parentElement) opacity *= Number(getComputedStyle(node).opacity);
    return opacity;
  };
  const hidden = (element: Element) => element.closest('defs, marker, clipPath, mask, pattern, symbol') !== null;
  const invisible = (style: CSSStyleDeclaration) =>
    style.fill === 'none' || style.fill.startsWith('url(') || /rgba\(.*, 0\)$/.test(style.fill) || Number(style.fillOpacity) === 0 || style.visibility === 'hidden' || style.display === 'none';
  /** The visible shapes drawn before `text` (document order is paint order) that are filled at `point`, bottom first. */
  const shapesUnder = (shapes: SVGGeometryElement[], text: Element, point: DOMPoint) =>
    shapes.filter((shape) => {
      if (!(shape.compareDocumentPosition(text) & Node.DOCUMENT_POSITION_FOLLOWING) || invisible(getComputedStyle(shape))) return false;
      const matrix = shape.getScreenCTM();
      return matrix !== null && shape.isPointInFill(point.matrixTransform(matrix.inverse()));
    });
  const inside = (inner: DOMRect, outer: DOMRect) =>
    inner.left >= outer.left - 1 && inner.right <= outer.right + 1 && inner.top >= outer.top - 1 && inner.bottom <= outer.bottom + 1;
  const facts: LabelFacts[] = [];
  document.querySelectorAll<SVGSVGElement>('figure.diagram > .diagram-scroll > svg').forEach((svg, figure) => {
    const type = svg.getAttribute('aria-roledescription') ?? 'unknown';
    const shapes = [...svg.querySelectorAll<SVGGeometryElement>('rect, path, circle, ellipse, polygon')].filter((shape) => !hidden(shape));
    const svgBox = svg.getBoundingClientRect();
    for (const text of svg.querySelectorAll<SVGGraphicsElement>('text, tspan')) {
      const ownText = [...text.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE).map((node) => node.textContent).join('').trim();
      const box = text.getBoundingClientRect();
      const style = getComputedStyle(text);
      if (!ownText || hidden(text) || box.width === 0 || style.visibility === 'hidden' || style.display === 'none') continue;
      const matrix = text.getScreenCTM()!;
      const centre = new DOMPoint(box.left + box.width / 2, box.top + box.height / 2);
      const under = shapesUnder(shapes, text, centre);
      // A sequence diagram's step numbers sit on the circle of a line's start marker, which has no place of its own.
      const marker = text.classList.contains('sequenceNumber') ? svg.querySelector<SVGGeometryElement>('marker[id$="sequencenumber"] circle') : null;
      if (marker) under.push(marker);
      const layers = under.map((shape) => ({ fill: getComputedStyle(shape).fill, opacity: Number(getComputedStyle(shape).fillOpacity) * opacityOf(shape, svg) }));
      // The label fits when its corners lie on what its centre lies on: a shape of the same fill (a gantt
      // section is one rect a row), or the page. Inset by a quarter of the font size vertically: a text
      // box includes the line's leading above and below the glyphs.
      const fontPx = parseFloat(style.fontSize) * Math.hypot(matrix.a, matrix.b);
      const fillOf = (stack: SVGGeometryElement[]) => (stack.length === 0 ? 'page' : getComputedStyle(stack.at(-1)!).fill);
      const ground = marker ? undefined : fillOf(under);
      // In the label's own coordinates, so a rotated label (git graph commits) is judged by its real corners.
      const local = text.getBBox();
      const [dx, dy] = [1, parseFloat(style.fontSize) / 4];
      const corners = [
        [local.x + dx, local.y + dy],
        [local.x + local.width - dx, local.y + dy],
        [local.x + dx, local.y + local.height - dy],
        [local.x + local.width - dx, local.y + local.height - dy],
      ].map(([x, y]) => new DOMPoint(x, y).matrixTransform(matrix));
      facts.push({
        type,
        figure: figure + 1,
        label: ownText,
        fontPx,
        fill: style.fill,
        opacity: Number(style.fillOpacity) * opacityOf(text, svg),
        layers: [{ fill: opaqueBackground(svg), opacity: 1 }, ...layers],
        insideShape: ground === undefined || corners.every((corner) => fillOf(shapesUnder(shapes, text, corner)) === ground),
        insideSvg: inside(box, svgBox),
      });
    }
  });
  return facts;
}

function problemsOf(facts: LabelFacts[], where: string): string[] {
  const problems: string[] = [];
  for (const fact of facts) {
    const name = `${fact.type} (figure ${fact.figure} of ${where}) "${fact.label}"`;
    if (fact.fontPx < minFontPx - 0.05) problems.push(`${name}: drawn at ${fact.fontPx.toFixed(1)} px, under ${minFontPx} px`);
    const colour = parseComputedColour(fact.fill);
    const layers = fact.layers.flatMap(({ fill, opacity }) => {
      const parsed = parseComputedColour(fill);
      return parsed ? [[parsed[0], parsed[1], parsed[2], parsed[3] * opacity] as Rgba] : [];
    });
    if (!colour) problems.push(`${name}: text colour ${fact.fill} is not a colour`);
    else {
      const background = flatten(layers);
      const text = flatten([background, [colour[0], colour[1], colour[2], colour[3] * fact.opacity]]);
      const ratio = contrastRatio(text, background);
      if (ratio < minContrast) problems.push(`${name}: contrast ${ratio.toFixed(2)}:1 (${fact.fill} on ${fact.layers.at(-1)!.fill}), under ${minContrast}:1`);
    }
    if (!fact.insideShape) problems.push(`${name}: runs off the shape it sits on`);
    if (!fact.insideSvg) problems.push(`${name}: is clipped by the diagram's edge`);
  }
  return problems;
}

async function notePaths(page: Page): Promise<string[]> {
  await page.goto('day1/');
  const hrefs = await page.locator('main a[href*="/day1/"]').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname));
  return [...new Set(hrefs)].filter((path) => path !== '/day1/');
}

/** How wide each diagram asks to be, in CSS px: its viewBox, and the width it keeps before it scrolls. */
function diagramWidths(): { type: string; figure: number; viewBoxWidth: number; minWidth: number; figureRight: number }[] {
  return [...document.querySelectorAll<SVGSVGElement>('figure.diagram > .diagram-scroll > svg')].map((svg, index) => ({
    type: svg.getAttribute('aria-roledescription') ?? 'unknown',
    figure: index + 1,
    viewBoxWidth: svg.viewBox.baseVal?.width ?? 0,
    minWidth: parseFloat(getComputedStyle(svg).minWidth) || 0,
    figureRight: svg.closest('figure')!.getBoundingClientRect().right,
  }));
}

test('no diagram asks for an absurd width, and on a phone each scrolls inside its figure, not the page', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 390, height: 900 });
  const paths = await notePaths(page);
  const problems: string[] = [];
  for (const path of paths) {
    await page.goto(path.replace(/^\//, ''));
    await expect(page.locator('figure.diagram svg').first()).toBeVisible();
    for (const { type, figure, viewBoxWidth, minWidth, figureRight } of await page.evaluate(diagramWidths)) {
      const name = `${type} (figure ${figure} of ${path})`;
      if (viewBoxWidth > maxDiagramPx) problems.push(`${name}: viewBox ${Math.round(viewBoxWidth)} units wide, over ${maxDiagramPx}`);
      if (minWidth > maxDiagramPx) problems.push(`${name}: keeps ${Math.round(minWidth)} px before it scrolls, over ${maxDiagramPx}`);
      if (figureRight > 390 + 0.5) problems.push(`${name}: the figure reaches ${Math.round(figureRight)} px, past the 390 px screen`);
    }
    const pageScroll = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    if (pageScroll > 0) problems.push(`${path}: the page scrolls sideways by ${pageScroll} px`);
  }
  expect(problems).toEqual([]);
});

const widths = [1280, 390];
const themes = ['light', 'dark'] as const;

for (const width of widths) {
  for (const theme of themes) {
    test(`every diagram type is legible at ${width} px in the ${theme} theme`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme: theme });
      const paths = await notePaths(page);
      expect(paths.length).toBeGreaterThanOrEqual(30);
      const problems: string[] = [];
      const types = new Set<string>();
      for (const path of paths) {
        await page.goto(path.replace(/^\//, ''));
        await expect(page.locator('figure.diagram svg').first()).toBeVisible();
        const facts = await page.evaluate(readLabels);
        facts.forEach((fact) => types.add(fact.type));
        problems.push(...problemsOf(facts, path));
        // A label mermaid drew where the page cannot show it (HTML in a dropped <foreignObject>) leaves its figure without words.
        const figures = await page.locator('figure.diagram').count();
        for (let figure = 1; figure <= figures; figure += 1)
          if (!facts.some((fact) => fact.figure === figure)) problems.push(`figure ${figure} of ${path}: draws no label`);
        const pageScroll = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        if (pageScroll > 0) problems.push(`${path}: the page scrolls sideways by ${pageScroll} px`);
      }
      expect(types.size).toBeGreaterThanOrEqual(30);
      expect(problems).toEqual([]);
    });
  }
}
