// One render serves both colour schemes: diagrams render with mermaid's base
// theme and a unique sentinel colour for every variable that differs between
// mermaid's default and dark themes; each sentinel in the SVG then becomes a
// CSS custom property whose value light-dark() picks from the page's
// color-scheme. Rendering twice and hiding one copy would double the bytes.
import { legibleColourPairs } from './legible-colours.ts';
import { palette } from './palette.ts';

const { lightThemeVariables } = palette;
const themeColourPairs: Record<string, [string, string]> = { ...palette.themeColourPairs, ...legibleColourPairs };

type Rgba = [r: number, g: number, b: number, a: number];

const paths = Object.keys(themeColourPairs);

function cssVariable(path: string): string {
  return `--mm-${path.replaceAll('.', '-')}`;
}

// Sentinels are vivid magentas three steps apart, so a colour that went
// through hsl() and back and picked up rounding still maps to its variable.
function sentinel(index: number): Rgba {
  return [251, 3 + 3 * Math.floor(index / 80), 7 + 3 * (index % 80), 1];
}

function hex([r, g, b]: Rgba): string {
  return `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

function sentinelIndex([r, g, b]: Rgba): number | undefined {
  const gi = Math.round((g - 3) / 3);
  const bi = Math.round((b - 7) / 3);
  const close = Math.abs(r - 251) <= 1 && Math.abs(g - (3 + 3 * gi)) <= 1 && Math.abs(b - (7 + 3 * bi)) <= 1;
  const index = gi * 80 + bi;
  return close && bi >= 0 && bi < 80 && gi >= 0 && index < paths.length ? index : undefined;
}

function setPath(target: Record<string, unknown>, path: string, value: string): void {
  const keys = path.split('.');
  let node = target;
  for (const key of keys.slice(0, -2)) node = node[key] as Record<string, unknown>;
  // A section the base theme lacks (packet, treeView) is created.
  if (keys.length === 2 && typeof node[keys[0]!] !== 'object') node[keys[0]!] = {};
  const [parent, last] = keys.slice(-2) as [string, string];
  if (keys.length === 1) target[path] = value;
  else if (/^\d+$/.test(last) && typeof node[parent] === 'string') {
    // An item of a comma-separated list such as xyChart.plotColorPalette.
    const items = (node[parent] as string).split(',');
    items[Number(last)] = value;
    node[parent] = items.join(',');
  } else (node[parent] as Record<string, unknown>)[last] = value;
}

/** mermaid themeVariables for the render: the light theme, with a sentinel wherever dark differs. */
export function renderThemeVariables(fontFamily: string): Record<string, unknown> {
  const variables = structuredClone(lightThemeVariables);
  paths.forEach((path, index) => setPath(variables, path, hex(sentinel(index))));
  return { ...variables, fontFamily };
}

const colourToken = /#[0-9a-f]{3,8}\b|\b(?:rgb|hsl)a?\([^)]*\)/gi;

function parseColour(token: string): Rgba | undefined {
  if (token.startsWith('#')) {
    const digits = token.slice(1);
    if (![3, 4, 6, 8].includes(digits.length)) return undefined;
    const pairs = digits.length <= 4 ? [...digits].map((d) => d + d) : digits.match(/../g)!;
    const [r, g, b, a = 'ff'] = pairs.map((p) => p) as [string, string, string, string?];
    return [parseInt(r, 16), parseInt(g, 16), parseInt(b, 16), parseInt(a, 16) / 255];
  }
  const numbers = token.match(/-?[\d.]+%?/g)?.map((n) => n) ?? [];
  if (numbers.length < 3) return undefined;
  const value = (n: string, scale: number) => (n.endsWith('%') ? (parseFloat(n) / 100) * scale : parseFloat(n));
  const alpha = numbers[3] === undefined ? 1 : value(numbers[3], 1);
  if (token.toLowerCase().startsWith('rgb')) {
    const [r, g, b] = numbers.slice(0, 3).map((n) => Math.round(value(n, 255))) as [number, number, number];
    return [r, g, b, alpha];
  }
  const h = ((parseFloat(numbers[0]!) % 360) + 360) % 360;
  const s = parseFloat(numbers[1]!) / 100;
  const l = parseFloat(numbers[2]!) / 100;
  const k = (n: number) => (n + h / 30) % 12;
  const f = (n: number) => l - s * Math.min(l, 1 - l) * Math.max(-1, Math.min(k(n) - 3, 9 - k(n), 1));
  return [Math.round(f(0) * 255), Math.round(f(8) * 255), Math.round(f(4) * 255), alpha];
}

type Hsl = [h: number, s: number, l: number];

function toHsl(token: string, [r, g, b]: Rgba): Hsl {
  if (/^hsl/i.test(token)) {
    const [h, s, l] = token.match(/-?[\d.]+/g)!.map(Number) as Hsl;
    return [((h % 360) + 360) % 360, s, l];
  }
  const [rn, gn, bn] = [r / 255, g / 255, b / 255];
  const max = Math.max(rn, gn, bn), min = Math.min(rn, gn, bn), d = max - min;
  const l = (max + min) / 2;
  const s = d === 0 ? 0 : d / (1 - Math.abs(2 * l - 1));
  const h = d === 0 ? 0 : max === rn ? ((gn - bn) / d + 6) % 6 : max === gn ? (bn - rn) / d + 2 : (rn - gn) / d + 4;
  return [h * 60, s * 100, l * 100];
}

const sentinelHsl = paths.map((_, index) => toHsl('', sentinel(index)));

// Some diagrams lighten or darken a variable (kanban's sections). Sentinel hues
// are 0.7° apart, so hue and saturation still name the variable.
function derivedSentinel(token: string, colour: Rgba): string | undefined {
  const [h, s, l] = toHsl(token, colour);
  const index = sentinelHsl.findIndex(([sh, ss]) => Math.abs(sh - h) < 0.25 && Math.abs(ss - s) < 1);
  if (index < 0) return undefined;
  const delta = Math.round((l - sentinelHsl[index]![2]) * 100) / 100;
  return `hsl(from var(${cssVariable(paths[index]!)}) h s calc(l ${delta < 0 ? '-' : '+'} ${Math.abs(delta)}))`;
}

function mapColour(token: string): string | undefined {
  const colour = parseColour(token);
  if (colour === undefined) return undefined;
  const index = sentinelIndex(colour);
  if (index === undefined) return derivedSentinel(token, colour);
  const variable = `var(${cssVariable(paths[index]!)})`;
  const alpha = Math.round(colour[3] * 1000) / 10;
  return alpha >= 100 ? variable : `color-mix(in srgb, ${variable} ${alpha}%, transparent)`;
}

/** Replaces every sentinel colour in an attribute value or style sheet with its custom property. */
export function mapThemeColours(text: string): string {
  return text.replace(colourToken, (token) => mapColour(token) ?? token);
}

// mermaid's values carry ten decimals; two are plenty for a colour.
const shorten = (value: string) => value.replace(/(\.\d{2})\d+/g, '$1');

/**
 * The custom properties every diagram uses: mermaid's `default` theme in light, `dark` in dark.
 * The full-size dialog (../dialog/dialog.ts) shows the same SVG, so it defines them too.
 */
export const diagramThemeCss = `.diagram, .diagram-dialog {\n${paths
  .map((path) => {
    const [light, dark] = themeColourPairs[path]!;
    return `  ${cssVariable(path)}: light-dark(${shorten(light)}, ${shorten(dark)});`;
  })
  .join('\n')}\n}\n`;

/** The CSS value of one mermaid theme variable, e.g. `var(--mm-textColor)`. */
export function themeColour(path: string): string {
  return path in themeColourPairs ? `var(${cssVariable(path)})` : String(lightThemeVariables[path]);
}
