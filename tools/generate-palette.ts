// Writes src/diagrams/theme/palette.json: mermaid's `default` (light) and
// `dark` theme variables, resolved once in a browser because mermaid derives
// most of them with colour maths at run time. Run it after upgrading mermaid
// (a unit test says when):
//   node tools/generate-palette.ts
import { writeFileSync } from 'node:fs';
import { chromium } from 'playwright';
import { CHROMIUM_HELP, chromiumLaunchOptions, findChromium } from '../src/diagrams/browser/chromium.ts';
import { mermaidScript, mermaidVersion } from '../src/diagrams/browser/mermaid-script.ts';
import { paletteFile } from '../src/diagrams/theme/palette.ts';

type Variables = Record<string, unknown>;

/** Both themes, each resolved through the base theme so every variable base knows has a value. */
async function resolveMermaidThemes(): Promise<{ light: Variables; dark: Variables }> {
  const executable = findChromium();
  if (!executable) throw new Error(CHROMIUM_HELP);
  const browser = await chromium.launch(chromiumLaunchOptions(executable));
  try {
    const page = await browser.newPage();
    await page.addScriptTag({ content: mermaidScript() });
    return await page.evaluate(() => {
      const { mermaid } = window as unknown as { mermaid: any };
      const resolve = (theme: string, themeVariables?: object) => {
        mermaid.initialize({ startOnLoad: false, theme, themeVariables });
        return JSON.parse(JSON.stringify(mermaid.mermaidAPI.getConfig().themeVariables)) as Variables;
      };
      // Keep colours and plain settings; drop values a theme failed to compute.
      const clean = (vars: Variables): Variables =>
        Object.fromEntries(
          Object.entries(vars).flatMap(([key, value]) => {
            if (value && typeof value === 'object') return [[key, clean(value as Variables)]];
            if (typeof value === 'string' && value.includes('NaN')) return [];
            return [[key, value]];
          }),
        );
      return { light: clean(resolve('base', resolve('default'))), dark: clean(resolve('base', resolve('dark'))) };
    });
  } finally {
    await browser.close();
  }
}

/** Flattened `path → [light, dark]` for every colour that differs between the themes. */
function colourPairs(light: Variables, dark: Variables): Record<string, [string, string]> {
  const pairs: Record<string, [string, string]> = {};
  const walk = (l: Variables, d: Variables | undefined, prefix: string) => {
    for (const [key, lv] of Object.entries(l)) {
      const dv = d?.[key];
      if (lv && typeof lv === 'object') walk(lv as Variables, dv as Variables | undefined, `${prefix}${key}.`);
      else if (typeof lv === 'string' && typeof dv === 'string' && lv !== dv) {
        if (looksLikeColour(lv) && looksLikeColour(dv)) pairs[`${prefix}${key}`] = [lv, dv];
        else {
          // A list such as xyChart.plotColorPalette becomes one entry per colour.
          const ll = lv.split(',').map((item) => item.trim());
          const dl = dv.split(',').map((item) => item.trim());
          if (ll.length === dl.length && [...ll, ...dl].every(looksLikeColour))
            ll.forEach((item, i) => item !== dl[i] && (pairs[`${prefix}${key}.${i}`] = [item, dl[i]!]));
        }
      }
    }
  };
  walk(light, dark, '');
  return pairs;
}

function looksLikeColour(value: string): boolean {
  return /^\s*(#[0-9a-f]{3,8}|(rgb|hsl)a?\([^)]*\)|[a-z]+)\s*$/i.test(value) && !/^(calculated|normal|bold|none|transparent|inherit)$/i.test(value.trim());
}

const { light, dark } = await resolveMermaidThemes();
const themeColourPairs = colourPairs(light, dark);
const palette = { mermaidVersion, lightThemeVariables: light, themeColourPairs };
writeFileSync(paletteFile, `${JSON.stringify(palette, null, 2)}\n`);
console.log(`palette.json: ${Object.keys(themeColourPairs).length} colours differ between light and dark`);
