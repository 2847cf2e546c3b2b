// The one font diagrams are laid out in at build time and shown in by the
// reader's browser. Labels are measured in the render page, so the page must
// use the same font files the site serves, or text overflows its boxes.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const packageDir = dirname(require.resolve('@fontsource-variable/inter/package.json'));

/** The family name the site's CSS must use too (src/styles/fonts.css declares it from the same files). */
export const diagramFontFamily = 'Inter Variable';

/**
 * The CSS font-family value given to mermaid. The site loads Inter with
 * font-display: optional, so a first view may draw with 'Inter Fallback'
 * (src/styles/fonts.css), a local font resized to Inter's metrics: the labels
 * then measure as the build laid them out. system-ui only if that is missing too.
 */
export const diagramFontStack = `"${diagramFontFamily}", "Inter Fallback", system-ui, sans-serif`;

/** Part of the cache key: another font version may measure differently. */
export const fontVersion: string = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')).version;

/** The package's @font-face rules with each woff2 inlined, because the render page has no network. */
export function inlineFontFaceCss(): string {
  const css = readFileSync(join(packageDir, 'wght.css'), 'utf8');
  return css.replace(/url\(\.\/files\/([\w.-]+\.woff2)\)/g, (_, file: string) => {
    const base64 = readFileSync(join(packageDir, 'files', file)).toString('base64');
    return `url(data:font/woff2;base64,${base64})`;
  });
}
