// The page each diagram is rendered in, and the functions that run inside it.
// The functions are handed to Playwright's page.evaluate, which sends their
// source to the browser: they must use nothing from this module's scope,
// only their argument and the page's own globals.
import type { Mermaid, MermaidConfig } from 'mermaid';
import { diagramFontFamily, diagramFontStack, inlineFontFaceCss } from './font.ts';

/** The id mermaid gives the SVG; svg/namespace.ts later makes it unique on the page. */
export const renderId = 'mmd';

/** What a render in the page resolves to. */
export type PageResult =
  | {
      ok: true;
      svg: string;
      diagramType: string;
      /** The smallest label's font size in px when the SVG is drawn at its viewBox size; null without labels. */
      smallestFontPx: number | null;
      /** A viewBox that takes in every label, when mermaid's leaves some out (radar and venn); else null. */
      drawnViewBox: string | null;
    }
  | { ok: false; kind: 'parse' | 'render'; message: string };

export interface RenderRequest {
  source: string;
  renderId: string;
  fontFamily: string;
}

/** The in-page render; tests pass one that never settles, to test the timeout. */
export type RenderInPage = (request: RenderRequest) => Promise<PageResult>;

/** The page's globals these functions use: mermaid's UMD bundle defines `window.mermaid`. */
interface RenderWindow {
  mermaid: Mermaid;
  /** These functions of this module, installed by the renderer (browser/renderer.ts) after mermaid. */
  measureSvg: typeof measureSvg;
  measureDrawn: typeof measureDrawn;
  measureBeforeRemoval: typeof measureBeforeRemoval;
  foreignLabelsAsText: typeof foreignLabelsAsText;
  renderAlone: RenderInPage;
  /** The render sent before, settled or not: the next one starts when it settles. */
  previousRender?: Promise<unknown>;
}

/** Installs the globals above that are functions of this module, by their source, in a page that has mermaid. */
export function pageFunctionsScript(): string {
  const globals: Omit<RenderWindow, 'mermaid' | 'previousRender'> = { measureSvg, measureDrawn, measureBeforeRemoval, foreignLabelsAsText, renderAlone };
  return Object.entries(globals)
    .map(([name, fn]) => `window.${name} = ${fn.toString()};`)
    .join('\n');
}

export function renderPageHtml(): string {
  return `<!doctype html><html><head><meta charset="utf-8"><style>${inlineFontFaceCss()}
body { font-family: ${diagramFontStack}; }</style></head><body></body></html>`;
}

export function renderRequest(source: string): RenderRequest {
  return { source, renderId, fontFamily: diagramFontFamily };
}

/**
 * Runs in the page once, after mermaid.min.js. Many diagrams have font
 * settings of their own ("Open Sans" for sequence actors, C4 shapes, journey
 * tasks…) that mermaid measures labels with; all get ours.
 */
export function setUpMermaid(config: { fontFamily: string } & Record<string, unknown>): void {
  const { mermaid } = window as unknown as RenderWindow;
  mermaid.initialize({ startOnLoad: false });
  const merged: Record<string, unknown> = { ...config };
  // The merged defaults are only reachable through mermaidAPI, deprecated but still the way in mermaid 11.
  for (const [section, defaults] of Object.entries(mermaid.mermaidAPI.getConfig())) {
    if (!defaults || typeof defaults !== 'object' || Array.isArray(defaults)) continue;
    const fontKeys = Object.keys(defaults).filter((key) => key.endsWith('FontFamily'));
    if (fontKeys.length === 0) continue;
    const fonts = Object.fromEntries(fontKeys.map((key) => [key, config.fontFamily]));
    merged[section] = { ...fonts, ...(config[section] as object | undefined) };
  }
  mermaid.initialize(merged as MermaidConfig);
}

/**
 * Mermaid draws a few labels as HTML in a <foreignObject> whatever
 * `htmlLabels` says (event modeling's boxes, venn's text nodes), and the
 * sanitizer drops every foreignObject (svg/sanitize.ts): each such label
 * becomes an SVG <text> centred in the object's box, in the colour it had.
 * Those inside a <switch> are skipped: an SVG <text> beside them draws the
 * same label. Returns whether any label changed.
 */
function foreignLabelsAsText(svg: SVGSVGElement): boolean {
  let changed = false;
  for (const object of svg.querySelectorAll('foreignObject')) {
    const words = object.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    if (object.closest('switch') || words === '') continue;
    const text = document.createElementNS('http://www.w3.org/2000/svg', 'text');
    text.setAttribute('x', String(object.x.baseVal.value + object.width.baseVal.value / 2));
    text.setAttribute('y', String(object.y.baseVal.value + object.height.baseVal.value / 2));
    text.setAttribute('text-anchor', 'middle');
    text.setAttribute('dominant-baseline', 'central');
    text.setAttribute('fill', getComputedStyle(object.querySelector('span, p, div') ?? object).color);
    text.textContent = words;
    object.replaceWith(text);
    changed = true;
  }
  return changed;
}

/** What measuring a drawn SVG tells: see measureDrawn. */
interface Measurement {
  smallestFontPx: number | null;
  drawnViewBox: string | null;
}

/**
 * Draws the SVG, which is in the document, at its viewBox size (one unit a
 * pixel) and returns its smallest label's drawn font size: a figure must not
 * shrink it below a readable size (svg/figure.ts). Measured, not read from the
 * markup, because sizes come from style sheets, attributes and transforms
 * alike. Also returns a viewBox widened to what is drawn, where mermaid's
 * clips labels.
 */
function measureDrawn(element: SVGSVGElement): Measurement {
  const box = element.viewBox.baseVal;
  if (box && box.width > 0) {
    element.setAttribute('width', String(box.width));
    element.setAttribute('height', String(box.height));
    element.style.maxWidth = 'none';
  }
  let smallest = Infinity;
  // The labels' extent in viewBox units (the SVG is drawn one unit a pixel): only labels widen the
  // viewBox, not lines mermaid draws far off on purpose, such as a gantt's today marker.
  const origin = element.getBoundingClientRect();
  let [x, y, right, bottom] = [box.x, box.y, box.x + box.width, box.y + box.height];
  for (const label of element.querySelectorAll<SVGGraphicsElement>('text, tspan')) {
    const ownText = [...label.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '');
    const matrix = label.getScreenCTM();
    const rect = label.getBoundingClientRect();
    if (!ownText || !matrix || rect.width === 0) continue;
    smallest = Math.min(smallest, parseFloat(getComputedStyle(label).fontSize) * Math.hypot(matrix.a, matrix.b));
    [x, y] = [Math.min(x, rect.left - origin.left + box.x - 2), Math.min(y, rect.top - origin.top + box.y - 2)];
    [right, bottom] = [Math.max(right, rect.right - origin.left + box.x + 2), Math.max(bottom, rect.bottom - origin.top + box.y + 2)];
  }
  const widened = box.width > 0 && (x < box.x || y < box.y || right > box.x + box.width || bottom > box.y + box.height);
  return {
    smallestFontPx: Number.isFinite(smallest) ? Math.round(smallest * 100) / 100 : null,
    drawnViewBox: widened ? [x, y, right - x, bottom - y].map((n) => Math.round(n * 100) / 100).join(' ') : null,
  };
}

/**
 * measureDrawn for SVG markup: parses it into the document first. Returns the
 * markup again, changed when HTML labels were turned into SVG text.
 */
function measureSvg(svg: string): Measurement & { svg: string } {
  const host = document.createElement('div');
  host.style.cssText = 'position: absolute; left: 0; top: 0; visibility: hidden';
  host.innerHTML = svg;
  document.body.append(host);
  try {
    const element = host.querySelector('svg')!;
    const relabelled = (window as unknown as RenderWindow).foreignLabelsAsText(element);
    return { svg: relabelled ? element.outerHTML : svg, ...(window as unknown as RenderWindow).measureDrawn(element) };
  } finally {
    host.remove();
  }
}

/**
 * mermaid draws the SVG in a div of the page, takes its markup and then
 * removes the div. Measured just before, in that div, the SVG need not be
 * parsed and laid out again (measureSvg), which took about 1.4 ms of a
 * diagram's 18 ms in the page. The div holds the SVG as drawn, before
 * mermaid's sanitizer made the markup: for all 430 fixture and bench diagrams
 * both give the same measurements. Not when it has HTML labels, which
 * measureSvg turns into SVG text in the markup. Call it just after starting
 * mermaid.render(), which makes the div before its first await; where a
 * later mermaid does not, there is no div yet and measureSvg does the work.
 */
function measureBeforeRemoval(divId: string): () => Measurement | undefined {
  const div = document.getElementById(divId);
  let measured: Measurement | undefined;
  if (div) {
    div.remove = () => {
      const svg = div.querySelector('svg');
      if (svg && !svg.querySelector('foreignObject')) measured = (window as unknown as RenderWindow).measureDrawn(svg);
      Element.prototype.remove.call(div);
    };
  }
  return () => measured;
}

/**
 * Runs in the page for each diagram. The renderer sends a page its next
 * diagram before the last one is back (browser/renderer.ts), so the page never
 * waits on Node; each render waits here for the one sent before it, so one
 * render has the page, its fonts and mermaid's render id at a time.
 */
export const renderInPage: RenderInPage = (request) => {
  const page = window as unknown as RenderWindow;
  const result = (page.previousRender ?? Promise.resolve()).then(() => page.renderAlone(request));
  page.previousRender = result.catch(() => undefined);
  return result;
};

/**
 * One diagram, alone in the page. A diagram that fails is parsed again, so
 * the author gets mermaid's own parse error instead of an error diagram.
 */
async function renderAlone({ source, renderId: id, fontFamily }: RenderRequest): Promise<PageResult> {
  const { mermaid } = window as unknown as RenderWindow;
  const messageOf = (error: unknown) => String((error as Error | undefined)?.message ?? error);
  // Load the font faces that cover the label characters before mermaid measures them.
  await Promise.all(['400', '700'].map((weight) => document.fonts.load(`${weight} 16px "${fontFamily}"`, source)));
  await document.fonts.ready;
  const { measureSvg, measureBeforeRemoval } = window as unknown as RenderWindow;
  try {
    const rendering = mermaid.render(id, source);
    const measuredInPlace = measureBeforeRemoval(`d${id}`);
    const { svg, diagramType } = await rendering;
    const measured = measuredInPlace();
    return { ok: true, diagramType, ...(measured ? { svg, ...measured } : measureSvg(svg)) };
  } catch (error) {
    // render() parses first; only a failed diagram pays for a second parse, which tells the two apart.
    const parsed = await mermaid.parse(source).then(
      () => undefined,
      (parseError: unknown) => messageOf(parseError),
    );
    return parsed === undefined ? { ok: false, kind: 'render', message: messageOf(error) } : { ok: false, kind: 'parse', message: parsed };
  } finally {
    document.getElementById(`d${id}`)?.remove();
  }
}
