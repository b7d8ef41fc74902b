import type { Browser } from 'playwright-core';
import { PRINT_MARGINS_MM, PRINT_READY_ATTRIBUTE, type PdfPrinter } from '../backend/printer.ts';
import { launchChromium } from './chromium.ts';

/** About the printable width of A4/Letter at 96 dpi, so charts are laid out at print size. */
const PRINT_VIEWPORT = { width: 760, height: 1075 } as const;

/**
 * The browser host's printer: headless Chromium (playwright-core), started on the first print and
 * kept warm, a fresh page per print. The same print engine as Electron's printToPDF.
 */
export function createChromiumPrinter(readyTimeoutMs = 30_000): PdfPrinter {
  let browser: Promise<Browser> | null = null;
  let closed = false;
  const mm = (v: number) => `${v}mm`;

  return {
    async printToPdf(url, options) {
      if (closed) throw new Error('The printer has been closed.');
      browser ??= launchChromium();
      const context = await (await browser).newContext({ viewport: PRINT_VIEWPORT });
      try {
        const page = await context.newPage();
        await page.goto(url);
        await page.waitForSelector(`html[${PRINT_READY_ATTRIBUTE}]`, {
          timeout: readyTimeoutMs,
          state: 'attached',
        });
        return await page.pdf({
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
      } finally {
        await context.close();
      }
    },
    async close() {
      closed = true;
      if (browser) await (await browser).close();
      browser = null;
    },
  };
}
