// The floor under a diagram's cost: mermaid's own render() of each corpus
// diagram, one after another in one warm page, against our whole path for
// the same diagrams (the page render with its measuring, then finishSvg in
// Node), also one at a time with a warm browser. Both use the same page
// set-up and configuration, so the ratio is what our work adds per diagram.
import { chromium } from 'playwright';
import { chromiumLaunchOptions, findChromium, CHROMIUM_HELP } from '../../src/diagrams/browser/chromium.ts';
import { mermaidConfig } from '../../src/diagrams/browser/config.ts';
import { mermaidScript } from '../../src/diagrams/browser/mermaid-script.ts';
import { renderPageHtml, setUpMermaid } from '../../src/diagrams/browser/render-page.ts';
import { DiagramRenderer } from '../../src/diagrams/browser/renderer.ts';
import { finishSvg } from '../../src/diagrams/svg/finish.ts';

export interface FloorMeasurement {
  /** mermaid.render() alone, ms per diagram. */
  floorMs: number;
  /** Our renderer and post-processing, ms per diagram. */
  oursMs: number;
  /** The median over diagrams of ours ÷ floor for the same diagram. */
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
  await page.setContent(renderPageHtml());
  await page.addScriptTag({ content: mermaidScript() });
  await page.evaluate(setUpMermaid, mermaidConfig);
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

/**
 * The two sides take turns, diagram by diagram, so a busy machine slows both
 * alike (two runs measured a tenth apart when timed side after side).
 */
export async function measureFloor(sources: string[]): Promise<FloorMeasurement> {
  const floor = await floorPage();
  const renderer = new DiagramRenderer({ concurrency: 1 });
  const ours = async (source: string) => {
    const started = performance.now();
    const result = await renderer.render(source, 30_000);
    if (!result.ok) throw new Error(`bench diagram failed: ${result.message}`);
    finishSvg(result);
    return performance.now() - started;
  };
  try {
    for (const [i, source] of sources.slice(0, warmUp).entries()) await Promise.all([floor.render(source, `warm${i}`), ours(source)]);
    const pairs: [floor: number, ours: number][] = [];
    for (const [i, source] of sources.entries()) pairs.push([await floor.render(source, `floor${i}`), await ours(source)]);
    const sum = (side: 0 | 1) => pairs.reduce((total, pair) => total + pair[side], 0) / pairs.length;
    const ratios = pairs.map(([f, o]) => o / f).sort((a, b) => a - b);
    return { floorMs: sum(0), oursMs: sum(1), medianRatio: ratios[Math.floor(ratios.length / 2)]! };
  } finally {
    await Promise.all([floor.close(), renderer.close()]);
  }
}
