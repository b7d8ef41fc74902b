import { BrowserWindow } from 'electron';
import {
  PRINT_MARGINS_MM,
  PRINT_READY_ATTRIBUTE,
  type PdfPrinter,
  type PdfPrintOptions,
} from '../backend/printer.ts';
import { isAppUrl } from './app-protocol-path.ts';
import type { TrustedContents } from './trusted-senders.ts';
import { denyNavigation, secureWebPreferences } from './web-security.ts';

export interface ElectronPrinterOptions {
  /** The pack route reads its data through the bridge, so print windows get the same preload. */
  preload: string;
  trusted: TrustedContents;
  readyTimeoutMs?: number;
}

/** About the printable width of A4/Letter at 96 dpi, so charts are laid out at print size. */
const PRINT_VIEWPORT = { width: 800, height: 1100 } as const;
/** Longest single wait inside the page; between waits the printer checks its window is alive. */
const WAIT_SLICE_MS = 1_000;

/**
 * Resolves true inside the page as soon as it marks itself ready (a MutationObserver on <html>,
 * no polling interval), or false after waitMs.
 */
export function readyWaitScript(waitMs: number): string {
  const attribute = JSON.stringify(PRINT_READY_ATTRIBUTE);
  return `new Promise((resolve) => {
  const root = document.documentElement;
  if (root.hasAttribute(${attribute})) return resolve(true);
  const observer = new MutationObserver(() => {
    if (!root.hasAttribute(${attribute})) return;
    observer.disconnect();
    clearTimeout(timer);
    resolve(true);
  });
  observer.observe(root, { attributes: true, attributeFilter: [${attribute}] });
  const timer = setTimeout(() => {
    observer.disconnect();
    resolve(false);
  }, ${Math.max(0, Math.round(waitMs))});
})`;
}

async function waitUntilReady(window: BrowserWindow, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const closedMessage = 'The print window was closed before the page was ready.';
  const closed = new Promise<never>((_resolve, reject) => {
    window.once('closed', () => reject(new Error(closedMessage)));
  });
  closed.catch(() => undefined);
  while (Date.now() < deadline) {
    if (window.isDestroyed()) throw new Error(closedMessage);
    const slice = Math.min(WAIT_SLICE_MS, deadline - Date.now());
    const ready = await Promise.race([
      window.webContents.executeJavaScript(readyWaitScript(slice)),
      closed,
    ]);
    if (ready === true) return;
  }
  throw new Error('The page to print did not finish loading in time.');
}

/** PdfPrinter for the desktop app: a hidden window per print, as locked down as the main one. */
export function createElectronPrinter(options: ElectronPrinterOptions): PdfPrinter {
  const open = new Set<BrowserWindow>();
  let closed = false;

  return {
    async printToPdf(url: string, print: PdfPrintOptions): Promise<Buffer> {
      if (closed) throw new Error('The printer has been closed.');
      // Only our own pages: a print window holds the bridge, like the main window.
      if (!isAppUrl(url)) throw new Error('Only pages of the app can be printed.');

      const window = new BrowserWindow({
        ...PRINT_VIEWPORT,
        show: false,
        webPreferences: secureWebPreferences(options.preload),
      });
      open.add(window);
      options.trusted.add(window.webContents);
      denyNavigation(window.webContents);
      try {
        await window.loadURL(url);
        await waitUntilReady(window, options.readyTimeoutMs ?? 30_000);
        const pdf = await window.webContents.printToPDF({
          pageSize: print.paper === 'a4' ? 'A4' : 'Letter',
          landscape: print.landscape ?? false,
          printBackground: true,
          preferCSSPageSize: true,
          displayHeaderFooter: Boolean(print.headerTemplate || print.footerTemplate),
          headerTemplate: print.headerTemplate ?? '<span></span>',
          footerTemplate: print.footerTemplate ?? '<span></span>',
          margins: {
            top: PRINT_MARGINS_MM.top / 25.4,
            bottom: PRINT_MARGINS_MM.bottom / 25.4,
            left: PRINT_MARGINS_MM.left / 25.4,
            right: PRINT_MARGINS_MM.right / 25.4,
          },
        });
        return Buffer.from(pdf);
      } finally {
        open.delete(window);
        if (!window.isDestroyed()) window.destroy();
      }
    },

    async close(): Promise<void> {
      closed = true;
      for (const window of open) if (!window.isDestroyed()) window.destroy();
      open.clear();
    },
  };
}
