// The colour maths of the diagram legibility test (diagram-legibility.spec.ts),
// kept pure so a unit test covers it: CSS computed colours in, WCAG 2.x
// contrast ratios out. Hand-written because it is twenty lines of the WCAG
// formulas, and the computed colours Chromium reports come in two syntaxes only.

/** Red, green and blue in 0–255, alpha in 0–1. */
export type Rgba = [r: number, g: number, b: number, a: number];

/**
 * A computed colour as getComputedStyle reports it: `rgb()`/`rgba()`, or
 * `color(srgb r g b / a)` for color-mix() and relative colours. Undefined for
 * anything else (`none`, `url(#…)`).
 */
export function parseComputedColour(value: string): Rgba | undefined {
  const numbers = (text: string) => text.split(/[\s,/]+/).filter(Boolean).map(Number);
  const rgb = /^rgba?\(([^)]*)\)$/.exec(value.trim());
  if (rgb) {
    const [r, g, b, a = 1] = numbers(rgb[1]!);
    return [r!, g!, b!, a];
  }
  const srgb = /^color\(srgb ([^)]*)\)$/.exec(value.trim());
  if (srgb) {
    const [r, g, b, a = 1] = numbers(srgb[1]!);
    return [r! * 255, g! * 255, b! * 255, a];
  }
  return undefined;
}

/** `top` painted over the opaque `bottom` (alpha compositing in sRGB, as browsers paint). */
export function composite(top: Rgba, bottom: Rgba): Rgba {
  const a = top[3];
  return [0, 1, 2].map((i) => top[i]! * a + bottom[i]! * (1 - a)).concat(1) as Rgba;
}

/** Layers from the bottom (opaque) up, flattened to the colour a reader sees. */
export function flatten(layers: Rgba[]): Rgba {
  return layers.slice(1).reduce((under, layer) => composite(layer, under), layers[0]!);
}

function relativeLuminance([r, g, b]: Rgba): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG 2.x contrast ratio between two opaque colours, 1 to 21. */
export function contrastRatio(a: Rgba, b: Rgba): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
