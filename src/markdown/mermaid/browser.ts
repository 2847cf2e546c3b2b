// The one Chromium a build uses, with a small pool of pages that each have
// mermaid loaded. Launched on the first diagram the cache does not hold;
// relaunched once if it crashes; closed when idle, because its pipes would
// otherwise keep Node running after a build that never called close().
import type { Browser, Page } from 'playwright';
import { CHROMIUM_HELP, chromiumLaunchOptions, findChromium, playwrightChromium } from '../../../tools/chromium.ts';
import { mermaidConfig } from './config.ts';
import { mermaidScript } from './mermaid-script.ts';
import { type PageResult, renderPageHtml, renderScript } from './render-page.ts';

export interface RendererOptions {
  /** Pages rendering at once. */
  concurrency: number;
  /** The in-page render function; tests replace it to simulate a hang. */
  pageScript?: string;
  /** How long an idle browser stays open for the next diagram. */
  idleMs?: number;
}

export interface DiagramRenderer {
  /** A render still running after timeoutMs is abandoned with its page. */
  render(source: string, timeoutMs: number): Promise<PageResult>;
  /** How many browsers were launched: 0 when every diagram was cached. */
  readonly launches: number;
  /** The running browser, for tests that crash it. */
  readonly browser: Browser | undefined;
  close(): Promise<void>;
}

export class RenderTimeoutError extends Error {}

export function createDiagramRenderer({ concurrency, pageScript = renderScript, idleMs = 5000 }: RendererOptions): DiagramRenderer {
  let browser: Browser | undefined;
  let launching: Promise<Browser> | undefined;
  let launches = 0;
  let idlePages: Page[] = [];
  let free = Math.max(1, concurrency);
  const waiting: (() => void)[] = [];
  let busy = 0;
  let idleTimer: NodeJS.Timeout | undefined;

  async function closeBrowser(): Promise<void> {
    clearTimeout(idleTimer);
    const closing = browser;
    browser = undefined;
    idlePages = [];
    await closing?.close().catch(() => {});
  }

  async function launch(): Promise<Browser> {
    const executable = findChromium();
    if (!executable) throw new Error(CHROMIUM_HELP);
    try {
      const started = await playwrightChromium().launch(chromiumLaunchOptions(executable));
      launches++;
      return started;
    } catch (error) {
      throw new Error(CHROMIUM_HELP, { cause: error });
    }
  }

  async function currentBrowser(): Promise<Browser> {
    if (browser?.isConnected()) return browser;
    launching ??= launch().finally(() => (launching = undefined));
    browser = await launching;
    idlePages = [];
    return browser;
  }

  async function newPage(): Promise<Page> {
    const page = await (await currentBrowser()).newPage();
    await page.setContent(renderPageHtml());
    await page.addScriptTag({ content: mermaidScript() });
    await page.addScriptTag({ content: pageScript });
    await page.evaluate((config) => (window as unknown as { setUpMermaid(c: object): void }).setUpMermaid?.(config), mermaidConfig);
    return page;
  }

  async function acquire(): Promise<Page> {
    if (free > 0) free--;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    busy++;
    clearTimeout(idleTimer);
    try {
      if (!browser?.isConnected()) idlePages = [];
      let page = idlePages.pop();
      while (page?.isClosed()) page = idlePages.pop();
      return page ?? (await newPage());
    } catch (error) {
      release(undefined);
      throw error;
    }
  }

  // An undefined page is one that was discarded: it hung or its browser died.
  function release(page: Page | undefined): void {
    if (page) idlePages.push(page);
    if (--busy === 0) idleTimer = setTimeout(() => void closeBrowser(), idleMs).unref();
    const next = waiting.shift();
    if (next) next();
    else free++;
  }

  async function renderOnce(source: string, timeoutMs: number): Promise<PageResult> {
    const page = await acquire();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new RenderTimeoutError(`timed out after ${timeoutMs} ms`)), timeoutMs);
    });
    try {
      const evaluation = page.evaluate((text) => (window as unknown as { renderDiagram(s: string): Promise<PageResult> }).renderDiagram(text), source);
      evaluation.catch(() => {}); // Settles after a timeout too, when the page is closed.
      const result = await Promise.race([evaluation, timeout]);
      release(page);
      return result;
    } catch (error) {
      // A page that hung or crashed is not reused; closing it stops the script.
      page.close().catch(() => {});
      release(undefined);
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  return {
    async render(source, timeoutMs) {
      try {
        return await renderOnce(source, timeoutMs);
      } catch (error) {
        if (error instanceof RenderTimeoutError || launches === 0 || browser?.isConnected()) throw error;
        // The browser died under us (a crash, or killed): relaunch it once.
        return await renderOnce(source, timeoutMs);
      }
    },
    get launches() {
      return launches;
    },
    get browser() {
      return browser;
    },
    close: closeBrowser,
  };
}
