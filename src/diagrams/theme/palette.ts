// mermaid's default (light) and dark theme variables, resolved once in a
// browser by tools/generate-palette.ts and kept as data in palette.json.
// A unit test fails when they are stale against the installed mermaid.
import { readFileSync } from 'node:fs';

interface Palette {
  /** The mermaid version these values were resolved from. */
  mermaidVersion: string;
  /** mermaid's default theme, resolved through the base theme: diagrams render with these values. */
  lightThemeVariables: Record<string, unknown>;
  /** Each variable whose colour differs in mermaid's dark theme: path → [light, dark]. */
  themeColourPairs: Record<string, [string, string]>;
}

export const paletteFile = new URL('./palette.json', import.meta.url);

export const palette: Palette = JSON.parse(readFileSync(paletteFile, 'utf8'));
