// The page each diagram is rendered in: the site's font, mermaid, and a
// render function. It is set up once per pooled page and reused.
import { diagramFontFamily, diagramFontStack, inlineFontFaceCss } from './font.ts';

/** The id mermaid gives the SVG; namespace.ts later makes it unique on the page. */
export const renderId = 'mmd';

/** What `window.renderDiagram` resolves to. */
export type PageResult =
  | { ok: true; svg: string; diagramType: string }
  | { ok: false; kind: 'parse' | 'render'; message: string };

export function renderPageHtml(): string {
  return `<!doctype html><html><head><meta charset="utf-8"><style>${inlineFontFaceCss()}
body { font-family: ${diagramFontStack}; }</style></head><body></body></html>`;
}

// Runs in the page after mermaid.min.js. Parsing first gives the author
// mermaid's own parse error instead of an error diagram.
export const renderScript = `
// Many diagrams have their own font settings ("Open Sans" for sequence actors,
// C4 shapes, journey tasks…) that mermaid measures labels with; all get ours.
window.setUpMermaid = (config) => {
  const { mermaid } = window;
  mermaid.initialize({ startOnLoad: false });
  const merged = { ...config };
  for (const [section, defaults] of Object.entries(mermaid.mermaidAPI.getConfig())) {
    if (!defaults || typeof defaults !== 'object' || Array.isArray(defaults)) continue;
    const fonts = Object.fromEntries(Object.keys(defaults).filter((key) => /FontFamily$/.test(key)).map((key) => [key, config.fontFamily]));
    if (Object.keys(fonts).length > 0) merged[section] = { ...fonts, ...config[section] };
  }
  mermaid.initialize(merged);
};

window.renderDiagram = async (source) => {
  const { mermaid } = window;
  try {
    await mermaid.parse(source);
  } catch (error) {
    return { ok: false, kind: 'parse', message: String(error?.message ?? error) };
  }
  // Load the font faces that cover the label characters before mermaid measures them.
  await Promise.all(['400', '700'].map((weight) => document.fonts.load(weight + ' 16px "${diagramFontFamily}"', source)));
  await document.fonts.ready;
  try {
    const { svg, diagramType } = await mermaid.render(${JSON.stringify(renderId)}, source);
    return { ok: true, svg, diagramType };
  } catch (error) {
    return { ok: false, kind: 'render', message: String(error?.message ?? error) };
  } finally {
    document.getElementById(${JSON.stringify('d' + renderId)})?.remove();
  }
};
`;
