// The floor under a diagram's cost: mermaid's own render() of each corpus
// diagram, one after another in one warm page, against our whole path for
// the same diagrams (the page render with its measuring, then finishSvg in
// Node) through our renderer with one warm page, sent to it as the build
// sends them. Both use the same page set-up and configuration, so the ratio
// is what our work adds per diagram.
import { chromium } from 'playwright';
import { chromiumLaunchOptions, findChromium, CHROMIUM_HELP } from '../../src/diagrams/browser/chromium.ts';
import { DiagramRenderer, prepareRenderPage } from '../../src/diagrams/browser/renderer.ts';
import { finishSvg } from '../../src/diagrams/svg/finish.ts';

export interface FloorMeasurement {
  /** mermaid.render() alone, ms per diagram. */
  floorMs: number;
  /** Our renderer and post-processing, ms per diagram. */
  oursMs: number;
  /** The median over batches of ours ÷ floor for the same diagrams. */
  medianRatio: number;
}

// Each diagram type's code is loaded on its first render; neither side should pay that in the timing.
const warmUp = 10;

interface FloorPage {
  /** ms mermaid.render() took for one diagram, timed in the page. */
  render(source: string, id: string): Promise<number>;
  close(): Promise<void>;
}

async function floorPage(): Promise<FloorPage> {
  const executable = findChromium();
  if (!executable) throw new Error(CHROMIUM_HELP);
  const browser = await chromium.launch(chromiumLaunchOptions(executable));
  const page = await browser.newPage();
  await prepareRenderPage(page);
  return {
    render: (source, id) =>
      page.evaluate(
        async ({ source, id }) => {
          const { mermaid } = window as unknown as { mermaid: { render: (id: string, text: string) => Promise<unknown> } };
          const started = performance.now();
          await mermaid.render(id, source);
          return performance.now() - started;
        },
        { source, id },
      ),
    close: () => browser.close(),
  };
}

// Our renderer sends a page its next diagram before the last is back, so our
// cost per diagram is that of a batch, as in a build; ten diagrams a turn.
const batchSize = 10;

/**
 * The two sides take turns, batch by batch, so a busy machine slows both
 * alike (two runs measured a tenth apart when timed side after side). The
 * floor is the sum of mermaid's render() times in the page, without even a
 * round trip; ours is the wall time from sending a batch's first diagram to
 * finishing its last.
 */
export async function measureFloor(sources: string[]): Promise<FloorMeasurement> {
  const floor = await floorPage();
  const renderer = new DiagramRenderer({ concurrency: 1 });
  const finished = async (source: string) => {
    const result = await renderer.render(source, 30_000);
    if (!result.ok) throw new Error(`bench diagram failed: ${result.message}`);
    finishSvg(result);
  };
  const ours = async (batch: string[]) => {
    const started = performance.now();
    await Promise.all(batch.map(finished));
    return performance.now() - started;
  };
  const floorOf = async (batch: string[], name: string) => {
    let total = 0;
    for (const [i, source] of batch.entries()) total += await floor.render(source, `${name}${i}`);
    return total;
  };
  try {
    await Promise.all([floorOf(sources.slice(0, warmUp), 'warm'), ours(sources.slice(0, warmUp))]);
    const pairs: [floor: number, ours: number][] = [];
    for (let start = 0; start < sources.length; start += batchSize) {
      const batch = sources.slice(start, start + batchSize);
      pairs.push([await floorOf(batch, `floor${start}-`), await ours(batch)]);
    }
    const sum = (side: 0 | 1) => pairs.reduce((total, pair) => total + pair[side], 0) / sources.length;
    const ratios = pairs.map(([f, o]) => o / f).sort((a, b) => a - b);
    return { floorMs: sum(0), oursMs: sum(1), medianRatio: ratios[Math.floor(ratios.length / 2)]! };
  } finally {
    await Promise.all([floor.close(), renderer.close()]);
  }
}
