import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  differsOnlyInFragment,
  PRINT_FOLLOWS_FRAGMENT_ATTRIBUTE,
  PRINT_MARGINS_MM,
  PRINT_READY_ATTRIBUTE,
  type PdfPrinter,
} from '../backend/printer.ts';
import { launchChromium } from './chromium.ts';

/** About the printable width of A4/Letter at 96 dpi, so charts are laid out at print size. */
const PRINT_VIEWPORT = { width: 760, height: 1075 } as const;

/** Pages kept open between prints (one per print running at the same time, up to this many). */
const MAX_IDLE_PAGES = 2;

interface PrintPage {
  context: BrowserContext;
  page: Page;
}

/**
 * Shows `url` in the page, ready to print. A page that follows its fragment (the pack's print
 * route) and already shows the same document gets the new fragment in place: no reload, its code
 * and fonts stay loaded, and it fetches only what the new fragment asks for. Otherwise a full
 * load: a URL differing only in its fragment would not reload the page, and the ready mark of the
 * previous print would still be there.
 */
async function show(page: Page, url: string, readyTimeoutMs: number): Promise<void> {
  const inPlace =
    differsOnlyInFragment(page.url(), url) &&
    (await page.evaluate(
      ([follows, ready, href]) => {
        const root = document.documentElement;
        if (!root.hasAttribute(follows)) return false;
        root.removeAttribute(ready);
        window.location.replace(href);
        return true;
      },
      [PRINT_FOLLOWS_FRAGMENT_ATTRIBUTE, PRINT_READY_ATTRIBUTE, url] as const,
    ));
  if (!inPlace) {
    if (page.url() !== 'about:blank') await page.goto('about:blank');
    await page.goto(url);
  }
  await page.waitForSelector(`html[${PRINT_READY_ATTRIBUTE}]`, {
    timeout: readyTimeoutMs,
    state: 'attached',
  });
}

/**
 * The browser host's printer: headless Chromium (playwright-core), started on the first print and
 * kept warm with its pages: a print shows its URL in a page left by an earlier print (same
 * renderer process, code already cached; for a page that follows its fragment, the document
 * itself, see `show`), so the passes of a pack, and later packs, do not each pay for a new browser
 * context, page and start of the app. The same print engine as Electron's printToPDF.
 */
export function createChromiumPrinter(readyTimeoutMs = 30_000): PdfPrinter {
  let browser: Promise<Browser> | null = null;
  let closed = false;
  const idle: PrintPage[] = [];
  const mm = (v: number) => `${v}mm`;

  const acquire = async (): Promise<PrintPage> => {
    const kept = idle.pop();
    if (kept) return kept;
    browser ??= launchChromium();
    const context = await (await browser).newContext({ viewport: PRINT_VIEWPORT });
    return { context, page: await context.newPage() };
  };

  const release = async (used: PrintPage, healthy: boolean): Promise<void> => {
    if (healthy && !closed && idle.length < MAX_IDLE_PAGES) {
      idle.push(used);
      return;
    }
    await used.context.close().catch(() => undefined);
  };

  return {
    async printToPdf(url, options) {
      if (closed) throw new Error('The printer has been closed.');
      const used = await acquire();
      const { page } = used;
      let healthy = false;
      try {
        await show(page, url, readyTimeoutMs);
        const pdf = await page.pdf({
          format: options.paper === 'a4' ? 'A4' : 'Letter',
          landscape: options.landscape ?? false,
          printBackground: true,
          preferCSSPageSize: true,
          displayHeaderFooter: Boolean(options.headerTemplate || options.footerTemplate),
          headerTemplate: options.headerTemplate ?? '<span></span>',
          footerTemplate: options.footerTemplate ?? '<span></span>',
          margin: {
            top: mm(PRINT_MARGINS_MM.top),
            bottom: mm(PRINT_MARGINS_MM.bottom),
            left: mm(PRINT_MARGINS_MM.left),
            right: mm(PRINT_MARGINS_MM.right),
          },
        });
        healthy = true;
        return pdf;
      } finally {
        await release(used, healthy);
      }
    },
    async close() {
      closed = true;
      for (const kept of idle.splice(0)) await kept.context.close().catch(() => undefined);
      if (browser) await (await browser).close();
      browser = null;
    },
  };
}
