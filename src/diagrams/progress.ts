// Counts diagrams across a build and reports them with a [mermaid] prefix:
// one line per note that needed the browser, and a summary at the end.

export type Progress = ReturnType<typeof createProgress>;

export function createProgress(log: (line: string) => void = console.log) {
  let rendered = 0;
  let cached = 0;
  let failed = 0;
  let started: number | undefined;
  return {
    /** The clock starts at the first note with a diagram. */
    start(): void {
      started ??= performance.now();
    },
    count(outcome: 'rendered' | 'cached' | 'failed'): void {
      if (outcome === 'rendered') rendered++;
      else if (outcome === 'cached') cached++;
      else failed++;
    },
    file(path: string, renderedHere: number, total: number): void {
      if (renderedHere > 0) log(`[mermaid] ${path}: rendered ${renderedHere} of ${total} diagram${total === 1 ? '' : 's'}`);
    },
    /** Logs the summary once, if any diagram was seen, and starts counting afresh. */
    summarize(): void {
      if (started === undefined) return;
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      log(`[mermaid] ${rendered + cached + failed} diagrams: ${rendered} rendered, ${cached} cached, ${failed} failed in ${seconds}s`);
      rendered = cached = failed = 0;
      started = undefined;
    },
  };
}
