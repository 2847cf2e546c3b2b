// A Chromium with a small pool of pages that each have mermaid loaded.
// Launched on the first diagram the cache does not hold; relaunched once if
// it crashes; closed when idle, because its pipes would otherwise keep Node
// running after a build that never called close(). Whoever creates one owns
// it: the build's diagram rendering, `npm run check`, or a test.
import type { Browser, Page } from 'playwright';
import { CHROMIUM_HELP, chromiumLaunchOptions, findChromium, playwrightChromium } from './chromium.ts';
import { mermaidConfig } from './config.ts';
import { mermaidScript } from './mermaid-script.ts';
import { type PageResult, type RenderInPage, renderInPage, renderPageHtml, renderRequest, setUpMermaid, measureSvg, foreignLabelsAsText } from './render-page.ts';

export interface RendererOptions {
  /** Pages rendering at once. */
  concurrency: number;
  /** The in-page render; tests replace it to simulate a hang. */
  renderInPage?: RenderInPage;
  /** How long an idle browser stays open for the next diagram. */
  idleMs?: number;
}

export class RenderTimeoutError extends Error {}

export class DiagramRenderer {
  #browser: Browser | undefined;
  #launching: Promise<Browser> | undefined;
  #launches = 0;
  #idlePages: Page[] = [];
  #free: number;
  #waiting: (() => void)[] = [];
  #busy = 0;
  #idleTimer: NodeJS.Timeout | undefined;
  readonly #renderInPage: RenderInPage;
  readonly #idleMs: number;

  constructor({ concurrency, renderInPage: inPage = renderInPage, idleMs = 5000 }: RendererOptions) {
    this.#free = Math.max(1, concurrency);
    this.#renderInPage = inPage;
    this.#idleMs = idleMs;
  }

  /** How many browsers were launched: 0 when every diagram was cached. */
  get launches(): number {
    return this.#launches;
  }

  /** The running browser, for tests that crash it. */
  get browser(): Browser | undefined {
    return this.#browser;
  }

  /** A render still running after timeoutMs is abandoned with its page. */
  async render(source: string, timeoutMs: number): Promise<PageResult> {
    try {
      return await this.#renderOnce(source, timeoutMs);
    } catch (error) {
      if (error instanceof RenderTimeoutError || this.#launches === 0 || this.#browser?.isConnected()) throw error;
      // The browser died under us (a crash, or killed): relaunch it once.
      return await this.#renderOnce(source, timeoutMs);
    }
  }

  async close(): Promise<void> {
    clearTimeout(this.#idleTimer);
    const closing = this.#browser;
    this.#browser = undefined;
    this.#idlePages = [];
    await closing?.close().catch(() => {});
  }

  async #launch(): Promise<Browser> {
    const executable = findChromium();
    if (!executable) throw new Error(CHROMIUM_HELP);
    try {
      const started = await playwrightChromium().launch(chromiumLaunchOptions(executable));
      this.#launches++;
      return started;
    } catch (error) {
      throw new Error(CHROMIUM_HELP, { cause: error });
    }
  }

  async #currentBrowser(): Promise<Browser> {
    if (this.#browser?.isConnected()) return this.#browser;
    this.#launching ??= this.#launch().finally(() => (this.#launching = undefined));
    this.#browser = await this.#launching;
    this.#idlePages = [];
    return this.#browser;
  }

  async #newPage(): Promise<Page> {
    const page = await (await this.#currentBrowser()).newPage();
    await page.setContent(renderPageHtml());
    await page.addScriptTag({ content: mermaidScript() });
    // A page global, so renderInPage (sent as source, without this module's scope) can call it.
    await page.addScriptTag({ content: `window.measureSvg = ${measureSvg.toString()};\nwindow.foreignLabelsAsText = ${foreignLabelsAsText.toString()};` });
    await page.evaluate(setUpMermaid, mermaidConfig);
    return page;
  }

  async #acquire(): Promise<Page> {
    if (this.#free > 0) this.#free--;
    else await new Promise<void>((resolve) => this.#waiting.push(resolve));
    this.#busy++;
    clearTimeout(this.#idleTimer);
    try {
      if (!this.#browser?.isConnected()) this.#idlePages = [];
      let page = this.#idlePages.pop();
      while (page?.isClosed()) page = this.#idlePages.pop();
      return page ?? (await this.#newPage());
    } catch (error) {
      this.#release(undefined);
      throw error;
    }
  }

  // An undefined page is one that was discarded: it hung or its browser died.
  #release(page: Page | undefined): void {
    if (page) this.#idlePages.push(page);
    if (--this.#busy === 0) this.#idleTimer = setTimeout(() => void this.close(), this.#idleMs).unref();
    const next = this.#waiting.shift();
    if (next) next();
    else this.#free++;
  }

  async #renderOnce(source: string, timeoutMs: number): Promise<PageResult> {
    const page = await this.#acquire();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new RenderTimeoutError(`timed out after ${timeoutMs} ms`)), timeoutMs);
    });
    try {
      const evaluation = page.evaluate(this.#renderInPage, renderRequest(source));
      evaluation.catch(() => {}); // Settles after a timeout too, when the page is closed.
      const result = await Promise.race([evaluation, timeout]);
      this.#release(page);
      return result;
    } catch (error) {
      // A page that hung or crashed is not reused; closing it stops the script.
      page.close().catch(() => {});
      this.#release(undefined);
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }
}
