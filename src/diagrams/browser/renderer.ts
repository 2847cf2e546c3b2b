// A Chromium with a small pool of pages that each have mermaid loaded.
// Launched on the first diagram the cache does not hold; relaunched once if
// it crashes; closed when idle, because its pipes would otherwise keep Node
// running after a build that never called close(). Whoever creates one owns
// it: the build's diagram rendering, `npm run check`, or a test.
import type { Browser, Page } from 'playwright';
import { CHROMIUM_HELP, chromiumLaunchOptions, findChromium, playwrightChromium } from './chromium.ts';
import { mermaidConfig } from './config.ts';
import { mermaidScript } from './mermaid-script.ts';
import { type PageResult, type RenderInPage, pageFunctionsScript, renderInPage, renderPageHtml, renderRequest, setUpMermaid } from './render-page.ts';

export interface RendererOptions {
  /** Pages rendering at once. */
  concurrency: number;
  /** The in-page render; tests replace it to simulate a hang. */
  renderInPage?: RenderInPage;
  /** How long an idle browser stays open for the next diagram. */
  idleMs?: number;
}

export class RenderTimeoutError extends Error {}

/** A render that never ran: its page was closed because the render before it hung. It is sent to another page. */
class PageDiscardedError extends Error {}

/**
 * Diagrams sent to one page at a time: the page renders the next while Node
 * finishes the last and the round trip goes on (render-page.ts queues them).
 * With one, each page sat idle about 5 ms a diagram; two made 400 diagrams
 * 10–20% faster in wall time with one page or two (load 4–8).
 */
const rendersPerPage = 2;

interface PooledPage {
  page: Page;
  /** Renders sent to it and not yet back. */
  sent: number;
  /** Settles when the render sent last settles: the next starts in the page then, and so does its timeout. */
  lastSent: Promise<void>;
  /** Closed because a render hung in it. */
  discarded: boolean;
}

/** Loads mermaid, the site's font and the in-page functions into a blank page; the bench's floor page uses it too. */
export async function prepareRenderPage(page: Page): Promise<void> {
  await page.setContent(renderPageHtml());
  await page.addScriptTag({ content: mermaidScript() });
  // Page globals, so renderInPage (sent as source, without this module's scope) can call them.
  await page.addScriptTag({ content: pageFunctionsScript() });
  await page.evaluate(setUpMermaid, mermaidConfig);
}

export class DiagramRenderer {
  #browser: Browser | undefined;
  #launching: Promise<Browser> | undefined;
  #launches = 0;
  #pages: PooledPage[] = [];
  #opening = 0;
  #waiting: (() => void)[] = [];
  #busy = 0;
  #idleTimer: NodeJS.Timeout | undefined;
  readonly #concurrency: number;
  readonly #renderInPage: RenderInPage;
  readonly #idleMs: number;

  constructor({ concurrency, renderInPage: inPage = renderInPage, idleMs = 5000 }: RendererOptions) {
    this.#concurrency = Math.max(1, concurrency);
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
    let relaunched = false;
    for (;;) {
      try {
        return await this.#renderOnce(source, timeoutMs);
      } catch (error) {
        if (error instanceof PageDiscardedError) continue;
        if (error instanceof RenderTimeoutError || relaunched || this.#launches === 0 || this.#browser?.isConnected()) throw error;
        // The browser died under us (a crash, or killed): relaunch it once.
        relaunched = true;
      }
    }
  }

  /**
   * Launches the browser and readies a page for each render that may run at
   * once, so that the first diagrams find them waiting. A failure is left
   * for the first render to meet and report.
   */
  async warmUp(): Promise<void> {
    const pages = await Promise.allSettled(Array.from({ length: this.#concurrency }, () => this.#acquire()));
    for (const page of pages) if (page.status === 'fulfilled') this.#release(page.value);
  }

  async close(): Promise<void> {
    clearTimeout(this.#idleTimer);
    const closing = this.#browser;
    this.#browser = undefined;
    this.#pages = [];
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
    this.#pages = [];
    return this.#browser;
  }

  async #newPage(): Promise<PooledPage> {
    const page = await (await this.#currentBrowser()).newPage();
    await prepareRenderPage(page);
    return { page, sent: 0, lastSent: Promise.resolve(), discarded: false };
  }

  /** The least busy page with room, else a new page while there are fewer than `concurrency`, else the first to have room. */
  async #acquire(): Promise<PooledPage> {
    this.#busy++;
    clearTimeout(this.#idleTimer);
    try {
      for (;;) {
        this.#pages = this.#browser?.isConnected() ? this.#pages.filter(({ page }) => !page.isClosed()) : [];
        const pooled = this.#pages.filter(({ sent }) => sent < rendersPerPage).sort((a, b) => a.sent - b.sent)[0];
        if (pooled) {
          pooled.sent++;
          return pooled;
        }
        if (this.#pages.length + this.#opening < this.#concurrency) return await this.#openPage();
        await new Promise<void>((resolve) => this.#waiting.push(resolve));
      }
    } catch (error) {
      this.#release(undefined);
      throw error;
    }
  }

  async #openPage(): Promise<PooledPage> {
    this.#opening++;
    try {
      const pooled = await this.#newPage();
      pooled.sent++;
      this.#pages.push(pooled);
      return pooled;
    } finally {
      this.#opening--;
      this.#wakeWaiting();
    }
  }

  #wakeWaiting(): void {
    for (const wake of this.#waiting.splice(0)) wake();
  }

  // A page that hung or whose browser died is closed and not reused.
  #release(pooled: PooledPage | undefined, reuse = true): void {
    if (pooled) {
      pooled.sent--;
      if (!reuse && !pooled.discarded) {
        pooled.discarded = true;
        this.#pages = this.#pages.filter((other) => other !== pooled);
        pooled.page.close().catch(() => {});
      }
    }
    if (--this.#busy === 0) this.#idleTimer = setTimeout(() => void this.close(), this.#idleMs).unref();
    this.#wakeWaiting();
  }

  async #renderOnce(source: string, timeoutMs: number): Promise<PageResult> {
    const pooled = await this.#acquire();
    const evaluation = pooled.page.evaluate(this.#renderInPage, renderRequest(source));
    const startsInPage = pooled.lastSent;
    pooled.lastSent = evaluation.then(
      () => {},
      () => {},
    );
    let timer: NodeJS.Timeout | undefined;
    let settled = false;
    const timeout = new Promise<never>((_, reject) => {
      void startsInPage.then(() => {
        if (!settled) timer = setTimeout(() => reject(new RenderTimeoutError(`timed out after ${timeoutMs} ms`)), timeoutMs);
      });
    });
    try {
      const result = await Promise.race([evaluation, timeout]);
      this.#release(pooled);
      return result;
    } catch (error) {
      const discardedBefore = pooled.discarded;
      // Closing a page that hung stops its script.
      this.#release(pooled, false);
      throw discardedBefore && !(error instanceof RenderTimeoutError) ? new PageDiscardedError('page closed under a queued render', { cause: error }) : error;
    } finally {
      settled = true;
      clearTimeout(timer);
    }
  }
}
