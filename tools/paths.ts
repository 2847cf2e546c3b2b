// Where each build keeps Astro's cache: one folder per output folder, so
// builds of different corpora never share a content-layer store.
export function astroCacheDir(outDir: string): string {
  return `./node_modules/.astro/${outDir.replace(/[^a-z0-9]+/gi, '_')}`;
}
