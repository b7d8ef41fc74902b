/** Paper sizes the governance pack is laid out for. */
export type PaperSize = 'a4' | 'letter';

export interface PdfPrintOptions {
  paper: PaperSize;
  landscape?: boolean;
  /** Chromium header/footer templates (HTML with pageNumber/totalPages spans); user text escaped. */
  headerTemplate?: string;
  footerTemplate?: string;
}

/** Page margins (mm) that leave room for the running header and footer. */
export const PRINT_MARGINS_MM = { top: 18, bottom: 16, left: 14, right: 14 } as const;

/**
 * The print port: turns a page of the renderer (the pack route) into PDF bytes. Electron implements
 * it with a hidden window's printToPDF, the browser host with headless Chromium; the backend only
 * sees this interface. Printing waits until the page marks itself ready with PRINT_READY_ATTRIBUTE.
 */
export interface PdfPrinter {
  printToPdf(url: string, options: PdfPrintOptions): Promise<Buffer>;
  /** Frees the browser resources; later prints are refused. */
  close(): Promise<void>;
}

/**
 * The page sets this attribute on <html> once its data is loaded and laid out for print; printers
 * wait for it rather than for a fixed delay.
 */
export const PRINT_READY_ATTRIBUTE = 'data-print-ready';
