// Diagrams mermaid cannot parse. A diagram already in the render cache parsed
// when it was rendered, so only new or changed ones start a browser.
import { createDiagramCache } from '../../src/markdown/mermaid/cache.ts';
import { createDiagramRenderer } from '../../src/markdown/mermaid/browser.ts';
import { diagramError } from '../../src/markdown/mermaid/diagram-error.ts';
import { defaultDiagramCacheDir, diagramCacheKey } from '../../src/markdown/mermaid/index.ts';
import type { Problem } from '../../src/check/problems.ts';
import type { NoteSources } from '../../src/check/sources.ts';

const timeoutMs = 30_000;

export async function diagramProblems({ notes }: NoteSources): Promise<Problem[]> {
  const cache = createDiagramCache(process.env.MERMAID_CACHE_DIR ?? defaultDiagramCacheDir);
  const unseen: { note: NoteSources['notes'][number]; diagram: NoteSources['notes'][number]['diagrams'][number] }[] = [];
  for (const note of notes) {
    for (const diagram of note.diagrams) {
      if (!(await cache.get(diagramCacheKey(diagram.source)))) unseen.push({ note, diagram });
    }
  }
  if (unseen.length === 0) return [];
  const renderer = createDiagramRenderer({ concurrency: 2 });
  try {
    const results = await Promise.all(unseen.map(({ diagram }) => renderer.render(diagram.source, timeoutMs)));
    return results.flatMap((result, index) => {
      if (result.ok) return [];
      const { note, diagram } = unseen[index]!;
      return [{ file: note.file, ...diagramError(result.kind, result.message, diagram.line, diagram.source) }];
    });
  } finally {
    await renderer.close();
  }
}
